// Frame times of the map under a scripted zoom and pan: loads dist/index.html from a loopback
// server in headless Chromium (the e2e tests' launch arguments), then for about 2 seconds sends wheel
// zooms and a mouse drag through the DevTools protocol (Input.dispatchMouseEvent), while the page
// records requestAnimationFrame deltas. Prints p50/p95/max of the deltas and the frame count.
//   node bench/map-frames.mjs [--runs N] [--width W --height H]
// EXTRA_CSS='…' adds a style sheet before measuring (for A/B tests of rendering settings).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { ARGS, CHROMIUM } from '../scripts/chromium.cjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('runs', 3);
const W = arg('width', 1280);
const H = arg('height', 800);
const DIST = resolve(process.env.EXCHANGE_ATLAS_DIST || 'dist');

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

const { server, url } = await serve(DIST, { port: 0 });
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM,
  headless: true,
  args: ARGS,
  viewport: { width: W, height: H },
});
const all = [];
const allIdle = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('svg.map path[data-region]');
    await page.waitForTimeout(500);
    if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
    const box = await page.locator('svg.map').boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await context.newCDPSession(page);
    const mouse = (type, x, y, extra = {}) => cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'none', ...extra });
    await page.evaluate(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__run) requestAnimationFrame(tick); };
      window.__run = true;
      requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
    });
    // 1 s idle first: the frame rate of this machine with nothing to draw.
    await sleep(1000);
    const idle = await page.evaluate(() => { const f = window.__frames.slice(1); window.__frames = []; return f; });
    allIdle.push(...idle);
    await cdp.send('Performance.enable');
    const m0 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const t0 = Date.now();
    // 0–0.8 s: zoom in with the wheel around a point, 0.8–1.6 s: drag, 1.6–2 s: zoom out.
    let i = 0;
    while (Date.now() - t0 < 800) {
      await mouse('mouseWheel', cx + 40, cy - 20, { deltaX: 0, deltaY: -60 });
      await sleep(16);
      i++;
    }
    await mouse('mouseMoved', cx, cy);
    await mouse('mousePressed', cx, cy, { button: 'left', buttons: 1, clickCount: 1 });
    let k = 0;
    while (Date.now() - t0 < 1600) {
      k++;
      const x = cx + 160 * Math.sin(k / 6);
      const y = cy + 90 * Math.sin(k / 9);
      await mouse('mouseMoved', x, y, { button: 'left', buttons: 1 });
      await sleep(16);
    }
    await mouse('mouseReleased', cx, cy, { button: 'left', buttons: 0, clickCount: 1 });
    while (Date.now() - t0 < 2000) {
      await mouse('mouseWheel', cx, cy, { deltaX: 0, deltaY: 60 });
      await sleep(16);
    }
    await sleep(100);
    const frames = await page.evaluate(() => { window.__run = false; return window.__frames; });
    const transform = await page.getAttribute('svg.map g.zoom', 'transform');
    const m1 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const busy = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'].map((k) => `${k.replace('Duration', '')} ${((m1[k] - m0[k]) * 1000).toFixed(0)} ms`).join(', ');
    console.log(`  main thread during the 2 s: ${busy}`);
    const deltas = frames.slice(1);
    all.push(...deltas);
    console.log(`run ${run + 1}: idle p50 ${pct(idle, 50).toFixed(1)} ms p95 ${pct(idle, 95).toFixed(1)} ms; zoom+pan: ${deltas.length} frames in ${Date.now() - t0} ms, p50 ${pct(deltas, 50).toFixed(1)} ms, p95 ${pct(deltas, 95).toFixed(1)} ms, max ${Math.max(...deltas).toFixed(1)} ms (${i} wheel steps, ${k} drag moves; ${transform})`);
    await cdp.detach();
    await page.close();
  }
  console.log(`idle: ${allIdle.length} frames, rAF delta p50 ${pct(allIdle, 50).toFixed(1)} ms, p95 ${pct(allIdle, 95).toFixed(1)} ms`);
  console.log(`zoom+pan, all runs: ${all.length} frames, rAF delta p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms at ${W}×${H}`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  server.close();
}
