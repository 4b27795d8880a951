// Issue 17: no input stops the atlas. A corpus with every fault data can have (dates that are no
// day, an unknown document, evidence outside its text or off a character boundary, an unknown kind
// or status, an unknown region code), in each of the three ways in (options.data as an object, as
// JSON text, data-src), beside a second atlas on the same page: no panic, the second atlas unaffected,
// the valid events shown, each bad one named in the warning. The JS API and the attributes take
// anything; a URL hash of any text opens the page. Hostile text in every field shows as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, open, targets } from './browser.mjs';
import { servePages, hostPage, waitForAtlas, rowIds, waitForRows, PAGES } from './embed-helpers.mjs';

const corpus = JSON.parse(readFileSync(`${PAGES}/data/corpus.json`, 'utf8'));
const utf8Length = (s) => new TextEncoder().encode(s).length;

/** The corpus with one bad event per fault added; the ids of the bad ones, and what each is. */
function faulty() {
  const c = structuredClone(corpus);
  const doc = c.documents.find((d) => /[^\x00-\x7f]/.test(d.text)) ?? c.documents[0];
  const model = c.events.find((e) => e.doc === doc.id);
  const firstWide = doc.text.search(/[^\x00-\x7f]/);
  const wideAt = utf8Length(doc.text.slice(0, firstWide)); // a multi-byte character starts here
  const bad = {};
  const add = (id, change) => {
    const e = structuredClone(model);
    e.id = id;
    change(e);
    c.events.push(e);
    bad[id] = true;
  };
  add('bad#fullwidth-date', (e) => { e.when.start = '２０１９-０６-０１'; e.when.end = '２０１９-０６-０１'; e.when.precision = 'year'; });
  add('bad#short-date', (e) => { e.when.start = '201'; });
  add('bad#february-30', (e) => { e.when.end = '2019-02-30'; });
  add('bad#empty-date', (e) => { e.when.start = ''; });
  add('bad#unknown-document', (e) => { e.doc = 'no-such-document'; });
  add('bad#evidence-out-of-range', (e) => { e.evidence = [{ start: 0, end: utf8Length(doc.text) + 10 }]; });
  add('bad#evidence-off-boundary', (e) => { e.evidence = [{ start: wideAt + 1, end: wideAt + 2 }]; });
  add('bad#unknown-kind', (e) => { e.kind = 'picnic'; });
  add('bad#unknown-status', (e) => { e.status = 'maybe'; });
  // Kept, with its unknown code named and dropped.
  c.events[0].ru_regions.push('RU-NOWHERE');
  return { corpus: c, bad: Object.keys(bad) };
}

const { corpus: broken, bad } = faulty();
const goodCount = corpus.events.length;

let site, browser, t;
before(async () => {
  site = await servePages({
    files: {
      'data/faulty.json': JSON.stringify(broken),
      'two.html': hostPage('<div id="faulty" style="width: 900px"></div><div id="second" style="width: 900px"></div>'),
      'attrs.html': hostPage('<exchange-atlas id="el" data-src="data/corpus.json"></exchange-atlas>'),
    },
  });
  browser = await launch();
  t = await targets();
});
after(async () => { await browser?.close(); await site?.stop(); await t?.stop(); });

/** No panic reached the console: a panic in the Wasm shows as "panicked" or "unreachable". */
const noPanic = (errors) => assert.deepEqual(errors.filter((e) => /panicked|unreachable|RuntimeError/i.test(e)), []);

/** The second atlas still answers and redraws. */
async function secondWorks(page) {
  const r = await page.evaluate(async () => {
    const a = window.__second;
    const out = { events: a.stats().events, region: a.select('RU-AMU'), filter: a.setFilter({ kind: 'meeting' }) };
    a.setFilter({});
    a.select('');
    return out;
  });
  assert.deepEqual(r, { events: goodCount, region: true, filter: true });
  await waitForRows(page, '#second', goodCount);
}

for (const way of ['object', 'text', 'data-src']) {
  test(`${way}: a corpus with every fault beside a second atlas: valid events shown, each bad one named`, async () => {
    const { page, errors } = await open(browser.context, site.url + 'two.html');
    await page.evaluate(async ({ way, broken, good }) => {
      const { mount } = await import('./exchange-atlas.js');
      window.__second = await mount(document.getElementById('second'), { data: good });
      const data = way === 'object' ? { data: broken } : way === 'text' ? { data: JSON.stringify(broken) } : { src: 'data/faulty.json' };
      window.__faulty = await mount(document.getElementById('faulty'), data);
    }, { way, broken, good: corpus });
    await waitForAtlas(page, '#faulty');
    await waitForAtlas(page, '#second');
    assert.equal(await page.evaluate(() => window.__faulty.error), null);
    const ids = await rowIds(page, '#faulty');
    assert.equal(ids.length, goodCount, 'every valid event is shown');
    assert.ok(ids.every((id) => !id.startsWith('bad#')), 'no bad event is shown');
    const warning = await page.locator('#faulty .warnings').innerText();
    for (const id of bad) assert.ok(warning.includes(`"${id}"`), `${id} is named in the warning:\n${warning}`);
    assert.match(warning, /RU-NOWHERE/);
    assert.match(warning, /kind "picnic" is not one of/);
    // The faulty atlas works too: its events open, its filters apply.
    const first = await page.evaluate((id) => window.__faulty.select(id), ids[0]);
    assert.equal(first, true);
    await secondWorks(page);
    noPanic(errors);
    await page.close();
  });
}

test('the JS API takes anything: a TypeError that says what it takes, or false; the atlas keeps working', async () => {
  const { page, errors } = await open(browser.context, site.url + 'two.html');
  const r = await page.evaluate(async (good) => {
    const { mount } = await import('./exchange-atlas.js');
    window.__second = await mount(document.getElementById('second'), { data: good });
    const a = await mount(document.getElementById('faulty'), { data: undefined, lang: '\u0000<b>', selected: '\ud800|||' });
    const call = (f) => { try { return f(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
    return {
      select123: call(() => a.select(123)),
      selectNull: call(() => a.select(null)),
      selectObject: call(() => a.select({ id: 'RU-AMU' })),
      selectJunk: ['\u0000', '|', 'RU-AMU|', '|CN-HL', '#', 'x'.repeat(100000), '\ud800', 'nation', '<img src=x>'].map((s) => call(() => a.select(s))),
      filterText: call(() => a.setFilter('x')),
      filterKind5: call(() => a.setFilter({ kind: 5 })),
      filterList: call(() => a.setFilter([1, 2])),
      filterNull: call(() => a.setFilter(null)),
      filterJunk: call(() => a.setFilter({ kind: [null, {}, 'visit'], ru: '\u0000', q: 7, doc: ['x'.repeat(10000)] })),
      range: call(() => a.setTimeRange('2019-13-45', {})),
      rangeBadDate: call(() => a.setTimeRange('2019-13-45', null)),
      rangeFar: call(() => a.setTimeRange('99999-01-01', '-5')),
      rangeOk: call(() => a.setTimeRange('2017-01-01', null)),
      filterQ: call(() => a.setFilter({ q: 5 })),
      filterRu: call(() => a.setFilter({ ru: {} })),
      rangeStart: call(() => a.setTimeRange(20190101, null)),
      themeType: call(() => a.setTheme(5)),
      lang: call(() => a.setLang(42)),
      langJunk: call(() => a.setLang('ру')),
      theme: call(() => a.setTheme('\u0000')),
      events: a.stats().events,
      works: [a.setTimeRange(null, null), a.setFilter({}), a.select('RU-AMU'), a.select('')],
    };
  }, corpus);
  assert.match(r.select123, /^TypeError: exchange-atlas: select\(id\) takes a string, not a number/);
  assert.equal(r.selectNull, true);
  assert.match(r.selectObject, /^TypeError: .*select\(id\) takes a string/);
  assert.deepEqual(r.selectJunk, Array(9).fill(false));
  assert.match(r.filterText, /^TypeError: exchange-atlas: setFilter\(filters\) takes an object.*not the string "x"/);
  assert.match(r.filterKind5, /^TypeError: exchange-atlas: setFilter\(filters\): kind: invalid type: integer `5`, expected a code or a list of codes/);
  assert.match(r.filterList, /^TypeError: .*not an array/);
  assert.equal(r.filterNull, true);
  assert.match(r.filterJunk, /^TypeError: exchange-atlas: setFilter\(filters\): kind\[0\]: invalid type: null, expected a string/);
  assert.match(r.range, /^TypeError: exchange-atlas: setTimeRange\(start, end\): end takes a string, not a object/);
  assert.equal(r.rangeBadDate, false);
  assert.equal(r.rangeFar, false);
  assert.equal(r.rangeOk, true);
  assert.match(r.lang, /^TypeError: .*setLang\(lang\) takes a string/);
  assert.match(r.filterQ, /^TypeError: exchange-atlas: setFilter\(filters\): q: invalid type: .*expected a string/);
  assert.match(r.filterRu, /^TypeError: exchange-atlas: setFilter\(filters\): ru: invalid type: .*expected a code or a list of codes/);
  assert.match(r.rangeStart, /^TypeError: exchange-atlas: setTimeRange\(start, end\): start takes a string, not a number/);
  assert.match(r.themeType, /^TypeError: .*setTheme\(theme\) takes a string/);
  assert.deepEqual([r.langJunk, r.theme], [false, false]);
  assert.deepEqual(r.works, [true, true, true, true]);
  await secondWorks(page);
  noPanic(errors);
  await page.close();
});

test('mount() options of any type: a TypeError naming the option, bad data a message in the box', async () => {
  // The Wasm reads the options with serde-wasm-bindgen (widget/src/embed/options.rs): unknown keys
  // are ignored, aliases read (language, select), a wrong type is a TypeError naming the option.
  const { page, errors } = await open(browser.context, site.url + 'two.html');
  const r = await page.evaluate(async (good) => {
    const { mount } = await import('./exchange-atlas.js');
    window.__second = await mount(document.getElementById('second'), { data: good });
    const host = document.getElementById('faulty');
    const tryMount = async (o) => {
      try {
        const a = await mount(host, o);
        const out = { error: a.error, events: a.stats().events, hash: a.viewHash() };
        a.destroy();
        return out;
      } catch (e) { return `${e.constructor.name}: ${e.message}`; }
    };
    return {
      lang: await tryMount({ lang: 5 }),
      language: await tryMount({ language: ['ru'] }),
      selected: await tryMount({ selected: {} }),
      select: await tryMount({ select: 7 }),
      theme: await tryMount({ theme: true }),
      hash: await tryMount({ hash: 'yes' }),
      src: await tryMount({ src: 5 }),
      options: await tryMount('ru'),
      optionsList: await tryMount([]),
      dataNumber: await tryMount({ data: 5 }),
      dataText: await tryMount({ data: '{"schema": "events@1", ' }),
      dataList: await tryMount({ data: [] }),
      nulls: await tryMount({ data: null, lang: null, selected: null, theme: null, hash: null, src: null }),
      aliasesAndUnknown: await tryMount({ colour: 'red', language: 'ru', select: 'RU-AMU', data: good }),
      boxes: host.shadowRoot?.querySelectorAll('.ea-box').length ?? 0,
    };
  }, corpus);
  const rejects = (v, re) => assert.match(v, re);
  rejects(r.lang, /^TypeError: exchange-atlas: mount\(element, options\): lang: invalid type: .*expected a string/);
  rejects(r.language, /^TypeError: exchange-atlas: mount\(element, options\): language: invalid type: .*expected a string/);
  rejects(r.selected, /^TypeError: .*: selected: invalid type: .*expected a string/);
  rejects(r.select, /^TypeError: .*: select: invalid type: .*expected a string/);
  rejects(r.theme, /^TypeError: .*: theme: invalid type: boolean `true`, expected a string/);
  rejects(r.hash, /^TypeError: .*: hash: invalid type: string "yes", expected a boolean/);
  rejects(r.src, /^TypeError: exchange-atlas: mount\(element, options\): src takes a URL, not a number/);
  rejects(r.options, /^TypeError: exchange-atlas: mount\(element, options\) takes an object .*not the string "ru"/);
  rejects(r.optionsList, /^TypeError: .*takes an object .*not an array/);
  assert.match(r.dataNumber.error, /not an events@1 object \(its top level is a number\)/);
  assert.match(r.dataText.error, /^The data is not valid JSON: /);
  assert.match(r.dataList.error, /its top level is an array/);
  assert.deepEqual([r.nulls.error, r.nulls.events > 0], [null, true], 'null options are absent ones');
  assert.equal(r.aliasesAndUnknown.error, null);
  assert.equal(r.aliasesAndUnknown.events, corpus.events.length);
  assert.match(r.aliasesAndUnknown.hash, /l=ru/);
  assert.match(r.aliasesAndUnknown.hash, /r=RU-AMU/);
  assert.equal(r.boxes, 0, 'a rejected mount leaves nothing behind');
  await secondWorks(page);
  noPanic(errors);
  await page.close();
});

test('attributes of any text: selected and lang change, the element keeps working', async () => {
  const { page, errors } = await open(browser.context, site.url + 'attrs.html');
  await page.evaluate(() => document.getElementById('el').ready);
  await waitForAtlas(page, '#el');
  const junk = ['', '\u0000', '|', 'RU-AMU|CN-', '<script>window.__pwned=1</script>', 'x'.repeat(50000), '𝔸', 'zh-Hant-TW', ' ru ', 'national'];
  const r = await page.evaluate(async (junk) => {
    const el = document.getElementById('el');
    for (const v of junk) {
      el.setAttribute('selected', v);
      el.setAttribute('lang', v);
      await new Promise((ok) => requestAnimationFrame(ok));
    }
    el.setAttribute('lang', 'ru');
    el.setAttribute('selected', 'RU-AMU');
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    return { pwned: window.__pwned ?? null, lang: el.shadowRoot.querySelector('.atlas')?.getAttribute('lang'), select: el.atlas.select('RU-AMU'), events: el.atlas.stats().events };
  }, junk);
  assert.deepEqual(r, { pwned: null, lang: 'ru', select: true, events: corpus.events.length });
  noPanic(errors);
  await page.close();
});

test('a URL hash of any text opens the standalone page and leaves it working', async () => {
  const hashes = [
    '#from=99999-01-01&to=2019-01-01', '#from=2147483647&to=-2147483648', '#v=1e308,-1e308,1e308', '#v=NaN,Infinity,0',
    '#e=%FF%FE%00&r=%00&p=|||', '#kind=,,,&status=maybe&topic=%E0%A4&ru=RU-&cn=&doc=%25', '#l=xx&q=%ZZ%&&&==&',
    '#' + 'a=b&'.repeat(5000), '#%', '#p=RU-AMU|CN-HL|CN-JL&e=000_120bf9fbc44ae66b%231', '#２０１９',
  ];
  const { page, errors } = await open(browser.context, t.served);
  for (const h of hashes) {
    await page.goto(t.served + h);
    await page.waitForSelector('table.events tbody tr', { timeout: 30000 });
  }
  // Hash changes on a live page too.
  for (const h of hashes) await page.evaluate((h) => { location.hash = h; }, h);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.evaluate(() => { location.hash = '#r=RU-AMU'; });
  await page.waitForSelector('table.events tbody tr');
  noPanic(errors);
  await page.close();
});

test('hostile text in every field is shown as text, in every view; only an http(s) source is a link', async () => {
  const evil = (field) => `<img src=x onerror="window.__pwned='${field}'"><script>window.__pwned='${field}'</script>&amp;"'`;
  const c = structuredClone(corpus);
  const doc = c.documents[0];
  doc.text = `${evil('text')} ${doc.text}`;
  // Offsets into the text move with the prefix.
  const shift = utf8Length(`${evil('text')} `);
  for (const m of doc.mentions) { m.start += shift; m.end += shift; }
  for (const e of c.events.filter((e) => e.doc === doc.id)) for (const s of e.evidence) { s.start += shift; s.end += shift; }
  doc.title = evil('title');
  doc.source = 'javascript:window.__pwned="source"';
  doc.warnings = [{ line: 1, message: evil('warnings') }];
  const e = c.events.find((x) => x.doc === doc.id);
  e.people = [{ name: evil('people'), role: evil('role'), side: 'ru' }];
  e.orgs = [evil('orgs')];
  e.places = [{ name: evil('places'), region: 'RU-AMU', lat: 50.3, lon: 127.5 }];
  e.summary = evil('summary');
  e.when.text = evil('when.text');
  e.id = evil('id');
  e.ru_regions.push(evil('region'));
  const { page, errors } = await open(browser.context, site.url + 'two.html');
  const r = await page.evaluate(async ({ c, id }) => {
    const { mount } = await import('./exchange-atlas.js');
    const a = await mount(document.getElementById('faulty'), { data: c });
    const root = document.getElementById('faulty').shadowRoot;
    const frame = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const selected = a.select(id);
    await frame();
    a.setFilter({ q: '<img' });
    await frame();
    const views = {
      details: root.querySelector('.details')?.textContent ?? '',
      table: root.querySelector('table.events')?.textContent ?? '',
      warnings: root.querySelector('.warnings')?.textContent ?? '',
      places: [...root.querySelectorAll('g.place')].map((g) => g.dataset.place).join(' '),
      rows: [...root.querySelectorAll('table.events tbody tr[data-event]')].map((tr) => tr.dataset.event),
    };
    const source = root.querySelector('.details .doc-source .source');
    return {
      selected, views, pwned: window.__pwned ?? null,
      injected: root.querySelectorAll('img, script, [onerror]').length + document.querySelectorAll('img, [onerror]').length,
      sourceTag: source?.tagName ?? null,
      links: [...root.querySelectorAll('a[href]')].map((x) => x.getAttribute('href')).filter((h) => !/^https?:/i.test(h)),
    };
  }, { c, id: e.id });
  assert.equal(r.selected, true);
  assert.equal(r.pwned, null, 'no markup from the data ran');
  assert.equal(r.injected, 0, 'no element from the data');
  assert.equal(r.sourceTag, 'SPAN', 'a javascript: source is text');
  assert.deepEqual(r.links, []);
  const where = { text: 'details', title: 'details', people: 'details', orgs: 'details', places: 'details', summary: 'details', role: 'details', 'when.text': 'details', region: 'warnings' };
  for (const [field, view] of Object.entries(where)) {
    // As text: the markup's characters are there to read (a warning quotes with escapes: \").
    const shown = r.views[view];
    assert.ok(shown.includes('<img src=x onerror=') && shown.includes(`window.__pwned='${field}'`), `${field} shows as text in ${view}`);
  }
  assert.ok(r.views.places.includes(evil('places')), 'a place name is an attribute value, as written');
  assert.ok(r.views.details.includes(evil('summary')), 'the summary in the details');
  assert.ok(r.views.rows.includes(evil('id')), 'an id is an attribute value of its row, as written');
  noPanic(errors);
  await page.close();
});
