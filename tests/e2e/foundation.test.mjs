// The atlas of seeds/ opens both served and from file://, lists the seeds' events with their regions
// named, talks to no other host (file://: makes no request at all), and logs no errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, targets, OUT } from './browser.mjs';

let t, browser;
before(async () => { t = await targets(); browser = await launch(); });
after(async () => { await browser?.close(); await t?.stop(); });

for (const how of ['served', 'file']) {
  test(`${how}: the list shows the events of both seeds with regions named`, async () => {
    const url = t[how];
    const { page, requests, errors } = await open(browser.context, url);
    await page.waitForSelector('table.events tbody tr');
    const rows = await page.$$eval('table.events tbody tr', (trs) => trs.map((tr) => ({
      id: tr.dataset.event, text: tr.innerText,
    })));
    const docs = new Set(rows.map((r) => r.id.split('#')[0]));
    assert.ok(docs.has('000_120bf9fbc44ae66b'), 'events of the first seed');
    assert.ok(docs.has('002_ce5cc907ded24711'), 'events of the second seed');
    const text = rows.map((r) => r.text).join('\n');
    for (const name of ['Krasnoyarsk Krai', 'Inner Mongolia', 'Amur Oblast', 'Liaoning', 'Jilin']) {
      assert.ok(text.includes(name), `region named: ${name}`);
    }
    assert.ok(!/\b(RU|CN)-[A-Z]{2,3}\b/.test(text), 'regions appear as names, not codes');
    await page.screenshot({ path: `${OUT}/foundation-${how}.png`, fullPage: true });
    if (how === 'file') {
      assert.deepEqual(requests.filter((r) => r !== url), [], 'file:// makes no request beyond the file');
    } else {
      const origin = new URL(url).origin;
      assert.deepEqual(requests.filter((r) => new URL(r).origin !== origin), [], 'no request to another host');
    }
    assert.deepEqual(errors, [], 'no console errors');
    await page.close();
  });
}
