// Embedding: dist/embed-example.html with both ways in (the custom element and the JS API) and host
// text around them; two instances independent; the handle's methods and events; attribute changes at
// runtime; following the container's size down to 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, OUT } from './browser.mjs';
import { servePages, hostPage, waitForAtlas, rowIds, waitForRows, recordEvents, takeEvents, pointOn } from './embed-helpers.mjs';

let site, browser;
before(async () => {
  site = await servePages({
    files: {
      'attrs.html': hostPage('<p>host</p><div id="wrap" style="width: 900px"><exchange-atlas id="a" lang="en"></exchange-atlas></div>'),
      'narrow.html': hostPage('<div id="wrap" style="width: 900px"><exchange-atlas id="a"></exchange-atlas></div>'),
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.stop(); });

const E = '#element-atlas', A = '#api-atlas';
const pressedLang = (page, host) => page.evaluate((sel) =>
  document.querySelector(sel).shadowRoot.querySelector('.langs button[aria-pressed="true"]')?.textContent, host);
const tableText = (page, host) => page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('table.events tbody').innerText, host);

test('the embed example shows both embeddings with the host text around them', async () => {
  const { page, requests, errors } = await open(browser.context, site.url + 'embed-example.html');
  await waitForAtlas(page, E);
  await waitForAtlas(page, A);
  // Host text before, between and after the two atlases, in document order.
  const order = await page.evaluate(() => [...document.querySelectorAll('#before, #element-atlas, #between, #api-atlas, #after')].map((e) => e.id));
  assert.deepEqual(order, ['before', 'element-atlas', 'between', 'api-atlas', 'after']);
  for (const id of ['before', 'between', 'after']) assert.ok((await page.locator(`#${id}`).innerText()).length > 40);
  // Each atlas lives in a shadow root: none of its nodes is in the light DOM.
  assert.equal(await page.evaluate(() => document.querySelectorAll('svg.map, table.events, .atlas').length), 0);
  // The element: Russian, 600 px tall.
  assert.equal(await pressedLang(page, E), 'RU');
  assert.match(await tableText(page, E), /Амурская область/);
  assert.equal(Math.round((await page.locator(E).boundingBox()).height), 600);
  // The API atlas: English, opened on the pair it was mounted with.
  assert.equal(await pressedLang(page, A), 'EN');
  const all = await rowIds(page, E);
  const pair = await rowIds(page, A);
  assert.ok(pair.length > 0 && pair.length < all.length, `the pair narrows the list (${pair.length} of ${all.length})`);
  assert.match(await tableText(page, A), /Krasnoyarsk Krai/);
  // The page's buttons drive the API atlas; its log shows the events.
  await page.click('button[data-select="RU-AMU"]');
  await page.waitForFunction(() => /select: .*RU-AMU/.test(document.getElementById('log').textContent));
  await page.click('button[data-lang="zh"]');
  await page.waitForFunction(() => document.querySelector('#api-atlas').shadowRoot.querySelector('.langs button[aria-pressed="true"]').textContent === 'ZH');
  assert.equal(await pressedLang(page, E), 'RU', 'the other atlas keeps its language');
  assert.equal((await rowIds(page, E)).length, all.length, 'and its selection');
  const origin = new URL(site.url).origin;
  assert.deepEqual(requests.filter((r) => new URL(r).origin !== origin), [], 'nothing from another host');
  assert.deepEqual(errors, [], 'no console errors');
  await page.screenshot({ path: `${OUT}/embed-example.png`, fullPage: true });
  await page.close();
});

test('two instances: languages, selections, filters and events stay apart', async () => {
  const { page, errors } = await open(browser.context, site.url + 'embed-example.html');
  await waitForAtlas(page, E);
  await waitForAtlas(page, A);
  await page.waitForFunction(() => window.exampleAtlas);
  await recordEvents(page, E);
  await recordEvents(page, A);
  const all = await rowIds(page, E);
  // Click Amur Oblast on the element's map (inside its shadow root).
  const p = await pointOn(page, E, 'svg.map path[data-region="RU-AMU"]');
  assert.ok(p, 'a visible point of Amur Oblast');
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction((n) => document.querySelector('#element-atlas').shadowRoot.querySelectorAll('table.events tbody tr[data-event]').length < n, all.length);
  const got = await takeEvents(page);
  const sel = got.filter((e) => e.type === 'exchange-atlas:select');
  assert.equal(sel.length, 1, JSON.stringify(got));
  assert.equal(sel[0].host, E, 'only the clicked atlas reports');
  assert.ok(sel[0].target, 'the event reaches the host element (composed, retargeted)');
  assert.deepEqual(sel[0].detail, { event: null, region: 'RU-AMU', pair: null });
  const pairRows = await rowIds(page, A);
  // Filters through the API touch one instance only.
  const filtered = await page.evaluate(() => window.exampleAtlas.setFilter({ kind: ['meeting'] }));
  assert.equal(filtered, true);
  await page.evaluate(() => window.exampleAtlas.select(''));
  await page.waitForFunction(() => {
    const rows = [...document.querySelector('#api-atlas').shadowRoot.querySelectorAll('table.events tbody tr[data-event]')];
    return rows.length > 0 && rows.every((r) => /meeting/i.test(r.innerText));
  });
  assert.ok((await rowIds(page, A)).length !== pairRows.length || pairRows.length === 0);
  assert.ok((await rowIds(page, E)).length < all.length, 'the element keeps its region selection');
  const events = await takeEvents(page);
  const f = events.find((e) => e.type === 'exchange-atlas:filter');
  assert.equal(f.host, A);
  assert.deepEqual(f.detail, { filters: { kind: ['meeting'] }, range: null });
  assert.deepEqual(events.find((e) => e.type === 'exchange-atlas:select').detail, { event: null, region: null, pair: null });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the JS API: select, setFilter, setTimeRange, setLang, stats, events', async () => {
  const { page, errors } = await open(browser.context, site.url + 'embed-example.html');
  await waitForAtlas(page, A);
  await page.waitForFunction(() => window.exampleAtlas);
  await recordEvents(page, A);
  const all = (await rowIds(page, E)).length;
  const r = await page.evaluate(async () => {
    const a = window.exampleAtlas;
    const out = {};
    out.unknown = a.select('no-such-id');
    out.clear = a.select('');
    out.region = a.select('RU-AMU');
    out.badDate = a.setTimeRange('2018-02-30', null);
    out.range = a.setTimeRange('2018-01-01', '2018-12-31');
    out.badLang = a.setLang('fr');
    out.lang = a.setLang('ru');
    out.stats = a.stats();
    out.hash = a.viewHash();
    return out;
  });
  assert.deepEqual([r.unknown, r.clear, r.region, r.badDate, r.range, r.badLang, r.lang], [false, true, true, false, true, false, true]);
  assert.equal(r.stats.events, all, 'stats().events is the corpus size');
  assert.ok(r.stats.wasmMemory >= 1 << 20, 'stats().wasmMemory is the Wasm memory size');
  for (const k of ['represented', 'mapCounted', 'frames']) assert.equal(typeof r.stats[k], 'number');
  assert.match(r.hash, /l=ru/);
  assert.match(r.hash, /r=RU-AMU/);
  assert.match(r.hash, /from=2018-01-01&to=2018-12-31/);
  await page.waitForFunction(() => ['filter', 'render'].every((t) => window.__events.some((e) => e.type === `exchange-atlas:${t}`)));
  await page.waitForTimeout(100);
  const events = await takeEvents(page);
  assert.deepEqual(events.filter((e) => e.type === 'exchange-atlas:filter').at(-1).detail,
    { filters: {}, range: { start: '2018-01-01', end: '2018-12-31' } });
  assert.deepEqual(events.filter((e) => e.type === 'exchange-atlas:select').at(-1).detail, { event: null, region: 'RU-AMU', pair: null });
  // The views report their paints: the timeline and the map counted events, and a render event says so.
  const render = events.filter((e) => e.type === 'exchange-atlas:render').at(-1).detail;
  assert.equal(render.events, all);
  assert.ok(render.frames > 0 && render.represented >= 0, JSON.stringify(render));
  const st = await page.evaluate(() => window.exampleAtlas.stats());
  assert.ok(st.frames >= render.frames && st.mapCounted > 0, JSON.stringify(st));
  // Every row left is of Amur Oblast and overlaps 2018.
  const text = await tableText(page, A);
  assert.ok(text.length === 0 || /Амурская область/.test(text));
  // setTimeRange(null, null) and setFilter({}) clear.
  await page.evaluate(() => { const a = window.exampleAtlas; a.select(''); a.setTimeRange(null, null); a.setFilter({}); });
  await waitForRows(page, A, all);
  assert.deepEqual(errors, []);
  await page.close();
});

test('attribute changes update the element at runtime', async () => {
  const { page, errors } = await open(browser.context, site.url + 'attrs.html');
  const H = '#a';
  await waitForAtlas(page, H);
  await recordEvents(page, H);
  const all = (await rowIds(page, H)).length;
  await page.evaluate(() => document.getElementById('a').setAttribute('lang', 'zh'));
  await page.waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('.langs button[aria-pressed="true"]').textContent === 'ZH');
  assert.match(await tableText(page, H), /阿穆尔州/);
  await page.evaluate(() => document.getElementById('a').setAttribute('selected', 'RU-AMU'));
  await page.waitForFunction((n) => { const k = document.getElementById('a').shadowRoot.querySelectorAll('table.events tbody tr[data-event]').length; return k > 0 && k < n; }, all);
  assert.equal(await page.getAttribute(`${H} svg.map path[data-region="RU-AMU"]`, 'aria-pressed'), 'true');
  await page.evaluate(() => document.getElementById('a').removeAttribute('selected'));
  await waitForRows(page, H, all);
  await page.evaluate(() => document.getElementById('a').setAttribute('theme', 'dark'));
  await page.waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('.atlas').dataset.theme === 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.getElementById('a').shadowRoot.querySelector('.atlas')).backgroundColor);
  assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the dark theme paints a background');
  await page.evaluate(() => document.getElementById('a').setAttribute('height', '420'));
  await page.waitForFunction(() => Math.round(document.getElementById('a').getBoundingClientRect().height) === 420);
  await page.evaluate(() => document.getElementById('a').setAttribute('data-src', 'data/corpus.json'));
  await page.waitForFunction((n) => { const t = document.getElementById('a').shadowRoot.querySelectorAll('table.events tbody tr[data-event]'); return t.length > 0 && t.length !== n; }, all);
  assert.equal(await page.evaluate(() => document.getElementById('a').shadowRoot.querySelectorAll('.ea-box').length), 1, 'one box after a remount');
  assert.equal(await page.evaluate(() => document.getElementById('a').atlas.stats().events), (await rowIds(page, H)).length);
  assert.equal(await pressedLang(page, H), 'ZH', 'a remount keeps the attributes');
  assert.ok((await takeEvents(page)).some((e) => e.type === 'exchange-atlas:select' && e.detail.region === 'RU-AMU'));
  // Removing the element destroys its atlas.
  await page.evaluate(() => { window.__gone = document.getElementById('a'); window.__gone.remove(); });
  await page.waitForFunction(() => window.__gone.shadowRoot.childElementCount === 0 && window.__gone.atlas === null);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the widget follows its container, down to 320 px', async () => {
  const { page, errors } = await open(browser.context, site.url + 'narrow.html');
  await waitForAtlas(page, '#a');
  const zoom = () => page.evaluate(() => document.getElementById('a').shadowRoot.querySelector('svg.map g.zoom').getAttribute('transform'));
  const wide = await zoom();
  await page.evaluate(() => { document.getElementById('wrap').style.width = '320px'; });
  await page.waitForFunction((w) => document.getElementById('a').shadowRoot.querySelector('svg.map g.zoom').getAttribute('transform') !== w, wide);
  const m = await page.evaluate(() => {
    const host = document.getElementById('a');
    const root = host.shadowRoot;
    const atlas = root.querySelector('.atlas');
    const svg = root.querySelector('svg.map').getBoundingClientRect();
    return {
      host: host.getBoundingClientRect().width, atlasScroll: atlas.scrollWidth, svg: svg.width,
      padding: getComputedStyle(atlas).paddingTop,
      stage: getComputedStyle(root.querySelector('.stage')).gridTemplateColumns.split(' ').length,
      page: document.documentElement.scrollWidth,
    };
  });
  assert.equal(Math.round(m.host), 320);
  assert.ok(m.atlasScroll <= 320, `nothing overflows the 320 px box (${m.atlasScroll})`);
  assert.ok(m.svg > 250 && m.svg <= 320, `the map fills the width (${m.svg})`);
  assert.equal(m.padding, '8px', 'the narrow layout follows the container, not the 1280 px viewport');
  assert.equal(m.stage, 1, 'the map and the details stack');
  assert.ok(m.page <= 1280);
  await page.screenshot({ path: `${OUT}/embed-320.png`, clip: { x: 0, y: 0, width: 360, height: 800 } });
  assert.deepEqual(errors, []);
  await page.close();
});
