// Prints the sizes of the built dist/: each file raw, gzip -9 and brotli (q11), and the total a
// browser transfers for the served page. Run after scripts/build.sh:  node scripts/sizes.mjs [dist]
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
let served = { raw: 0, gz: 0, br: 0 };
for (const f of readdirSync(dist).sort()) {
  const b = readFileSync(join(dist, f));
  const gz = gzipSync(b, { level: 9 }).length;
  const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push([f, b.length, gz, br]);
  if (f !== 'exchange-atlas.html') served = { raw: served.raw + b.length, gz: served.gz + gz, br: served.br + br };
}
console.log('| file | raw | gzip -9 | brotli 11 |');
console.log('|---|---:|---:|---:|');
for (const [f, r, g, b] of rows) console.log(`| ${f} | ${kb(r)} KiB | ${kb(g)} KiB | ${kb(b)} KiB |`);
console.log(`| served page total (all but the single file) | ${kb(served.raw)} KiB | ${kb(served.gz)} KiB | ${kb(served.br)} KiB |`);
