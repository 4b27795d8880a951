// Helpers for the embedding tests: serve dist/ together with the test pages of tests/e2e/pages/ (and
// pages a test writes) from one temporary folder, so the pages load the module from their own origin
// like a host site would; and read the atlases inside their shadow roots.
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { DIST } from './browser.mjs';

export const PAGES = resolve('tests/e2e/pages');

/** Serves dist/ + tests/e2e/pages/ + `files` ({path: text}); `csp` sends the strict CSP header. */
export async function servePages({ csp = false, files = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pages-'));
  cpSync(DIST, dir, { recursive: true });
  cpSync(PAGES, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { server, url } = await serve(dir, { port: 0, csp });
  return {
    url, dir,
    stop: () => new Promise((ok) => server.close(() => { rmSync(dir, { recursive: true, force: true }); ok(); })),
  };
}

/** A minimal host page around `body`, loading the module. */
export const hostPage = (body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="favicon.svg" type="image/svg+xml">${head}</head>
<body>${body}
<script type="module" src="exchange-atlas.js"></script>
</body></html>`;

/** Waits until the atlas in `host`'s shadow root has drawn its map and its table. */
export async function waitForAtlas(page, host, timeout = 30000) {
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    return !!root && root.querySelectorAll('svg.map path[data-region]').length > 100
      && root.querySelectorAll('table.events tbody tr[data-event]').length > 0;
  }, host, { timeout });
}

/** Waits until `host` shows an error message; returns its text. */
export async function waitForError(page, host) {
  await page.waitForFunction((sel) => !!document.querySelector(sel)?.shadowRoot?.querySelector('.atlas-error [role=alert]'), host);
  return page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.atlas-error [role=alert]').textContent, host);
}

/** Event ids of the table rows in `host`'s atlas. */
export const rowIds = (page, host) => page.evaluate((sel) =>
  [...document.querySelector(sel).shadowRoot.querySelectorAll('table.events tbody tr[data-event]')].map((tr) => tr.dataset.event), host);

/** Waits until `host`'s table has `n` rows. */
export const waitForRows = (page, host, n) => page.waitForFunction(({ sel, n }) =>
  document.querySelector(sel)?.shadowRoot?.querySelectorAll('table.events tbody tr[data-event]').length === n, { sel: host, n });

/** Starts recording the `exchange-atlas:*` events that reach `host` in window.__events. */
export const recordEvents = (page, host) => page.evaluate((sel) => {
  window.__events ??= [];
  const el = document.querySelector(sel);
  for (const name of ['select', 'filter', 'render', 'error']) {
    el.addEventListener(`exchange-atlas:${name}`, (e) => window.__events.push({ host: sel, type: e.type, detail: e.detail, target: e.target === el }));
  }
}, host);

export const takeEvents = (page) => page.evaluate(() => window.__events.splice(0));

/** A screen point where `selector` inside `host`'s shadow root is the topmost element. */
export async function pointOn(page, host, selector) {
  await page.evaluate(({ host, selector }) => document.querySelector(host).shadowRoot.querySelector(selector).scrollIntoView({ block: 'center' }), { host, selector });
  return page.evaluate(({ host, selector }) => {
    const root = document.querySelector(host).shadowRoot;
    const el = root.querySelector(selector);
    const box = el.getBBox();
    const m = el.getScreenCTM();
    const pt = el.ownerSVGElement.createSVGPoint();
    for (let j = 1; j < 16; j++) {
      for (let i = 1; i < 16; i++) {
        pt.x = box.x + (box.width * i) / 16;
        pt.y = box.y + (box.height * j) / 16;
        if (!el.isPointInFill(pt)) continue;
        const s = pt.matrixTransform(m);
        if (root.elementFromPoint(s.x, s.y) === el) return { x: s.x, y: s.y };
      }
    }
    return null;
  }, { host, selector });
}
