// The embedding budgets of issue 6, measured on the built dist/:
//   node bench/embed.mjs [--runs 10]
// Transfer: every response a page load fetches from the served dist/ (HTML, JS, Wasm with the seeds'
// data and the map geometry inside, CSS, icon), each gzipped at level 9 as a server would send it.
// First paint: navigation start → the frame after the map's regions, the event table and the
// timeline's marks are drawn (the rAF that follows that frame), headless Chromium with the e2e tests' flags,
// a fresh page each run; median, min and max of --runs runs. Both for the standalone page and for a
// page with only `<exchange-atlas>` (the custom element in its shadow root).
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { ARGS, CHROMIUM } from '../scripts/chromium.cjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 10;
const DIST = resolve(process.env.EXCHANGE_ATLAS_DIST || 'dist');

const site = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
cpSync(DIST, site, { recursive: true });
writeFileSync(join(site, 'element.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>exchange-atlas element</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml"></head>
<body><script type="module" src="exchange-atlas.js"></script><exchange-atlas></exchange-atlas></body></html>`);
const { server, url } = await serve(site, { port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });

// Polls each frame for the map, the table and the timeline (in the element's shadow root if there is
// one). The timeline is a canvas: it has painted when a render event says it represented events.
function probe() {
  let timeline = false;
  document.addEventListener('exchange-atlas:render', (e) => {
    window.__rendered ??= performance.now();
    if (e.detail.represented > 0) timeline = true;
  });
  const ready = () => {
    const root = document.querySelector('exchange-atlas')?.shadowRoot ?? document;
    return timeline && root.querySelectorAll('svg.map path[data-region]').length > 100 && root.querySelector('table.events tbody tr[data-event]');
  };
  const tick = () => {
    if (ready()) requestAnimationFrame(() => { window.__firstPaint = performance.now(); });
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

console.log(`| page | requests | raw | gzip -9 | first paint median (min–max), ${runs} runs | first render event |\n|---|---:|---:|---:|---:|---:|`);
const notes = [];
for (const page of ['index.html', 'element.html']) {
  const times = [], rendered = [];
  let files = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await context.newPage();
    const seen = [];
    p.on('requestfinished', (r) => seen.push(new URL(r.url()).pathname));
    await p.addInitScript(probe);
    await p.goto(url + page);
    await p.waitForFunction(() => window.__firstPaint, null, { timeout: 60000 });
    times.push(await p.evaluate(() => window.__firstPaint));
    const r = await p.evaluate(() => window.__rendered);
    if (r) rendered.push(r);
    files = seen;
    await context.close();
  }
  let raw = 0, gz = 0;
  const detail = [];
  for (const f of [...new Set(files)]) {
    const body = readFileSync(join(site, f === '/' ? 'index.html' : f.slice(1)));
    const z = gzipSync(body, { level: 9 }).length;
    raw += body.length; gz += z;
    detail.push(`${f.slice(1)} ${kb(z)}`);
  }
  const ev = rendered.length ? `${median(rendered).toFixed(0)} ms` : 'not dispatched';
  console.log(`| ${page} | ${new Set(files).size} | ${kb(raw)} KiB | **${kb(gz)} KiB** | **${median(times).toFixed(0)} ms** (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}) | ${ev} |`);
  notes.push(`${page}: ${detail.join(', ')} (KiB gzip)`);
}
console.log('\n' + notes.join('\n'));
const single = readFileSync(join(DIST, 'exchange-atlas.html'));
console.log(`\nsingle file exchange-atlas.html: ${kb(single.length)} KiB raw, ${kb(gzipSync(single, { level: 9 }).length)} KiB gzip -9`);
await browser.close();
server.close();
rmSync(site, { recursive: true, force: true });
