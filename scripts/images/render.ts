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
import { cardHtml, type CardContent } from './card.ts';
import { CARD_WIDTH, CARD_HEIGHT, STORY_CARD_PICTURE, storyCardFile, sceneCardFile, touchIconFile } from '../../src/lib/social-card.ts';

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
const titles = new Map<string, string>();
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
    titles.set(id, (await page.locator('h1').first().textContent())!.trim());
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
  await drawSocialCards(`http://127.0.0.1:${server.port}${base}`);
} finally {
  await browser.close();
  await server.stop();
}
/** The story's social card and each scene's (src/lib/social-card.ts), and the home-screen icon. */
async function drawSocialCards(site: string) {
  const card = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, colorScheme: 'light' });
  await card.goto(`${site}?theme=light`);
  const story = await card.evaluate(() => ({
    title: document.querySelector('h1')!.textContent!.trim(),
    dek: document.querySelector('.dek')!.textContent!.replace(/\s+/g, ' ').trim(),
    // The site's CSS is inlined in each page (astro.config.mjs), so the card takes it from the page's <style>s.
    css: [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n'),
  }));
  if (!story.css.includes('--paper')) throw new Error('social cards: the story page has no inline CSS with the colour tokens (--paper)');
  // The card's HTML is served from the site's own origin (so its fonts and pictures load) but never written to dist/.
  const cardUrl = `${site}__social-card__`;
  let html = '';
  await card.route(cardUrl, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const draw = async (content: Omit<CardContent, 'css'>, file: string) => {
    html = cardHtml({ ...content, css: story.css });
    await card.goto(cardUrl, { waitUntil: 'load' });
    await card.evaluate(() => document.fonts.ready);
    await card.screenshot({ path: join(dist, file) });
  };
  const { sceneId, step } = STORY_CARD_PICTURE;
  await draw({ kicker: 'Explainer', title: story.title, dek: story.dek, picture: `${site}images/${sceneId}/step-${step}.png` }, storyCardFile);
  for (const id of sceneIds) await draw({ kicker: story.title, title: titles.get(id)!, picture: `${site}images/${id}/step-1.png` }, sceneCardFile(id));
  await card.setViewportSize({ width: 180, height: 180 });
  await card.goto(`${site}favicon.svg`);
  await card.screenshot({ path: join(dist, touchIconFile) });
  await card.close();
}

console.log(`scripts/images: ${count} steps of ${sceneIds.length} scenes drawn as PNG and SVG, with social cards, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (!existsSync(join(dist, 'images'))) process.exit(1);
