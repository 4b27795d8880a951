// The map, served and from file://: every Russian and Chinese region drawn, regions and arcs select
// events in the table, Esc clears, zoom changes only the zoom group's transform, no console errors.
// Saves tests/e2e/out/map-1280.png (1280×800) and map-375.png (375×812).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, targets, OUT } from './browser.mjs';

let t, browser;
before(async () => { t = await targets(); browser = await launch(); });
after(async () => { await browser?.close(); await t?.stop(); });

const rows = (page) => page.$$eval('table.events tbody tr', (trs) => trs.map((tr) => ({
  id: tr.dataset.event, ru: tr.querySelector('td.ru').innerText, cn: tr.querySelector('td.cn').innerText,
})));

/** A screen point on `selector` that is really that element's (not covered by an arc, a label, a place). */
async function pointOn(page, selector) {
  const p = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const svg = el.ownerSVGElement;
    const box = el.getBBox();
    const m = el.getScreenCTM();
    const pt = svg.createSVGPoint();
    for (let j = 1; j < 16; j++) {
      for (let i = 1; i < 16; i++) {
        pt.x = box.x + (box.width * i) / 16;
        pt.y = box.y + (box.height * j) / 16;
        if (!el.isPointInFill(pt)) continue;
        const s = pt.matrixTransform(m);
        const hit = document.elementFromPoint(s.x, s.y);
        if (hit && (hit === el || hit.closest(sel) === el)) return { x: s.x, y: s.y };
      }
    }
    return null;
  }, selector);
  assert.ok(p, `a visible point on ${selector}`);
  return p;
}

/**
 * An arc's own curve: the subpath of the batched line path that names `pair` in `data-pairs`, as a
 * detached path element in the same group (so it has the same transform).
 */
async function arcCurve(page, pair) {
  return page.evaluate((pair) => {
    const line = [...document.querySelectorAll('svg.map .arc-lines path.line')].find((l) => l.dataset.pairs.split(' ').includes(pair));
    if (!line) return null;
    const i = line.dataset.pairs.split(' ').indexOf(pair);
    const d = 'M' + line.getAttribute('d').split('M').filter(Boolean)[i];
    return { d, width: Number(line.getAttribute('stroke-width')), cls: line.getAttribute('class'), drawn: line.dataset.pairs.split(' ').filter((p) => p === pair).length };
  }, pair);
}

/** The screen point of an arc's curve at `t` (0 = Russian end, 1 = Chinese end), and in map units. */
function arcPoint(page, pair, at) {
  return page.evaluate(([pair, at]) => {
    const line = [...document.querySelectorAll('svg.map .arc-lines path.line')].find((l) => l.dataset.pairs.split(' ').includes(pair));
    const i = line.dataset.pairs.split(' ').indexOf(pair);
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    probe.setAttribute('d', 'M' + line.getAttribute('d').split('M').filter(Boolean)[i]);
    line.parentNode.append(probe);
    const p = probe.getPointAtLength(probe.getTotalLength() * at);
    const s = new DOMPoint(p.x, p.y).matrixTransform(probe.getScreenCTM());
    probe.remove();
    return { x: s.x, y: s.y, mx: p.x, my: p.y };
  }, [pair, at]);
}

for (const how of ['served', 'file']) {
  test(`${how}: the map draws the regions and selects events`, async () => {
    const { page, errors } = await open(browser.context, t[how]);
    await page.waitForSelector('svg.map path[data-region]');
    await page.waitForSelector('table.events tbody tr');

    // Every region of Russia (83) and China (34 ISO codes, Taiwan drawn as disputed), the disputed
    // areas marked, context countries drawn.
    const codes = await page.$$eval('svg.map path[data-region]', (ps) => ps.map((p) => p.dataset.region));
    assert.equal(codes.filter((c) => /^(RU|CN)-/.test(c)).length, 117);
    assert.equal(codes.filter((c) => c.startsWith('RU-')).length, 83);
    assert.equal(codes.filter((c) => c.startsWith('CN-')).length, 34);
    assert.equal(await page.getAttribute('svg.map', 'data-regions'), '117');
    const disputed = await page.$$eval('svg.map path.region.disputed', (ps) => ps.map((p) => p.dataset.region).sort());
    assert.deepEqual(disputed, ['CN-TW', 'UA-40', 'UA-43']);
    assert.equal(await page.locator('svg.map path.context').count(), 5);
    assert.equal(await page.locator('svg.map path.border').count(), 2);

    // Regions with events are coloured, reachable by Tab and named with their count.
    const amur = 'svg.map path[data-region="RU-AMU"]';
    assert.match(await page.getAttribute(amur, 'class'), /\bq[1-4]\b/);
    assert.equal(await page.getAttribute(amur, 'tabindex'), '0');
    assert.match(await page.getAttribute(amur, 'aria-label'), /^Amur Oblast: \d+ events?$/);
    assert.match(await page.getAttribute('svg.map path[data-region="RU-MOW"]', 'class'), /\bq0\b/);
    assert.equal(await page.getAttribute('svg.map path[data-region="RU-MOW"]', 'tabindex'), null);
    assert.match(await page.locator('.legend').innerText(), /Events involving the region/);

    // An arc joins Krasnoyarsk Krai and Inner Mongolia: drawn once, as a subpath of one of the
    // batched line paths, with a width; it starts in one region and ends in the other.
    const curve = await arcCurve(page, 'RU-KYA|CN-NM');
    assert.ok(curve, 'a line path names RU-KYA|CN-NM');
    assert.equal(curve.drawn, 1, 'the arc is drawn once');
    assert.ok(curve.width > 0, 'the arc has a width');
    const ends = await page.evaluate(([a, b]) => {
      const inside = (code, p) => document.querySelector(`path[data-region="${code}"]`).isPointInFill(new DOMPoint(p.mx, p.my));
      return { start: inside('RU-KYA', a), end: inside('CN-NM', b) };
    }, [await arcPoint(page, 'RU-KYA|CN-NM', 0), await arcPoint(page, 'RU-KYA|CN-NM', 1)]);
    assert.deepEqual([ends.start, ends.end], [true, true], 'the arc runs from RU-KYA to CN-NM');
    assert.ok(await page.locator('svg.map g.place:not(.off)').count() >= 1, 'event places are marked');

    // Hover: the region's names in three languages and its count.
    const all = await rows(page);
    const amurRows = all.filter((r) => r.ru.includes('Amur Oblast'));
    assert.ok(amurRows.length > 0 && amurRows.length < all.length);
    const p = await pointOn(page, amur);
    await page.mouse.move(p.x, p.y);
    const tip = page.locator('.tooltip.shown');
    await tip.waitFor();
    const tipText = await tip.innerText();
    for (const s of ['Amur Oblast', 'Амурская область', '阿穆尔州', `${amurRows.length} event`]) assert.ok(tipText.includes(s), `tooltip has ${s}`);

    // Click Amur Oblast: only its events are listed, the region is ringed.
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length === n, amurRows.length);
    const shown = await rows(page);
    assert.deepEqual(shown.map((r) => r.id), amurRows.map((r) => r.id));
    assert.ok(shown.every((r) => r.ru.includes('Amur Oblast')));
    assert.ok((await page.getAttribute('svg.map path.sel-ring', 'd')).length > 10, 'the selected region is outlined');
    assert.equal(await page.getAttribute(amur, 'aria-pressed'), 'true');
    assert.match(await page.locator('table.events caption').innerText(), /involving Amur Oblast/);

    // Esc clears.
    await page.keyboard.press('Escape');
    await page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length === n, all.length);
    assert.equal(await page.getAttribute('svg.map path.sel-ring', 'd'), '');

    // Click the arc: the events between the pair.
    const pairRows = all.filter((r) => r.ru.includes('Krasnoyarsk Krai') && r.cn.includes('Inner Mongolia'));
    assert.ok(pairRows.length > 0);
    const mid = await arcPoint(page, 'RU-KYA|CN-NM', 0.5);
    // Hovering it names the pair and points.
    await page.mouse.move(mid.x, mid.y);
    await page.locator('.tooltip.shown').waitFor();
    assert.match(await page.locator('.tooltip.shown').innerText(), /Krasnoyarsk Krai — Inner Mongolia/);
    assert.match(await page.getAttribute('svg.map', 'class'), /\bon-arc\b/);
    assert.ok((await page.getAttribute('svg.map path.arc-hover', 'd')).length > 10, 'the hovered arc is drawn over the others');
    await page.mouse.click(mid.x, mid.y);
    await page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length === n, pairRows.length);
    assert.deepEqual((await rows(page)).map((r) => r.id), pairRows.map((r) => r.id));
    assert.match((await arcCurve(page, 'RU-KYA|CN-NM')).cls, /\bselected\b/);

    // A click on the sea clears.
    const box = await page.locator('svg.map').boundingBox();
    const sea = await page.evaluate(({ x, y, w, h }) => {
      for (let j = 1; j < 20; j++) for (let i = 1; i < 20; i++) {
        const px = x + (w * i) / 20, py = y + (h * j) / 20;
        const el = document.elementFromPoint(px, py);
        if (el && el.classList.contains('sea')) return { x: px, y: py };
      }
      return null;
    }, { x: box.x, y: box.y, w: box.width, h: box.height });
    assert.ok(sea, 'some sea is visible');
    await page.mouse.click(sea.x, sea.y);
    await page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length === n, all.length);

    // Keyboard: Tab reaches a region (ringed), Enter selects it.
    await page.focus('svg.map');
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.dataset?.region === 'RU-AMU')); i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement.dataset.region), 'RU-AMU', 'Tab reaches Amur Oblast');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length === n, amurRows.length);
    assert.ok((await page.getAttribute('svg.map path.focus-ring', 'd')).length > 10, 'the focused region is ringed');
    await page.keyboard.press('Escape');
    await page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length === n, all.length);

    // Zoom: the + button changes the zoom group's transform and nothing else; reset restores it.
    const zoom = page.locator('svg.map g.zoom');
    const before = await zoom.getAttribute('transform');
    const d0 = await page.getAttribute(amur, 'd');
    await page.evaluate(() => { window.__firstPath = document.querySelector('svg.map path[data-region]'); });
    await page.click('.zoom-buttons .zoom-in');
    await page.waitForFunction((b) => document.querySelector('svg.map g.zoom').getAttribute('transform') !== b, before);
    const after = await zoom.getAttribute('transform');
    const scale = (s) => Number(/scale\(([\d.]+)\)/.exec(s)[1]);
    assert.ok(scale(after) > scale(before) * 1.2, `zoomed in: ${before} → ${after}`);
    assert.equal(await page.getAttribute(amur, 'd'), d0, 'paths are not rebuilt');
    assert.ok(await page.evaluate(() => window.__firstPath === document.querySelector('svg.map path[data-region]')), 'same path nodes');
    await page.click('.zoom-buttons .zoom-out');
    await page.click('.zoom-buttons .zoom-reset');
    await page.waitForFunction((b) => document.querySelector('svg.map g.zoom').getAttribute('transform') === b, before);

    // Keys: + zooms in, arrows pan, 0 resets; a double-click zooms in at the pointer.
    await page.focus('svg.map');
    await page.keyboard.press('+');
    await page.waitForFunction((b) => document.querySelector('svg.map g.zoom').getAttribute('transform') !== b, before);
    assert.ok(scale(await zoom.getAttribute('transform')) > scale(before) * 1.2, 'the + key zooms in');
    const zoomed = await zoom.getAttribute('transform');
    await page.keyboard.press('ArrowLeft');
    assert.notEqual(await zoom.getAttribute('transform'), zoomed, 'an arrow pans');
    await page.keyboard.press('0');
    await page.waitForFunction((b) => document.querySelector('svg.map g.zoom').getAttribute('transform') === b, before);
    await page.mouse.dblclick(sea.x, sea.y);
    await page.waitForFunction((b) => document.querySelector('svg.map g.zoom').getAttribute('transform') !== b, before);
    assert.ok(scale(await zoom.getAttribute('transform')) > scale(before) * 1.5, 'a double-click zooms in');
    await page.click('.zoom-buttons .zoom-reset');
    await page.waitForFunction((b) => document.querySelector('svg.map g.zoom').getAttribute('transform') === b, before);

    // The wheel zooms too, and the page does not scroll.
    const c = await page.locator('svg.map').boundingBox();
    await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
    const y0 = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((b) => document.querySelector('svg.map g.zoom').getAttribute('transform') !== b, before);
    assert.equal(await page.evaluate(() => window.scrollY), y0, 'the wheel does not scroll the page');
    await page.keyboard.press('Escape');

    // A drag pans by as much as the pointer moved, and the click that ends it selects nothing.
    await page.click('.zoom-buttons .zoom-reset');
    await page.waitForFunction((b) => document.querySelector('svg.map g.zoom').getAttribute('transform') === b, before);
    const shift = (s) => /translate\(([-\d.]+) ([-\d.]+)\)/.exec(s).slice(1).map(Number);
    await page.mouse.move(sea.x, sea.y);
    await page.mouse.down();
    await page.mouse.move(sea.x + 60, sea.y + 30, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction((b) => document.querySelector('svg.map g.zoom').getAttribute('transform') !== b, before);
    const [x0, y0b] = shift(before);
    const [x1, y1] = shift(await zoom.getAttribute('transform'));
    assert.ok(Math.abs(x1 - x0 - 60) < 2 && Math.abs(y1 - y0b - 30) < 2, `panned by the drag: ${before} → ${await zoom.getAttribute('transform')}`);
    assert.equal((await rows(page)).length, all.length, 'the drag selected nothing');
    await page.click('.zoom-buttons .zoom-reset');

    // The attribution stays visible.
    assert.match(await page.locator('footer').innerText(), /Natural Earth.*GeoNames/);
    assert.deepEqual(errors, [], 'no console errors');

    if (how === 'served') {
      await page.click('.zoom-buttons .zoom-reset');
      await page.evaluate(() => document.activeElement.blur());
      await page.mouse.move(0, 0);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${OUT}/map-1280.png` });
      await page.setViewportSize({ width: 375, height: 812 });
      await page.waitForTimeout(300);
      await page.click('.zoom-buttons .zoom-reset');
      await page.evaluate(() => document.activeElement.blur());
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, 'nothing overflows at 375 px');
      await page.screenshot({ path: `${OUT}/map-375.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await page.close();
  });
}

// Colours as rendered, in both themes: every class with events is at least 3:1 against the region
// edges that separate neighbours and against "no events", and the classes are ordered in lightness
// (greyscale keeps their order), each step at least 1.4:1 from the next.
test('the choropleth keeps 3:1 against its neighbours and reads in greyscale, in both themes', async () => {
  const { page, errors } = await open(browser.context, t.served);
  await page.waitForSelector('svg.map path[data-region]');
  for (const theme of ['light', 'dark']) {
    await page.evaluate((th) => document.querySelector('.atlas').setAttribute('data-theme', th), theme);
    const { classes, edge, width } = await page.evaluate(() => {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      const g = document.querySelector('svg.map g.regions');
      const fills = [];
      for (let q = 0; q <= 4; q++) {
        probe.setAttribute('class', `region ru q${q}`);
        g.appendChild(probe);
        fills.push(getComputedStyle(probe).fill);
      }
      const s = getComputedStyle(probe);
      const out = { classes: fills, edge: s.stroke, width: parseFloat(s.strokeWidth) };
      probe.remove();
      return out;
    });
    const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const lum = (c) => {
      const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    assert.ok(width >= 0.8, `${theme}: region edges are drawn (${width}px)`);
    for (let q = 1; q <= 4; q++) {
      assert.ok(ratio(classes[q], edge) >= 3, `${theme}: q${q} ${classes[q]} against the edge ${edge}: ${ratio(classes[q], edge).toFixed(2)}`);
      assert.ok(ratio(classes[q], classes[0]) >= 3, `${theme}: q${q} against no events: ${ratio(classes[q], classes[0]).toFixed(2)}`);
    }
    const l = classes.slice(1).map(lum);
    const dir = Math.sign(l[3] - l[0]);
    for (let q = 0; q < 3; q++) {
      assert.equal(Math.sign(l[q + 1] - l[q]), dir, `${theme}: lightness is monotone`);
      assert.ok(ratio(classes[q + 1], classes[q + 2]) >= 1.4, `${theme}: q${q + 1}/q${q + 2} tell apart in grey: ${ratio(classes[q + 1], classes[q + 2]).toFixed(2)}`);
    }
  }
  assert.deepEqual(errors, []);
  await page.close();
});
