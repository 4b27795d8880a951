// Makes dist/exchange-atlas.html: one file with the CSS, the wasm-bindgen glue and the Wasm inlined,
// that works from file:// with no server and no network. file:// forbids module imports and Wasm
// fetches, so the glue goes in an inline module script and the Wasm rides along as gzip+base64,
// decompressed with DecompressionStream and handed to the glue's init as bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const css = readFileSync(join(dist, 'exchange-atlas.css'), 'utf8');
let glue = readFileSync(join(dist, 'exchange_atlas.js'), 'utf8');
const wasm = readFileSync(join(dist, 'exchange_atlas_bg.wasm'));
if (/^\s*import\s/m.test(glue)) throw new Error('the glue imports other modules; it cannot be inlined');
const b64 = gzipSync(wasm, { level: 9 }).toString('base64');
// The glue's default export is its async init; inside one module we call it by that name.
const initName = (glue.match(/export default (\w+);/) || glue.match(/(\w+) as default\b/) || [])[1];
if (!initName) throw new Error('the glue has no default export to call');
const safe = (s) => s.replace(/<\/(script|style)/gi, '<\\/$1');
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>exchange-atlas: Russia–China regional exchanges</title>
<link rel="icon" href="data:,">
<style>${safe(css)}</style>
</head>
<body>
<main id="atlas" aria-busy="true"><p class="loading">Loading the atlas…</p></main>
<noscript>The atlas needs JavaScript and WebAssembly.</noscript>
<script type="module">
${safe(glue)}
const WASM_GZ_B64 = "${b64}";
const root = document.getElementById('atlas');
try {
  const gz = Uint8Array.from(atob(WASM_GZ_B64), (c) => c.charCodeAt(0));
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
  const bytes = await new Response(stream).arrayBuffer();
  await ${initName}({ module_or_path: bytes });
  root.textContent = '';
  mountEmbedded(root);
} catch (err) {
  root.textContent = 'The atlas could not start: ' + err;
  throw err;
} finally {
  root.removeAttribute('aria-busy');
}
</script>
</body>
</html>
`;
writeFileSync(join(dist, 'exchange-atlas.html'), html);
const gz = gzipSync(wasm, { level: 9 }).length;
console.log(`[inline] dist/exchange-atlas.html: ${html.length} B (Wasm ${wasm.length} B raw, ${gz} B gzip, ${b64.length} B as base64 of gzip)`);
