/**
 * Takes the README's screenshots of a built site served on localhost:
 * `npx tsx scripts/screenshots.ts http://localhost:4321 docs/`.
 * Light and dark, home and an article, desktop and phone widths; the Russian
 * home, a Kazakh leader page and the Russian search page with its results over
 * time, light.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/browser';

const [origin = 'http://localhost:4321', outDir = 'docs'] = process.argv.slice(2);
const ARTICLE = '/articles/2021/05/head-of-state-had-telephone-talk-with-tajik-president/';

const browser = await launchBrowser();
mkdirSync(outDir, { recursive: true });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const [name, url, width, height] of [
    ['home', '/', 1280, 900],
    ['article', ARTICLE, 1280, 1100],
    ['article-phone', ARTICLE, 360, 1100],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme });
    await page.goto(new URL(url, origin).href, { waitUntil: 'networkidle' });
    const file = path.join(outDir, `${name}-${colorScheme}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
}
for (const [name, url, width, height] of [
  ['home-ru', '/ru/', 1280, 900],
  ['leader-kk', '/kk/leaders/kassym-jomart-tokayev/', 1280, 1000],
  ['search-ru', '/ru/search/?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2', 1280, 1000],
] as const) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(new URL(url, origin).href, { waitUntil: 'networkidle' });
  if (name.startsWith('search')) {
    await page.locator('archive-search[data-ready]:not([aria-busy])').waitFor();
    // Results over time: its box opened, and its figures drawn.
    const timeline = page.locator('search-timeline details');
    if ((await timeline.count()) > 0) {
      await timeline.locator('summary').click();
      await page.locator('search-timeline table tbody tr').first().waitFor();
    }
  }
  const file = path.join(outDir, `${name}-light.png`);
  await page.screenshot({ path: file });
  console.log(file);
  await page.close();
}
await browser.close();
