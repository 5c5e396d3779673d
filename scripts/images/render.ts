// `node scripts/images/render.ts` (run by `npm run build` after `astro build`): serves dist/ and saves a
// PNG and an SVG of every scene at every step into dist/images/<scene-id>/step-<n>.{png,svg}, from the
// embed pages, so the pictures are drawn by the same scene code as the story. Needs Chromium; without it
// the build still succeeds and says that no pictures were made.
import { preview } from 'astro';
import { mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../tests/browser/browser.ts';
import { flattenToSvg } from './flatten.ts';

const dist = join(process.cwd(), 'dist');
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
let executablePath: string;
try {
  executablePath = findChromium();
} catch (e) {
  console.warn(`scripts/images: no pictures made (${(e as Error).message.split('\n')[0]})`);
  process.exit(0);
}

const embedDir = join(dist, 'embed');
const sceneIds = readdirSync(embedDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 2, reducedMotion: 'reduce', colorScheme: 'light' });
let count = 0;
const started = Date.now();
try {
  for (const id of sceneIds) {
    const out = join(dist, 'images', id);
    mkdirSync(out, { recursive: true });
    const url = `http://127.0.0.1:${server.port}${base}embed/${id}/`;
    await page.goto(`${url}?theme=light`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.embed-scene[data-layout]');
    await page.evaluate(() => document.fonts.ready);
    // A picture has no use for the scene's own controls (buttons, sliders): leave them out.
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.embed-figure :is(button, input)').forEach((el) => (el.style.display = 'none')));
    const steps = await page.locator('[data-step]').count();
    for (let n = 1; n <= Math.max(steps, 1); n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((i) => document.querySelector('[data-scene]')?.getAttribute('data-state-step') === String(i), n - 1);
      await page.waitForTimeout(100);
      await page.locator('.embed-figure').screenshot({ path: join(out, `step-${n}.png`) });
      writeFileSync(join(out, `step-${n}.svg`), `<?xml version="1.0" encoding="UTF-8"?>\n${await page.evaluate(flattenToSvg, '.embed-figure')}\n`);
      count++;
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`scripts/images: ${count} steps of ${sceneIds.length} scenes drawn as PNG and SVG in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (!existsSync(join(dist, 'images'))) process.exit(1);
