#!/usr/bin/env node
// Where the atlas page's first render goes: the harness's marks and the widget's own User Timing
// marks (exchange-atlas:*, set by www/exchange-atlas.js and widget/src/embed/mod.rs), read from cold
// runs of atlas.html in headless Chromium, as medians. A companion of bench.js (same server, same
// page, same launch flags, no interaction), for finding what to make faster; not a test.
//   NODE_PATH=target/peers-bench-deps/node_modules node bench/peers/phases.js [--n 10000] [--runs 7] [--dists A,B] [--as text] [--json FILE]
// --dists compares built widgets (dist folders): runs alternate between them (A, B, A, B, ...), so
// that a busy machine slows each about as much, and the table has a column per dist.
// --as text hands the corpus over as JSON text instead of an object (atlas.html?as=text).
// --json writes every run's marks and the medians to FILE.
// The hand-over row is the corpus's way from the page into the indexed model: the JS side (mount()
// called to the data prepared: parsed, or packed by older builds) plus the Wasm side from the Wasm
// ready to the Atlas built (the options and the corpus read, and Atlas::new, the same code in every
// build: older builds parsed JSON text after their 'decoded' mark, so only 'indexed' compares).
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
  ['exchange-atlas:prepare', 'mount() called'],
  ['exchange-atlas:prepared', 'the data prepared in JS (JSON text parsed; older builds: the object packed)'],
  ['exchange-atlas:instantiated', 'waiting for the Wasm'],
  ['exchange-atlas:read', 'into the Wasm'],
  ['exchange-atlas:decoded', 'the corpus read'],
  ['exchange-atlas:indexed', 'Atlas::new'],
  ['exchange-atlas:built', 'the views built'],
  ['mounted', 'effects, back in the page'],
  ['ready', 'first frame: style, layout, timeline paint'],
  ['rendered', "the harness's extra frame"],
];

// Older builds' names for the same marks (the packed hand-over, before issue 20).
const ALIASES = { 'exchange-atlas:prepare': 'exchange-atlas:pack', 'exchange-atlas:prepared': 'exchange-atlas:packed' };

function args(argv) {
  const o = { n: 10000, runs: 7, dists: null, as: 'object', json: null };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--n') o.n = Number(argv[i + 1]);
    else if (argv[i] === '--runs') o.runs = Number(argv[i + 1]);
    else if (argv[i] === '--dists') o.dists = argv[i + 1].split(',').map((d) => path.resolve(d));
    else if (argv[i] === '--as') o.as = argv[i + 1];
    else if (argv[i] === '--json') o.json = argv[i + 1];
    else throw new Error('unknown argument ' + argv[i] + ' (known: --n --runs --dists --as --json)');
  }
  return o;
}

/** The marks of a run under today's names. */
function named(r) {
  for (const [now, old] of Object.entries(ALIASES)) if (r[now] === undefined && r[old] !== undefined) r[now] = r[old];
  return r;
}

const median = (a) => {
  const v = a.filter(Number.isFinite).sort((x, y) => x - y);
  return v.length ? v[v.length >> 1] : NaN;
};

async function run(origin, n, as) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'phases-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 720 }, args: ARGS,
  });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    await page.goto(`${origin}/atlas.html?n=${n}&seed=42${as === 'text' ? '&as=text' : ''}`);
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
      for (let j = 0; j < dists.length; j++) runs[j].push(named(await run(servers[j].origin, o.n, o.as)));
    }
  } finally {
    servers.forEach((s) => s.close());
  }
  const handOver = (r) => (r['exchange-atlas:prepared'] - r['exchange-atlas:prepare']) + (r['exchange-atlas:indexed'] - r['exchange-atlas:instantiated']);
  console.log(`atlas.html, N = ${o.n}, data as ${o.as === 'text' ? 'JSON text' : 'an object'}, medians of ${o.runs} cold runs (ms from navigation start; step = from the mark before)`);
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
  const total = runs.map((rs) => `${median(rs.map(handOver)).toFixed(0)} | `);
  console.log(`| **hand-over** | ${total.join(' | ')} | prepared − prepare, plus indexed − instantiated (Atlas::new included) |`);
  if (o.json) {
    const out = dists.map((d, j) => ({ dist: d, n: o.n, as: o.as, runs: runs[j], handOver: median(runs[j].map(handOver)),
      indexed: median(runs[j].map((r) => r['exchange-atlas:indexed'])), rendered: median(runs[j].map((r) => r.rendered)) }));
    fs.writeFileSync(o.json, JSON.stringify(out, null, 1));
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
