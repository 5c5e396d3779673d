// Presentation mode and the printable edition, for teachers (issue 9).
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, axeViolations, builtSceneIds } from './browser';

const baseURL = inject('baseURL');
const sceneIds = builtSceneIds();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stepIndex = (page: Page) => page.getAttribute('[data-scene]', 'data-state-step');

describe('presentation mode (/present/<scene-id>/)', () => {
  it('exists for every scene that has an embed', () => {
    expect(sceneIds.sort()).toEqual(builtSceneIds('embed').sort());
  });

  it('steps with the arrow keys and a clicker\'s Page Up / Page Down, Home and End', async () => {
    const { page, consoleErrors } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}present/control-timeline/`);
    await page.waitForSelector('.embed-scene[data-layout]');
    const last = String((await page.locator('[data-step]').count()) - 1);
    for (const [key, expected] of [['PageDown', '1'], ['ArrowRight', '2'], ['PageUp', '1'], ['ArrowLeft', '0'], ['ArrowLeft', '0'], ['End', last], ['PageDown', last], ['Home', '0']] as const) {
      await page.keyboard.press(key);
      expect(await stepIndex(page), key).toBe(expected);
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each(sceneIds)('%s fills a 1280×720 projector with large type and no scrolling', async (id) => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}present/${id}/`);
    await page.waitForSelector('.embed-scene[data-layout]');
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight - innerHeight,
      wide: document.documentElement.scrollWidth - innerWidth,
      stepFont: parseFloat(getComputedStyle(document.querySelector('.embed-step:not([hidden]) .step p')!).fontSize),
      figure: document.querySelector('.embed-figure')!.getBoundingClientRect().width,
    }));
    expect(layout.scroll).toBeLessThanOrEqual(0);
    expect(layout.wide).toBeLessThanOrEqual(0);
    expect(layout.stepFont).toBeGreaterThanOrEqual(24);
    expect(layout.figure).toBeGreaterThan(640);
    await page.context().close();
  });

  it('has no accessibility violations', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}present/the-trade/`);
    await page.waitForSelector('.embed-scene[data-layout]');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is reachable from every scene in the story', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL);
    const links = await page.$$eval('.scene-tools a[href*="/present/"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(links)).toEqual(new Set(sceneIds.map((id) => `/present/${id}/`)));
    await page.context().close();
  });
});

describe('printing', () => {
  it('the printable edition prints to a PDF with every scene of the story, figures whole, sources with URLs', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseURL}print/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      scenes: [...new Set([...document.querySelectorAll<HTMLElement>('.print-step [data-scene]')].filter((e) => e.getBoundingClientRect().height > 50).map((e) => e.dataset.scene))],
      steps: document.querySelectorAll('.print-step').length,
      unsplit: [...document.querySelectorAll('.print-figure')].every((e) => getComputedStyle(e).breakInside === 'avoid'),
      urlsShown: getComputedStyle(document.querySelector('.sources a[href^="http"]')!, '::after').content.includes('http'),
      toolsHidden: document.querySelectorAll('.scene-tools').length === 0 || [...document.querySelectorAll('.scene-tools')].every((e) => getComputedStyle(e).display === 'none'),
    }));
    expect(printed.scenes.sort()).toEqual([...sceneIds].sort());
    expect(printed.steps).toBe(await page.locator('[data-step]').count());
    expect(printed.unsplit).toBe(true);
    expect(printed.urlsShown).toBe(true);
    expect(printed.toolsHidden).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`printable edition: ${pages} A4 pages, ${(pdf.length / 1e6).toFixed(1)} MB`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the story itself prints unrolled: every scene\'s figure and every step, no embed tools', async () => {
    const { page } = await openPage(browser);
    await page.goto(baseURL);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      layers: [...document.querySelectorAll('[data-layer]')].map((l) => getComputedStyle(l).display),
      steps: [...document.querySelectorAll('[data-step]')].filter((s) => s.getBoundingClientRect().height > 0).length,
      total: document.querySelectorAll('[data-step]').length,
      tools: [...document.querySelectorAll('.scene-tools')].map((e) => getComputedStyle(e).display),
    }));
    expect(printed.layers.every((d) => d === 'block')).toBe(true);
    expect(printed.steps).toBe(printed.total);
    expect(new Set(printed.tools)).toEqual(new Set(['none']));
    await page.context().close();
  });
});
