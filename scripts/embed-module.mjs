// Makes dist/exchange-atlas.js, the embeddable module, from www/exchange-atlas.js: the widget's CSS
// (dist/exchange-atlas.css, i.e. www/style.css, then www/embed.css) goes into the module as a string,
// so each shadow root gets its styles with no extra fetch and nothing a strict CSP would block; and
// the wasm-bindgen glue (dist/exchange_atlas.js) goes in as a function returning its exports, so
// loading the atlas is one module, not a module that imports another before the Wasm can start.
// An embedded atlas is as wide as its container, not the viewport: style.css's width media queries
// become container queries on the host (`container: atlas`, see embed.css), and vw units cqw.
//   node scripts/embed-module.mjs [DIST]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const TOKEN = "'/*@WIDGET_CSS@*/'";
const GLUE_TOKEN = '/*@WASM_GLUE@*/null';
const page = readFileSync(join(dist, 'exchange-atlas.css'), 'utf8');
const byContainer = page
  .replace(/@media\s*\((max|min)-width:/g, '@container atlas ($1-width:')
  .replace(/(\d)vw\b/g, '$1cqw');
if (/@media[^{]*width/.test(byContainer)) throw new Error('a width media query in style.css was not turned into a container query');
const css = byContainer + '\n' + readFileSync('www/embed.css', 'utf8');
const src = readFileSync('www/exchange-atlas.js', 'utf8');
for (const token of [TOKEN, GLUE_TOKEN]) {
  if (src.split(token).length !== 2) throw new Error(`www/exchange-atlas.js must hold ${token} exactly once`);
}
// JSON is a JS string literal; escape what would end a <script> if someone inlines the module.
const literal = JSON.stringify(css).replace(/<\//g, '<\\/');
const glue = glueFunction(readFileSync(join(dist, 'exchange_atlas.js'), 'utf8'));
const out = src.replace(TOKEN, () => literal).replace(GLUE_TOKEN, () => glue);
writeFileSync(join(dist, 'exchange-atlas.js'), out);
console.log(`[embed] dist/exchange-atlas.js: ${out.length} B (CSS ${css.length} B, glue ${glue.length} B inlined)`);

/**
 * The glue module as a function expression returning { init, mount }: its top-level declarations
 * become the function's locals (so its `mount` cannot clash with the module's own), `export` goes.
 * The glue's shape is wasm-bindgen's --target web output; anything else stops the build.
 */
function glueFunction(text) {
  if (/^\s*import\s/m.test(text)) throw new Error('the glue imports other modules; it cannot be inlined');
  const init = (text.match(/^export \{[^}]*\b(\w+) as default\b[^}]*\};?$/m) || [])[1];
  if (!init) throw new Error('the glue has no `export { … as default }` line');
  let body = text.replace(/^export \{[^}]*\};?$/m, '');
  body = body.replace(/^export (function|class|async function|const|let) /gm, '$1 ');
  if (/^export\b/m.test(body)) throw new Error('the glue has an export this build does not know');
  if (!/^function mount\(/m.test(body)) throw new Error('the glue has no mount function');
  return `(() => {\n${body}\nreturn { init: ${init}, mount };\n})`;
}
