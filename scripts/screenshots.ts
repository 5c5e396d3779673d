// `npm run screenshots [outDir]`: serves dist/ and saves PNGs of every story step at 390×844 and
// 1280×800 (JS on), plus the top of the page with JS off, for a person to look at before shipping.
import { preview } from 'astro';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/browser/browser.ts';

const out = process.argv[2] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
const url = `http://127.0.0.1:${server.port}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }], ['zoom200', { width: 640, height: 400 }]] as const) {
  for (const [scheme, js] of [['light', true], ['dark', true], ['nojs', false]] as const) {
    const page = await browser.newPage({ viewport, javaScriptEnabled: js, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
    await page.goto(url);
    await page.screenshot({ path: `${out}/${name}-${scheme}-top.png` });
    if (scheme !== 'light') {
      await page.close();
      continue;
    }
    const steps = await page.$$eval('[data-step]', (els) => els.map((e) => `${e.closest('.chapter')!.id}#${e.id}`));
    for (const key of steps) {
      const id = key.split('#')[1];
      await page.evaluate((stepId) => {
        const el = document.getElementById(stepId)!;
        window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.6 + 20);
      }, id);
      await page.waitForTimeout(900);
      await page.screenshot({ path: `${out}/${name}-${key.replace('#', '--')}.png` });
    }
    await page.close();
  }
}
await browser.close();
await server.stop();
console.log(`Screenshots in ${out}/`);
