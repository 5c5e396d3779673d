// The story lays out its scene layers ahead of the reader (src/components/story/warm-layers.ts): after the
// load, in idle moments, each layer not on screen is rendered unseen and hidden again, so the step that
// first shows it has little to do. Checks that this finishes, leaves nothing behind, and that skipping
// hidden state views afterwards does not change a figure's height.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch, openPage, goToStep } from './browser';

const baseURL = inject('baseURL');
const CHAPTER = 'guarantees-for-territory';
const steps = (JSON.parse(readFileSync(new URL('../../src/stories/03-guarantees-for-territory.json', import.meta.url), 'utf8')) as {
  steps: { scene: string; state: string }[];
}).steps.map((s, i) => ({ ...s, i }));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Each layer: whether it is on screen, has hidden state views, how far warming got, and what is left over. */
const layers = (page: Page) =>
  page.$$eval('[data-layer]', (els) =>
    els.map((el) => ({
      layer: `${el.closest('.chapter')?.id} ${el.getAttribute('data-layer')}`,
      active: el.classList.contains('is-active'),
      hasHiddenViews: !!el.querySelector('[data-state-view][hidden], template[data-later-view]'),
      warm: el.getAttribute('data-warm'),
      left: el.classList.contains('is-warming') || el.hasAttribute('aria-hidden') || !!el.querySelector('[data-cold]'),
      skipped: getComputedStyle(el).contentVisibility,
    })),
  );

/** The height of chapter 3's scene on screen, and of each of its state views (a hidden one is skipped, so this is its remembered size). */
const heights = (page: Page) =>
  page.evaluate((id) => {
    const body = document.querySelector<HTMLElement>(`#${id} .layer.is-active [data-scene-body]`)!;
    return { figure: body.offsetHeight, views: [...body.querySelectorAll<HTMLElement>('[data-state-view]')].map((v) => v.offsetHeight) };
  }, CHAPTER);

describe('laying out the scene layers ahead of the reader', () => {
  it('finishes soon after the load on a phone: every layer off screen is laid out and skipped again, with nothing left over', async () => {
    const { page, consoleErrors } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(baseURL);
    await expect
      .poll(async () => (await layers(page)).filter((l) => (!l.active || l.hasHiddenViews) && l.warm !== 'done').map((l) => l.layer), { timeout: 15_000 })
      .toEqual([]);
    const all = await layers(page);
    expect(all.filter((l) => l.left).map((l) => l.layer)).toEqual([]);
    expect(all.filter((l) => !l.active && l.skipped !== 'hidden').map((l) => l.layer)).toEqual([]);
    expect(all.filter((l) => !l.active)).toHaveLength(all.length - 3); // one layer on screen per chapter
    // A hidden state view of a laid-out layer is skipped too.
    const hiddenViews = await page.$$eval('[data-layer][data-warm="done"] [data-state-view][hidden]', (els) => els.map((e) => getComputedStyle(e).contentVisibility));
    expect(hiddenViews.length).toBeGreaterThan(6);
    expect(new Set(hiddenViews)).toEqual(new Set(['hidden']));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each([
    { name: 'phone', viewport: { width: 390, height: 844 } },
    { name: 'desktop', viewport: { width: 1280, height: 800 } },
  ])('on a $name, a skipped state view keeps its size: chapter 3’s figure is as tall at every step of a scene', async ({ viewport }) => {
    const { page, consoleErrors } = await openPage(browser, { viewport });
    await page.goto(baseURL);
    await page.waitForFunction(() => document.querySelectorAll('[data-warm="done"]').length >= 4 && !document.querySelector('.is-warming'), null, { timeout: 15_000 });
    const byScene: Record<string, number[]> = {};
    for (const step of steps) {
      await goToStep(page, CHAPTER, step.i, step.state);
      const h = await heights(page);
      expect(h.views.every((v) => v > 0), `${step.state}: every view keeps a size, shown or skipped (${h.views})`).toBe(true);
      (byScene[step.scene] ??= []).push(h.figure);
    }
    for (const [scene, figures] of Object.entries(byScene)) expect(new Set(figures).size, `${scene}: ${figures}`).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
