// Makes dist/exchange-atlas.js, the embeddable module, from www/exchange-atlas.js: the widget's CSS
// (dist/exchange-atlas.css, i.e. www/style.css, then www/embed.css) goes into the module as a string,
// so each shadow root gets its styles with no extra fetch and nothing a strict CSP would block.
// An embedded atlas is as wide as its container, not the viewport: style.css's width media queries
// become container queries on the host (`container: atlas`, see embed.css), and vw units cqw.
//   node scripts/embed-module.mjs [DIST]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const TOKEN = "'/*@WIDGET_CSS@*/'";
const page = readFileSync(join(dist, 'exchange-atlas.css'), 'utf8');
const byContainer = page
  .replace(/@media\s*\((max|min)-width:/g, '@container atlas ($1-width:')
  .replace(/(\d)vw\b/g, '$1cqw');
if (/@media[^{]*width/.test(byContainer)) throw new Error('a width media query in style.css was not turned into a container query');
const css = byContainer + '\n' + readFileSync('www/embed.css', 'utf8');
const src = readFileSync('www/exchange-atlas.js', 'utf8');
if (src.split(TOKEN).length !== 2) throw new Error(`www/exchange-atlas.js must hold ${TOKEN} exactly once`);
// JSON is a JS string literal; escape what would end a <script> if someone inlines the module.
const literal = JSON.stringify(css).replace(/<\//g, '<\\/');
writeFileSync(join(dist, 'exchange-atlas.js'), src.replace(TOKEN, () => literal));
console.log(`[embed] dist/exchange-atlas.js: ${src.length + literal.length - TOKEN.length} B (CSS ${css.length} B inlined)`);
