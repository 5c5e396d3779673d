// The story lays out its scene layers ahead of the reader (src/components/story/warm-layers.ts): after the
// load, in idle moments, each layer not on screen is rendered unseen and hidden again, so the step that
// first shows it has little to do. Checks that this finishes, leaves nothing behind, and that skipping
// hidden state views afterwards does not change a figure's height.
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openPage, goToStep } from './browser';
import { browserForFile } from './hooks';

const baseURL = inject('baseURL');
const CHAPTER = 'guarantees-for-territory';
const steps = (JSON.parse(readFileSync(new URL('../../src/stories/03-guarantees-for-territory.json', import.meta.url), 'utf8')) as {
  steps: { scene: string; state: string }[];
}).steps.map((s, i) => ({ ...s, i }));

const browser = browserForFile();

/** Each layer: whether it is on screen, has hidden state views, how far warming got, and what is left over. */
const layers = (page: Page) =>
  page.$$eval('[data-layer]', (els) =>
    els.map((el) => ({
      layer: `${el.closest('.chapter')?.id} ${el.getAttribute('data-layer')}`,
      active: el.classList.contains('is-active'),
      hasHiddenViews: !!el.querySelector('[data-state-view][hidden], template[data-later-view]'),
      warm: el.getAttribute('data-warm'),
      left: el.classList.contains('is-warming') || (el as HTMLElement).inert || !!el.querySelector('[data-cold]'),
      skipped: getComputedStyle(el).contentVisibility,
    })),
  );

/**
 * The height of chapter 3's scene on screen as it is, with its hidden state views skipped at their
 * remembered sizes, and as it would be with them laid out now: the same if no size is out of date.
 */
const heights = (page: Page) =>
  page.evaluate((id) => {
    const layer = document.querySelector<HTMLElement>(`#${id} .layer.is-active`)!;
    const body = layer.querySelector<HTMLElement>('[data-scene-body]')!;
    const skipped = body.offsetHeight;
    const warm = layer.dataset.warm;
    delete layer.dataset.warm;
    const laidOut = body.offsetHeight;
    if (warm) layer.dataset.warm = warm;
    return { skipped, laidOut, warm };
  }, CHAPTER);

/** Waits until every layer has been laid out ahead (or is the scene on screen, with nothing to lay out), and none is still at it. */
const allWarmed = (page: Page) =>
  expect
    .poll(
      () =>
        page.$$eval('[data-layer]', (els) =>
          els
            .filter((l) => l.classList.contains('is-warming') || (l.getAttribute('data-warm') !== 'done' && !(l.classList.contains('is-active') && !l.querySelector('[data-state-view]'))))
            .map((l) => `${l.getAttribute('data-layer')} (${l.getAttribute('data-warm')}${l.classList.contains('is-warming') ? ', warming' : ''})`),
        ),
      { timeout: 20_000 },
    )
    .toEqual([]);

/** Walks chapter 3 step by step and returns, per step, its scene's figure height as skipped and as laid out. */
async function walkChapter3(page: Page) {
  const seen: { step: string; skipped: number; laidOut: number; warm?: string }[] = [];
  for (const step of steps) {
    await goToStep(page, CHAPTER, step.i, step.state);
    seen.push({ step: `${step.scene} ${step.state}`, ...(await heights(page)) });
  }
  return seen;
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/**
 * The most elements the browser restyled at once (Chrome's trace: UpdateLayoutTree's element count) while
 * `act` runs and the page settles after it.
 */
async function largestRestyle(page: Page, act: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; args?: { elementCount?: number } }[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await act();
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return Math.max(0, ...events.filter((e) => e.name === 'UpdateLayoutTree').map((e) => e.args?.elementCount ?? 0));
}

/** Opens the story and waits until its layers have been laid out ahead of the reader. */
async function openWarmedStory(options: Parameters<typeof openPage>[1]) {
  const opened = await openPage(browser(), options);
  await opened.page.goto(baseURL);
  await allWarmed(opened.page);
  return opened;
}

describe('laying out the scene layers ahead of the reader', () => {
  it('finishes soon after the load on a phone: every layer off screen is laid out and skipped again, with nothing left over', async () => {
    const { page, consoleErrors } = await openWarmedStory(PHONE);
    const all = await layers(page);
    expect(all.filter((l) => l.left).map((l) => l.layer)).toEqual([]);
    expect(all.filter((l) => !l.active && l.skipped !== 'hidden').map((l) => l.layer)).toEqual([]);
    expect(all.filter((l) => !l.active)).toHaveLength(all.length - 3); // one layer on screen per chapter
    // A hidden state view of a laid-out layer is skipped too.
    const hiddenViews = await page.$$eval('[data-layer][data-warm="done"] [data-state-view][hidden]', (els) => els.map((e) => getComputedStyle(e).contentVisibility));
    // The four server-only scenes of chapter 3 draw three states each: two hidden views apiece at least.
    expect(hiddenViews.length).toBeGreaterThanOrEqual(8);
    expect(new Set(hiddenViews)).toEqual(new Set(['hidden']));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lays a live scene’s layer out again once the scene has mounted on it (mounting changes its drawing)', async () => {
    const { page, consoleErrors } = await openWarmedStory(PHONE);
    const layer = '#donbas-since-2014 [data-layer="control-timeline"]';
    // Remember every value data-warm takes from here on.
    await page.$eval(layer, (el) => {
      const seen: (string | null)[] = ((window as any).__warmSeen = []);
      new MutationObserver(() => seen.push(el.getAttribute('data-warm'))).observe(el, { attributeFilter: ['data-warm'] });
    });
    // One step before the control timeline's first step, so it mounts while hidden.
    await goToStep(page, 'donbas-since-2014', 1, 'donbas');
    await expect.poll(() => page.evaluate(() => (window as any).__warmSeen), { timeout: 15_000 }).toEqual([null, 'started', 'done']);
    expect(await page.$eval(layer, (el) => el.querySelector<HTMLElement>('[data-drawn-state]')?.dataset.drawnState)).toBe('2014-04-12');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a layer laid out ahead without restyling it: the step that first brings a scene restyles a few elements, not the scene', async () => {
    const { page, consoleErrors } = await openWarmedStory(PHONE);
    // Chapter 3's first change of scene (the trade, then the guarantee ladder), one step away.
    const next = steps.findIndex((s, i) => i > 0 && s.scene !== steps[i - 1].scene);
    await goToStep(page, CHAPTER, next - 1, steps[next - 1].state);
    const layer = `#${CHAPTER} [data-layer="${steps[next].scene}"]`;
    expect(await page.$eval(layer, (el) => [el.getAttribute('data-warm'), el.querySelectorAll('*').length > 100])).toEqual(['done', true]);
    const restyled = await largestRestyle(page, () => goToStep(page, CHAPTER, next, steps[next].state));
    expect(restyled).toBeLessThan(20);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each([
    { name: 'phone', viewport: { width: 390, height: 844 } },
    { name: 'desktop', viewport: { width: 1280, height: 800 } },
  ])('on a $name, a skipped state view keeps the size it would have: chapter 3’s figure is as tall as if every view were laid out', async ({ viewport }) => {
    const { page, consoleErrors } = await openWarmedStory({ viewport });
    const seen = await walkChapter3(page);
    expect(seen.filter((s) => s.warm === 'done').length, 'chapter 3’s layers were laid out ahead').toBe(steps.length);
    expect(seen.filter((s) => s.skipped !== s.laidOut)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('after a phone is turned sideways, the layers are laid out again at the new size', async () => {
    const { page, consoleErrors } = await openWarmedStory(PHONE);
    await page.setViewportSize({ width: 844, height: 390 });
    await page.waitForFunction(() => document.querySelector('[data-layer]:not([data-warm])'), null, { timeout: 5_000 }); // started again
    await allWarmed(page);
    const seen = await walkChapter3(page);
    expect(seen.filter((s) => s.skipped !== s.laidOut)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
