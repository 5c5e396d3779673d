// The sub-path build (dist-base/, `npm run build:base`) in Chromium, served under its base path: the story
// loads with its scene data, an embed page steps, and an unknown address gets the 404 page, with no
// failed request, console error or CSP violation.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { preview } from 'astro';
import { fileURLToPath } from 'node:url';
import { openPage } from './browser';
import { browserForFile } from './hooks';
import { BASE_BUILD } from '../build/base-path';

const { base, outDir } = BASE_BUILD;
const browser = browserForFile();
let server: Awaited<ReturnType<typeof preview>>;
let site: string;
beforeAll(async () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  server = await preview({ root, outDir, base, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  site = `http://127.0.0.1:${server.port}${base}`;
});
afterAll(async () => {
  await server?.stop();
});

/** A watched page that also records every request that failed or was answered with an error. */
async function open() {
  const watched = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
  const failed: string[] = [];
  watched.page.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  watched.page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} (HTTP ${r.status()})`));
  return { ...watched, failed };
}

describe(`the site under ${base}`, () => {
  it('loads the story, and a chapter fetches its scene data from under the base', async () => {
    const { page, consoleErrors, foreignRequests, failed } = await open();
    const data = page.waitForResponse((r) => r.url().includes(`${base}data/scenes/`) && r.ok());
    await page.goto(site, { waitUntil: 'networkidle' });
    await page.locator('#donbas-since-2014 [data-step="1"]').scrollIntoViewIfNeeded();
    expect((await data).url()).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${base}data/scenes/[\\w-]+\\.json$`));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').textContent()).toBe('Land for Guarantees');
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]); // a CSP violation (e.g. by the JSON-LD block) would be logged here
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('steps an embed page', async () => {
    const { page, consoleErrors, failed } = await open();
    await page.goto(`${site}embed/control-timeline/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.embed-scene[data-layout]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-scene]')?.getAttribute('data-state-step') === '1');
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('answers an unknown address with the 404 page, styled, its links under the base', async () => {
    const { page, consoleErrors, failed } = await open();
    const response = await page.goto(`${site}no/such/page/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Source/);
    const links = await page.locator('main nav a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.every((p) => p.startsWith(base))).toBe(true);
    expect(failed.filter((f) => !f.includes('/no/such/page/'))).toEqual([]);
    expect(consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.context().close();
  });
});
