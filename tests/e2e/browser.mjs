// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core, a fresh profile
// per launch, no network but loopback, and a record of every request and console error of a page.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { ARGS, CHROMIUM } from '../../scripts/chromium.cjs';

export const DIST = resolve(process.env.EXCHANGE_ATLAS_DIST || 'dist');
export const OUT = resolve('tests/e2e/out');
mkdirSync(OUT, { recursive: true });

export { ARGS };

/** A browser context on a fresh profile; `close()` removes the profile. */
export async function launch(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  return { context, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Opens `url` in a new page, recording requests and console errors. */
export async function open(context, url) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, requests, errors };
}

/** The served dist/ and the single file: the two ways the atlas is opened. */
export async function targets() {
  const { server, url } = await serve(DIST, { port: 0 });
  return {
    served: url,
    file: pathToFileURL(join(DIST, 'exchange-atlas.html')).href,
    stop: () => new Promise((ok) => server.close(ok)),
  };
}
