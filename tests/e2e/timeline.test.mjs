// The timeline, details, filters, deep links, languages and layout (issue 5), served and from
// file://: the flows a user goes through, checked in the rendered page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, targets, OUT } from './browser.mjs';

let t, browser;
before(async () => { t = await targets(); browser = await launch(); });
after(async () => { await browser?.close(); await t?.stop(); });

const DAY = 86400000;
const dayOf = (iso) => Math.floor(Date.parse(iso + 'T00:00:00Z') / DAY);

/** The timeline's view as the canvas states it: x = (day - d0) * ppd, and its lane geometry. */
async function view(page) {
  await page.locator('.timeline canvas').scrollIntoViewIfNeeded();
  const v = await page.getAttribute('.timeline canvas', 'data-view');
  const [d0, ppd, axisTop, laneH, binRow] = v.split(',').map(Number);
  const box = await page.locator('.timeline canvas').boundingBox();
  return { d0, ppd, axisTop, laneH, binRow, box, x: (day) => box.x + (day - d0) * ppd };
}

const rows = (page) => page.$$eval('table.events tbody tr[data-event]', (trs) => trs.map((tr) => ({
  id: tr.dataset.event, date: tr.querySelector('td.date').innerText, ru: tr.querySelector('td.ru').innerText,
  cn: tr.querySelector('td.cn').innerText, kind: tr.querySelector('td.kind').innerText,
})));

async function ready(page) {
  await page.waitForSelector('.timeline canvas[data-view]');
  await page.waitForSelector('table.events tbody tr[data-event]');
}

/** Hovers each lane at a day until the tooltip names `want`; returns that point. */
async function findMark(page, iso, want) {
  const v = await view(page);
  const x = v.x(dayOf(iso) + 0.5);
  for (let lane = 0; lane < 7; lane++) {
    const y = v.box.y + v.binRow + v.laneH * (lane + 0.5);
    await page.mouse.move(x, y);
    const tip = page.locator('.tl-tip');
    if (await tip.count()) {
      const text = await tip.innerText();
      if (want.every((w) => text.includes(w))) return { x, y };
    }
  }
  return null;
}

for (const how of ['served', 'file']) {
  test(`${how}: a click on the timeline opens the details with the evidence highlighted`, async () => {
    const { page, errors } = await open(browser.context, t[how]);
    await ready(page);
    const at = await findMark(page, '2017-12-15', ['15 Dec 2017', 'negotiation']);
    assert.ok(at, 'the 15 December 2017 negotiation is drawn where its day is');
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('.details.open mark.evidence');
    const evidence = await page.$$eval('.details mark.evidence', (ms) => ms.map((m) => m.textContent).join(' '));
    assert.match(evidence, /15 December, 2017/);
    assert.match(await page.innerText('.details dd.kind'), /negotiation/);
    assert.match(await page.innerText('.details dd.when'), /as written: “15 December, 2017”/);
    // Recognised names and dates are marked in the document.
    assert.ok(await page.locator('.details .doc-text .m-region').count() > 0);
    assert.ok(await page.locator('.details .doc-text .m-date').count() > 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${how}: brushing 2018 on the axis leaves only 2018 events on the map and in the list`, async () => {
    const { page, errors } = await open(browser.context, t[how]);
    await ready(page);
    const v = await view(page);
    const y = v.box.y + v.axisTop + 14;
    await page.mouse.move(v.x(dayOf('2018-01-01')) + 0.5, y);
    await page.mouse.down();
    await page.mouse.move(v.x(dayOf('2018-07-01')), y, { steps: 5 });
    await page.mouse.move(v.x(dayOf('2019-01-01')) - 0.5, y, { steps: 5 });
    await page.mouse.up();
    const range = await page.innerText('.tl-bar .range');
    assert.match(range, /^2018-01-0\d – 2018-12-3\d$/, range);
    const listed = await rows(page);
    assert.ok(listed.length > 0);
    for (const r of listed) assert.match(r.date, /2018/, `${r.id} ${r.date}`);
    // The map counts exactly the listed events per region.
    const counts = {};
    for (const r of listed) for (const name of [r.ru, r.cn]) counts[name] = (counts[name] || 0) + 1;
    const labels = await page.$$eval('svg.map path[data-region][aria-label]', (ps) => ps.map((p) => p.getAttribute('aria-label')));
    const mapCounts = Object.fromEntries(labels.map((l) => { const m = l.match(/^(.*): (\d+) events?$/); return [m[1], Number(m[2])]; }));
    assert.deepEqual(mapCounts, counts);
    // Clear resets.
    await page.click('.tl-bar .clear-range');
    assert.equal(await page.innerText('.tl-bar .range'), 'all dates');
    assert.ok((await rows(page)).length > listed.length);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${how}: filters and search narrow the list and every view agrees`, async () => {
    const { page, errors } = await open(browser.context, t[how]);
    await ready(page);
    const all = await rows(page);
    const chip = page.locator('button[data-facet="kind"][data-value="negotiation"]');
    const n = Number(await chip.locator('.n').innerText());
    await chip.click();
    const neg = await rows(page);
    assert.equal(neg.length, n);
    assert.ok(neg.length < all.length && neg.every((r) => r.kind === 'negotiation'));
    await chip.click();
    await page.fill('input.search', 'krasnoyarsk');
    const found = await rows(page);
    assert.ok(found.length > 0 && found.length < all.length);
    assert.ok(found.every((r) => r.ru.includes('Krasnoyarsk')), JSON.stringify(found));
    await page.selectOption('select[data-facet="ru"]', 'RU-KYA');
    assert.equal((await rows(page)).length, found.length);
    await page.click('button.reset-all');
    assert.equal((await rows(page)).length, all.length);
    assert.equal(await page.inputValue('input.search'), '');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${how}: a copied link restores the selection, filters and language; Back steps back`, async () => {
    const { page } = await open(browser.context, t[how]);
    await ready(page);
    const first = (await rows(page))[1];
    await page.click(`tr[data-event="${first.id}"] button.open`);
    await page.click('button[data-facet="status"][data-value="planned"]');
    await page.click('button[data-lang="ru"]');
    // History writes are batched over a quarter second (browsers throttle them).
    await page.waitForFunction(() => location.hash.includes('status=planned') && location.hash.includes('l=ru'));
    const url = page.url();
    assert.match(url, /#.*e=/);
    const second = await browser.context.newPage();
    await second.goto(url);
    await ready(second);
    await second.waitForSelector('.details.open');
    assert.equal(await second.getAttribute('tr[aria-selected="true"]', 'data-event'), first.id);
    assert.equal(await second.getAttribute('button[data-facet="status"][data-value="planned"]', 'aria-pressed'), 'true');
    assert.equal(await second.getAttribute('button[data-lang="ru"]', 'aria-pressed'), 'true');
    // Back and forward step through selections.
    const other = (await rows(second)).find((r) => r.id !== first.id);
    await second.click(`tr[data-event="${other.id}"] button.open`);
    await second.goBack();
    await second.waitForFunction((id) => document.querySelector('tr[aria-selected="true"]')?.dataset.event === id, first.id);
    await second.close();
    await page.close();
  });

  test(`${how}: Russian and Chinese names`, async () => {
    const { page } = await open(browser.context, t[how]);
    await ready(page);
    await page.click('button[data-lang="ru"]');
    assert.match(await page.innerText('table.events'), /Амурская область/);
    await page.click('button[data-lang="zh"]');
    assert.match(await page.innerText('table.events'), /辽宁省/);
    assert.match(await page.innerText('.timeline'), /日期不详/);
    await page.close();
  });

  test(`${how}: keyboard only, Tab to the timeline, arrows to the next event, Enter opens it`, async () => {
    const { page } = await open(browser.context, t[how]);
    await ready(page);
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('tl-plot'));
    }
    assert.ok(reached, 'Tab reaches the timeline');
    const order = (await rows(page)).map((r) => r.id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const said = await page.innerText('.timeline .tl-now');
    assert.ok(said.length > 0, 'the step is announced');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.details.open');
    assert.equal(await page.getAttribute('tr[aria-selected="true"]', 'data-event'), order[1]);
    await page.close();
  });
}

test('375 px: a stacked layout with no horizontal overflow', async () => {
  const small = await launch({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  try {
    const { page, errors } = await open(small.context, t.served);
    await ready(page);
    await page.click('tr[data-event] button.open');
    await page.waitForSelector('.details.open');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    await page.screenshot({ path: `${OUT}/timeline-375.png`, fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await small.close();
  }
});
