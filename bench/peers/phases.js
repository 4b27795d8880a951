#!/usr/bin/env node
// Where the atlas page's first render goes: the harness's marks and the widget's own User Timing
// marks (exchange-atlas:*, set by www/exchange-atlas.js and widget/src/embed/mod.rs), read from cold
// runs of atlas.html in headless Chromium, as medians. A companion of bench.js (same server, same
// page, same launch flags, no interaction), for finding what to make faster; not a test.
//   NODE_PATH=target/peers-bench-deps/node_modules node bench/peers/phases.js [--n 10000] [--runs 7] [--dists A,B]
// --dists compares built widgets (dist folders): runs alternate between them (A, B, A, B, ...), so
// that a busy machine slows each about as much, and the table has a column per dist.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { serve, findModulesDir } = require('./server');
const { chromium } = require(path.join(findModulesDir(), 'playwright-core'));

const { ARGS, CHROMIUM } = require('../../scripts/chromium.cjs');
// In the order they happen; each step is the time from the one before.
const STEPS = [
  ['harness', 'page and harness scripts'],
  ['libLoaded', 'exchange-atlas.js imported'],
  ['dataReady', 'events generated and converted by the page'],
  ['exchange-atlas:pack', 'mount() called'],
  ['exchange-atlas:packed', 'the object packed (or the JSON encoded)'],
  ['exchange-atlas:instantiated', 'waiting for the Wasm'],
  ['exchange-atlas:read', 'into the Wasm'],
  ['exchange-atlas:decoded', 'the corpus read'],
  ['exchange-atlas:indexed', 'Atlas::new'],
  ['exchange-atlas:built', 'the views built'],
  ['mounted', 'effects, back in the page'],
  ['ready', 'first frame: style, layout, timeline paint'],
  ['rendered', "the harness's extra frame"],
];

function args(argv) {
  const o = { n: 10000, runs: 7, dists: null };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--n') o.n = Number(argv[i + 1]);
    else if (argv[i] === '--runs') o.runs = Number(argv[i + 1]);
    else if (argv[i] === '--dists') o.dists = argv[i + 1].split(',').map((d) => path.resolve(d));
    else throw new Error('unknown argument ' + argv[i] + ' (known: --n --runs --dists)');
  }
  return o;
}

const median = (a) => {
  const v = a.filter(Number.isFinite).sort((x, y) => x - y);
  return v.length ? v[v.length >> 1] : NaN;
};

async function run(origin, n) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'phases-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 720 }, args: ARGS,
  });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    await page.goto(`${origin}/atlas.html?n=${n}&seed=42`);
    await page.waitForFunction(() => window.__bench && window.__bench.result, null, { timeout: 60000 });
    return await page.evaluate(() => {
      const own = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
      return { ...own, ...window.__bench.result.marks };
    });
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

(async () => {
  const o = args(process.argv.slice(2));
  const dists = o.dists || [null];
  const servers = [];
  const runs = dists.map(() => []);
  try {
    for (const d of dists) servers.push(await (d ? serve(path.join(__dirname, 'www'), 0, d) : serve(path.join(__dirname, 'www'))));
    for (let i = 0; i < o.runs; i++) {
      for (let j = 0; j < dists.length; j++) runs[j].push(await run(servers[j].origin, o.n));
    }
  } finally {
    servers.forEach((s) => s.close());
  }
  console.log(`atlas.html, N = ${o.n}, medians of ${o.runs} cold runs (ms from navigation start; step = from the mark before)`);
  if (!o.dists) {
    console.log('| mark | at | step | what the step is |\n|---|---:|---:|---|');
  } else {
    console.log(dists.map((d, j) => `${String.fromCharCode(65 + j)}: ${d}`).join('\n'));
    console.log(`| mark | ${dists.map((d, j) => `${String.fromCharCode(65 + j)} at | ${String.fromCharCode(65 + j)} step`).join(' | ')} | what the step is |`);
    console.log(`|---|${dists.map(() => '---:|---:').join('|')}|---|`);
  }
  STEPS.forEach(([k, what], i) => {
    const cells = runs.map((rs) => {
      const at = median(rs.map((r) => r[k]));
      const step = median(rs.map((r) => r[k] - (i ? r[STEPS[i - 1][0]] : 0)));
      return `${at.toFixed(0)} | ${step.toFixed(0)}`;
    });
    console.log(`| ${k} | ${cells.join(' | ')} | ${what} |`);
  });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
