// The views with a corpus shaped like real ones (issue 19): gen.js's real-shaped profile (38 %
// undated, 29 % open windows, the rest days, months and years, 1990-2026) at 200 and 10,000 events,
// mounted with options.data. The timeline fits the bounded dates, never an open window's end; every
// event is drawn, counted in a bin or at an edge, or in an undated group, and stats() adds them up;
// no open window is wider than its fixed mark; the undated groups open their lists, by mouse and
// keyboard; a date decades after its publication is named in the warnings and left out of the view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, open } from './browser.mjs';
import { servePages, hostPage } from './embed-helpers.mjs';

const GEN = readFileSync('bench/peers/www/gen.js', 'utf8');
const DAY = 86400000;

// A host page that mounts the real-shaped corpus of ?n= events (?late=1: one event's window end in 2077).
const page = hostPage('<div id="host" style="width: 1280px"></div>', `<script src="gen.js"></script>
<script type="module">
  import { mount } from './exchange-atlas.js';
  const q = new URLSearchParams(location.search);
  const n = Number(q.get('n'));
  const data = PeersGen.toEventsAtlas(PeersGen.genEvents(n, 42), 'real');
  if (q.get('late')) {
    const e = data.events.find((e) => e.when.basis === 'explicit' && e.when.precision === 'day');
    e.when.end = '2077-01-01';
    window.__late = e.id;
  }
  // The bounded dates' range (both ends known), in days.
  const day = (s) => Date.parse(s + 'T00:00:00Z') / ${DAY};
  const bounded = data.events.filter((e) => e.when.start && e.when.end && e.when.end < '2070');
  window.__bounded = [Math.min(...bounded.map((e) => day(e.when.start))), Math.max(...bounded.map((e) => day(e.when.end)))];
  const host = document.getElementById('host');
  host.addEventListener('exchange-atlas:render', (e) => { if (e.detail.represented === n) window.__rendered = true; });
  window.atlas = await mount(host, { data });
</script>`);

let site, browser;
before(async () => {
  site = await servePages({ files: { 'gen.js': GEN, 'real.html': page } });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.stop(); });

const root = (p) => p.evaluateHandle(() => document.getElementById('host').shadowRoot);
const dayOf = (iso) => Date.parse(iso + 'T00:00:00Z') / DAY;

async function ready(n, late = false) {
  const { page: p, errors } = await open(browser.context, `${site.url}real.html?n=${n}${late ? '&late=1' : ''}`);
  await p.waitForFunction(() => window.__rendered === true && window.atlas, null, { timeout: 60000 });
  return { p, errors };
}

for (const n of [200, 10000]) {
  test(`real-shaped ${n}: the timeline fits the bounded dates and every event is counted once`, async () => {
    const { p, errors } = await ready(n);
    const s = await p.evaluate(() => window.atlas.stats());
    assert.equal(s.events, n);
    assert.equal(s.timelineDrawn + s.timelineBinned + s.timelineOutside + s.timelineUndated, n, JSON.stringify(s));
    assert.equal(s.represented, n);
    assert.ok(s.timelineDrawn > 0 && s.timelineUndated > 0.3 * n, JSON.stringify(s));
    // The default extent: within the bounded dates' range plus 10 % each side, and covering it.
    const [lo, hi] = await p.evaluate(() => window.__bounded);
    const [a, b] = [dayOf(s.timelineStart), dayOf(s.timelineEnd)];
    const margin = 0.1 * (hi - lo);
    assert.ok(a >= lo - margin && b <= hi + margin, `${s.timelineStart}..${s.timelineEnd} within the bounded range ± 10 %`);
    assert.ok(a <= lo && b >= hi, `${s.timelineStart}..${s.timelineEnd} shows every bounded date`);
    // No open window is wider than its fixed mark.
    const r = await root(p);
    const openPx = Number(await r.evaluate((r) => r.querySelector('.timeline canvas').dataset.openPx));
    assert.ok(openPx > 0 && openPx <= 26, `the widest open window drawn is ${openPx} px`);
    // The summary for screen readers says the same counts.
    const summary = await r.evaluate((r) => r.querySelector('.tl-summary').textContent);
    assert.match(summary, new RegExp(`${s.timelineBinned} in \\+N bins, ${s.timelineOutside} outside the view .* ${s.timelineUndated} without a date`));
    assert.deepEqual(errors, []);
    await p.close();
  });

  test(`real-shaped ${n}: undated events in groups by kind that open their lists, by mouse and keyboard`, async () => {
    const { p, errors } = await ready(n);
    const r = await root(p);
    const s = await p.evaluate(() => window.atlas.stats());
    const groups = await r.evaluate((r) => [...r.querySelectorAll('.unknown-lane button.tl-group')].map((b) => ({
      kind: b.dataset.kind, n: Number(b.querySelector('.n').textContent), expanded: b.getAttribute('aria-expanded'), label: b.getAttribute('aria-label'),
    })));
    assert.ok(groups.length >= 3, JSON.stringify(groups));
    assert.equal(groups.reduce((t, g) => t + g.n, 0), s.timelineUndated);
    assert.ok(groups.every((g) => g.expanded === 'false' && /without a date/.test(g.label)));
    assert.equal(await r.evaluate((r) => r.querySelectorAll('.unknown-lane .tl-undated').length), 0, 'no event buttons until a group opens');
    // Keyboard: focus the first group, Enter opens its list; its first event opens the details.
    await r.evaluate((r) => r.querySelector('.unknown-lane button.tl-group').focus());
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.getElementById('host').shadowRoot.querySelector('.tl-undated-list'));
    const list = await r.evaluate((r) => ({
      expanded: r.querySelector('.unknown-lane button.tl-group').getAttribute('aria-expanded'),
      items: r.querySelectorAll('.tl-undated-list .tl-undated').length,
      more: r.querySelector('.tl-undated-list .more')?.textContent ?? '',
      kind: r.querySelector('.tl-undated-list').dataset.kind,
    }));
    assert.equal(list.expanded, 'true');
    assert.equal(list.kind, groups[0].kind);
    assert.equal(list.items, Math.min(40, groups[0].n));
    if (groups[0].n > 40) assert.match(list.more, new RegExp(`^\\+${groups[0].n - 40} `));
    await p.keyboard.press('Tab');
    const focused = await r.evaluate((r) => r.activeElement?.className ?? '');
    // Tab goes on to the next group button or into the list; either is reachable.
    assert.match(focused, /tl-group|tl-undated/);
    await r.evaluate((r) => r.querySelector('.tl-undated-list .tl-undated').focus());
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.getElementById('host').shadowRoot.querySelector('.details.open'));
    // Another group closes the first.
    await r.evaluate((r) => r.querySelectorAll('.unknown-lane button.tl-group')[1].click());
    await p.waitForFunction((k) => document.getElementById('host').shadowRoot.querySelector('.tl-undated-list')?.dataset.kind === k, groups[1].kind);
    assert.deepEqual(errors, []);
    await p.close();
  });
}

test('real-shaped 200: the keyboard steps onto open windows and announces them', async () => {
  const { p, errors } = await ready(200);
  const r = await root(p);
  await r.evaluate((r) => r.querySelector('.tl-plot').focus());
  const said = [];
  for (let i = 0; i < 40; i++) {
    await p.keyboard.press('ArrowRight');
    said.push(await r.evaluate((r) => r.querySelector('.tl-now').textContent));
  }
  assert.ok(said.some((t) => /not before|on or before/.test(t)), said.join('\n'));
  assert.deepEqual(errors, []);
  await p.close();
});

test('a date decades after its publication is named in the warnings and kept out of the view', async () => {
  const { p, errors } = await ready(200, true);
  const late = await p.evaluate(() => window.__late);
  const r = await root(p);
  const warnings = await r.evaluate((r) => r.querySelector('.warnings')?.textContent ?? '');
  assert.match(warnings, new RegExp(`${late.replace(/[#-]/g, '\\$&')}: the date .*2077-01-01 is before 1900 or decades after`));
  const s = await p.evaluate(() => window.atlas.stats());
  assert.ok(s.timelineEnd < '2031', `the view ends ${s.timelineEnd}, not in 2077`);
  assert.equal(s.timelineDrawn + s.timelineBinned + s.timelineOutside + s.timelineUndated, 200);
  assert.deepEqual(errors, []);
  await p.close();
});

test('real-shaped 10000: the map draws the strongest pairs in full and the rest faint, a focused or hovered region all of its own', async () => {
  const { p, errors } = await ready(10000);
  const r = await root(p);
  const lines = await r.evaluate((r) => [...r.querySelectorAll('svg.map .arc-lines path.line')].map((l) => ({ cls: l.getAttribute('class'), pairs: l.dataset.pairs.split(' ') })));
  const full = lines.filter((l) => !/\bfaint\b/.test(l.cls)).flatMap((l) => l.pairs);
  const faint = lines.filter((l) => /\bfaint\b/.test(l.cls)).flatMap((l) => l.pairs);
  assert.equal(full.length, 12, 'the twelve strongest pairs in full');
  assert.ok(faint.length > full.length, `${faint.length} faint`);
  assert.match(await r.evaluate((r) => r.querySelector('.legend .faint-key').textContent), new RegExp(`${faint.length} weaker pairs`));
  assert.ok(await r.evaluate((r) => r.querySelectorAll('.legend .arc-sample').length) >= 2, 'a width scale');
  // Hover a region with a faint pair: all its arcs in full.
  const region = faint.map((p) => p.split('|')[0]).find((code) => code === 'RU-AMU') ?? faint[0].split('|')[0];
  // Keyboard focus on the region (as Tab reaches it) hovers it: its ring and tooltip.
  await p.keyboard.press('Tab');
  await r.evaluate((r, code) => r.querySelector(`svg.map path[data-region="${code}"]`).focus(), region);
  await p.waitForFunction(() => document.getElementById('host').shadowRoot.querySelector('.tooltip.shown'));
  await p.waitForTimeout(100);
  const after = await r.evaluate((r, code) => [...r.querySelectorAll('svg.map .arc-lines path.line')]
    .filter((l) => /\bfaint\b/.test(l.getAttribute('class'))).flatMap((l) => l.dataset.pairs.split(' ')).filter((p) => p.split('|').includes(code)), region);
  assert.deepEqual(after, [], `no faint arc of ${region} while it is hovered`);
  assert.deepEqual(errors, []);
  await p.close();
});

test('the header counts documents in every language', async () => {
  const { p, errors } = await ready(200);
  const r = await root(p);
  const head = () => r.evaluate((r) => r.querySelector('header .count').textContent);
  assert.match(await head(), /^200 events · 20 docs$/);
  await p.evaluate(() => window.atlas.setLang('ru'));
  await p.waitForFunction(() => /док\./.test(document.getElementById('host').shadowRoot.querySelector('header .count').textContent));
  assert.match(await head(), /^200 событий · 20 док\.$/);
  await p.evaluate(() => window.atlas.setLang('zh'));
  await p.waitForFunction(() => /篇文档/.test(document.getElementById('host').shadowRoot.querySelector('header .count').textContent));
  assert.match(await head(), /^200 个事件 · 20 篇文档$/);
  assert.deepEqual(errors, []);
  await p.close();
});

test('real-shaped 200: the brush works on the density strip and a click on "◂ N" pans there', async () => {
  const { p, errors } = await ready(200);
  const r = await root(p);
  await r.evaluate((r) => r.querySelector('.timeline canvas').scrollIntoView({ block: 'center' }));
  const { view, box } = await r.evaluate((r) => {
    const c = r.querySelector('.timeline canvas');
    const b = c.getBoundingClientRect();
    return { view: c.dataset.view.split(',').map(Number), box: { x: b.x, y: b.y, width: b.width } };
  });
  const [d0, ppd, , , , stripTop] = view;
  const y = box.y + stripTop + 12;
  await p.mouse.move(box.x + box.width * 0.4, y);
  await p.mouse.down();
  await p.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
  await p.mouse.up();
  const range = await r.evaluate((r) => r.querySelector('.tl-bar .range').textContent);
  const day = (x) => new Date((d0 + (x - box.x) / ppd) * 86400000).toISOString().slice(0, 10);
  assert.match(range, /^\d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d$/, range);
  assert.equal(range.slice(0, 7), day(box.x + box.width * 0.4).slice(0, 7), 'the range starts where the drag did');
  // "◂ N": the open windows known only before the view; a click pans earlier.
  const s = await p.evaluate(() => window.atlas.stats());
  if (s.timelineOutside > 0) {
    await p.mouse.click(box.x + 20, y);
    await p.waitForFunction((start) => window.atlas.stats().timelineStart < start, s.timelineStart);
  }
  assert.deepEqual(errors, []);
  await p.close();
});
