// Isolation and offline use: a host page with hostile global CSS renders the atlas as a clean page
// does (computed styles and a pixel comparison) and the widget's CSS does not leak into the host;
// the served dist/ works under the strict CSP with no violation; the single file works from file://
// with the network disabled and makes no request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launch, open, DIST, OUT } from './browser.mjs';
import { servePages, hostPage, waitForAtlas } from './embed-helpers.mjs';

let site, strict, browser;
before(async () => {
  const files = { 'data-src.html': hostPage('<exchange-atlas id="a" data-src="data/corpus.json" lang="ru" theme="dark"></exchange-atlas>') };
  site = await servePages({ files });
  strict = await servePages({ csp: true, files });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.stop(); await strict?.stop(); });

/** Computed styles and boxes of the widget's parts, relative to the host element. */
const look = (page) => page.evaluate(() => {
  const host = document.getElementById('a');
  const root = host.shadowRoot;
  const h = host.getBoundingClientRect();
  const part = (sel) => {
    const el = root.querySelector(sel);
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return [sel, s.display, s.fontSize, s.fontFamily, s.boxSizing, Math.round(r.x - h.x), Math.round(r.y - h.y), Math.round(r.width), Math.round(r.height)].join(' ');
  };
  return ['.atlas', '.atlas header', '.atlas h1', '.langs', '.langs button', 'svg.map', 'svg.map g.zoom', '.zoom-buttons',
    '.legend', 'table.events', 'table.events td', 'footer'].map(part);
});

/** Fraction of pixels that differ (any channel by more than 24) between two PNG screenshots. */
async function pixelDiff(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const load = async (b64) => createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const [x, y] = await Promise.all([load(a), load(b)]);
    if (x.width !== y.width || x.height !== y.height) return 1;
    const px = (img) => {
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, img.width, img.height).data;
    };
    const [p, q] = [px(x), px(y)];
    let diff = 0;
    for (let i = 0; i < p.length; i += 4) {
      if (Math.abs(p[i] - q[i]) > 24 || Math.abs(p[i + 1] - q[i + 1]) > 24 || Math.abs(p[i + 2] - q[i + 2]) > 24) diff++;
    }
    return diff / (p.length / 4);
  }, [a.toString('base64'), b.toString('base64')]);
}

test('hostile global CSS does not change the widget, and the widget CSS does not leak', async () => {
  const shots = {}, looks = {};
  for (const name of ['clean', 'hostile']) {
    const { page, errors } = await open(browser.context, site.url + `${name}.html`);
    await waitForAtlas(page, '#a');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(150);
    looks[name] = await look(page);
    shots[name] = await page.locator('#a').screenshot({ path: `${OUT}/embed-${name}.png` });
    // The host's own rules still apply to the host (so the hostile page really is hostile)…
    const hostFont = await page.evaluate(() => getComputedStyle(document.querySelector('p')).fontSize);
    assert.equal(hostFont, name === 'hostile' ? '30px' : '16px');
    // …and the widget's rules reach none of the host's look-alike elements.
    const probes = await page.evaluate(() => {
      const s = (id) => getComputedStyle(document.getElementById(id));
      return {
        atlasPadding: s('probe-atlas').paddingTop, atlasMaxWidth: s('probe-atlas').maxWidth,
        h1Margin: s('probe-h1').marginTop, buttonBg: s('probe-button').backgroundColor,
        tableCollapse: s('probe-table').borderCollapse, svgHeight: s('probe-svg').height,
      };
    });
    assert.equal(probes.atlasPadding, '0px');
    assert.equal(probes.atlasMaxWidth, 'none');
    assert.notEqual(probes.h1Margin, '0px');
    assert.notEqual(probes.buttonBg, 'rgb(29, 79, 145)');
    assert.equal(probes.tableCollapse, 'separate');
    assert.equal(probes.svgHeight, '10px');
    assert.deepEqual(errors, []);
    await page.close();
  }
  assert.deepEqual(looks.hostile, looks.clean, 'the same computed styles and boxes inside the widget');
  const d = await pixelDiff(browser.context.pages()[0] ?? await browser.context.newPage(), shots.clean, shots.hostile);
  assert.ok(d < 0.002, `the widget looks the same on both pages (${(d * 100).toFixed(3)} % of pixels differ)`);
});

test('the served dist/ works under the strict CSP with no violation', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const [path, hosts] of [['embed-example.html', ['#element-atlas', '#api-atlas']], ['data-src.html', ['#a']]]) {
    const res = await page.goto(strict.url + path);
    assert.match(res.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    for (const h of hosts) await waitForAtlas(page, h);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], `no CSP violation on ${path}`);
  }
  // The standalone page too.
  await page.goto(strict.url);
  await page.waitForSelector('svg.map path[data-region]');
  await page.waitForSelector('table.events tbody tr[data-event]');
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation on index.html');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the single file works from file:// with the network disabled and makes no request', async () => {
  const offline = await launch({ offline: true });
  try {
    const requests = [];
    await offline.context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
    offline.context.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(join(DIST, 'exchange-atlas.html')).href;
    const { page, errors } = await open(offline.context, url);
    await page.waitForSelector('svg.map path[data-region]');
    await page.waitForSelector('table.events tbody tr[data-event]');
    assert.ok(await page.locator('svg.map path[data-region]').count() > 100);
    assert.ok(await page.evaluate(() => !navigator.onLine), 'the browser context is offline');
    assert.deepEqual(requests.filter((r) => r !== url), [], 'no request beyond the file itself');
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await offline.close();
  }
});
