// Screenshots of the served atlas at 1280×800 and 375×812 (docs/ and tests/e2e/out/), for looking
// at before a release: `node scripts/screenshots.mjs [hash]` after `bash scripts/build.sh`.
import { launch, open, targets, OUT } from '../tests/e2e/browser.mjs';
import { join } from 'node:path';

const hash = process.argv[2] || '';
const t = await targets();
try {
  for (const [w, h, name] of [[1280, 800, 'atlas-1280'], [375, 812, 'atlas-375']]) {
    const b = await launch({ viewport: { width: w, height: h } });
    try {
      const { page, errors } = await open(b.context, t.served + hash);
      await page.waitForSelector('.timeline canvas');
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(name, 'horizontal overflow px:', overflow, 'console errors:', errors.length, errors.slice(0, 3));
    } finally {
      await b.close();
    }
  }
} finally {
  await t.stop();
}
