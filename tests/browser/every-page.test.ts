// Every built page, on a phone, with its scripts run: nothing goes wrong that a reader would not see.
import { describe, it, expect, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './browser';
import { browserForFile } from './hooks';
import { htmlPages } from '../build/dist-files';
import { idProblems } from '../build/id-references';

const baseURL = inject('baseURL');
// Every HTML file in dist/ (a 404 page included, when there is one), and each embed again in its stacked
// layout, which copies server-drawn figures in the browser.
const paths = htmlPages().map((p) => p.path);
const urls = [...paths, ...paths.filter((p) => /^embed\/[\w-]+\/$/.test(p)).map((p) => `${p}?layout=stack`)];

const browser = browserForFile();
afterAll(() => {
  console.log(`every-page crawl: ${urls.length} pages (${paths.length} HTML files in dist/)`);
});

/** Scrolls down a screen at a time to the bottom, so every island that hydrates on view does. */
async function scrollToBottom(page: Page) {
  for (let i = 0; i < 200; i++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.9);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (atBottom) break;
  }
}

describe('every page at 390 × 844', () => {
  it.each(urls)('/%s: no console or page errors, CSP violations, failed or outside requests; islands hydrate; ids unique', async (url) => {
    const { page, consoleErrors, failedRequests, cspViolations } = await openPage(browser(), {
      viewport: { width: 390, height: 844 },
    });
    const origin = new URL(baseURL).origin;
    const otherOrigins: string[] = []; // stricter than openPage's foreignRequests: another port is another origin
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && new URL(r.url()).origin !== origin) otherOrigins.push(r.url());
    });
    await page.goto(`${baseURL}${url}`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    await scrollToBottom(page);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    // Soft: a failure reports every kind of problem at once.
    expect.soft(consoleErrors, 'console errors').toEqual([]);
    expect.soft(await cspViolations(), 'CSP violations').toEqual([]);
    expect.soft(failedRequests, 'failed requests').toEqual([]);
    expect.soft(otherOrigins, 'requests to other origins').toEqual([]);
    expect.soft(idProblems(await page.content()), 'ids in the live page').toEqual([]);
    await page.context().close();
  });
});
