// The advance calculator in chapter 2: its steps select their presets, and the live controls work with
// the keyboard, announce the result politely, reset when the step changes and read a safe `?pace=`.
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openPage } from './browser';
import { browserForFile } from './hooks';
import { finishDate } from '../../src/components/scenes/advance-calculator/advance-calculator.calc';
import { dayText } from '../../src/lib/day-text';
import { donetskHeldOn } from '../../src/lib/held-area';

const baseURL = inject('baseURL');
const CHAPTER = 'fortress-belt';
const chapter = JSON.parse(readFileSync(new URL('../../src/stories/02-fortress-belt.json', import.meta.url), 'utf8'));
const stepOf = (state: string) => chapter.steps.findIndex((s: { scene: string; state: string }) => s.scene === 'advance-calculator' && s.state === state);
const LAYER = `#${CHAPTER} [data-layer="advance-calculator"]`;
const remaining = donetskHeldOn('2026-01-27').heldKm2;
/** The finish date the page should show at a pace, computed by the same tested function. */
const dateAt = (pace: number) => {
  const f = finishDate(remaining, pace, '2026-01-27');
  if (f.kind !== 'date') throw new Error(`no date at ${pace}`);
  return dayText(f.date);
};

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const browser = browserForFile();

async function scrollToStep(page: Page, index: number) {
  await page.evaluate(
    ([id, i]) => {
      const step = document.querySelector<HTMLElement>(`#${id} [data-step="${i}"]`)!;
      const rect = step.getBoundingClientRect();
      window.scrollBy(0, rect.top - window.innerHeight * 0.6 + rect.height * 0.1);
    },
    [CHAPTER, index] as const,
  );
}

/** Waits for step `n` to be active with the calculator live (controls mounted) in `state`. */
const showsStep = (page: Page, n: number, state: string) =>
  page.waitForFunction(
    ([id, i, s]) => {
      const scene = document.querySelector<HTMLElement>(`#${id} .layer.is-active [data-scene="advance-calculator"]`);
      return (
        document.querySelector<HTMLElement>(`#${id} .step.is-active`)?.dataset.step === String(i) &&
        scene?.dataset.stateStep === String(i) &&
        scene.querySelector<HTMLElement>('[data-drawn-state]:not([hidden] *)')?.dataset.drawnState === s &&
        scene.querySelector('.presets button') !== null
      );
    },
    [CHAPTER, n, state] as const,
  );

const result = (page: Page) => page.textContent(`${LAYER} [data-result]`);
const pressed = (page: Page) =>
  page.$$eval(`${LAYER} .presets button`, (els) => els.map((b) => b.getAttribute('aria-pressed')));

describe('the advance calculator (chapter 2)', () => {
  it('each calculator step selects its preset and shows that preset’s date', async () => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL);
    for (const [state, pace, pressedIndex] of [
      ['observed', 265.45 / 27, 1],
      ['claimed', 500 / 27, 0],
      ['explore', 577 / 92, 2],
    ] as const) {
      const i = stepOf(state);
      expect(i, state).toBeGreaterThan(0);
      await scrollToStep(page, i);
      await showsStep(page, i, state);
      expect(await result(page)).toContain(`by ${dateAt(pace)}`);
      expect(await pressed(page)).toEqual([0, 1, 2].map((k) => String(k === pressedIndex)));
    }
    expect(await result(page)).toContain('by 2 Aug 2028');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('works with the keyboard, announces the result politely, and resets when the step changes', async () => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL);
    const i = stepOf('explore');
    await scrollToStep(page, i);
    await showsStep(page, i, 'explore');
    const live = page.locator(`${LAYER} [data-result]`);
    expect(await live.getAttribute('aria-live')).toBe('polite');

    const slider = page.locator(`${LAYER} input[type="range"]`);
    // Its label is visible and names it.
    expect(await page.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).labels?.[0]?.textContent, `${LAYER} input[type="range"]`)).toBe(
      'Pace',
    );
    await slider.focus();
    expect(await slider.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    expect(await result(page)).toContain(`At 6.4 km² a day, Russia would hold all of Donetsk Oblast by ${dateAt(6.4)}`);
    expect(await slider.getAttribute('aria-valuetext')).toBe('6.4 km² a day');
    expect(await pressed(page)).toEqual(['false', 'false', 'false']);
    await page.keyboard.press('End');
    expect(await result(page)).toContain(`At 30.0 km² a day, Russia would hold all of Donetsk Oblast by ${dateAt(30)}`);
    await page.keyboard.press('Home');
    expect(await result(page)).toBe('At 0.0 km² a day, Russia would never hold all of Donetsk Oblast.');

    // Preset buttons: Shift+Tab from the slider reaches the last one; Enter and Space press them.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('DeepState');
    await page.keyboard.press('Enter');
    expect(await result(page)).toContain(`by ${dateAt(577 / 92)}`);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Russia claimed');
    await page.keyboard.press('Space');
    expect(await result(page)).toContain(`Russia’s General Staff claimed were gained in Donetsk Oblast, Russia would hold all of it by ${dateAt(500 / 27)}`);
    expect(await pressed(page)).toEqual(['true', 'false', 'false']);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');

    // Moving to another step and back puts the step's own preset back.
    await scrollToStep(page, i - 1);
    await showsStep(page, i - 1, 'claimed');
    await scrollToStep(page, i);
    await showsStep(page, i, 'explore');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes('by 2 Aug 2028'), `${LAYER} [data-result]`);
    expect(await pressed(page)).toEqual(['false', 'false', 'true']);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('on a phone, every control is at least 44 px tall', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await page.goto(baseURL);
    const i = stepOf('explore');
    await scrollToStep(page, i);
    await showsStep(page, i, 'explore');
    const heights = await page.$$eval(`${LAYER} [data-scene] :is(button, input)`, (els) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights).toHaveLength(4);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
    await page.context().close();
  });

  it.each(['observed', 'claimed', 'explore'])(
    'on a phone (390×844), with the %s step at the trigger line, the chart, result, presets and slider all fit above its card',
    async (state) => {
      const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
      await page.goto(baseURL);
      const i = stepOf(state);
      await page.evaluate(
        ([id, n]) => {
          const step = document.querySelector<HTMLElement>(`#${id} [data-step="${n}"]`)!;
          // The card's top just above the trigger line (0.6 of the viewport): the moment it becomes active.
          window.scrollBy(0, step.getBoundingClientRect().top - window.innerHeight * 0.6 + 2);
        },
        [CHAPTER, i] as const,
      );
      await showsStep(page, i, state);
      await page.waitForTimeout(800);
      const boxes = await page.evaluate(
        ([layer, id, n]) => {
          const box = (sel: string) => {
            const r = document.querySelector(`${layer} ${sel}`)!.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
          };
          const card = document.querySelector(`#${id} [data-step="${n}"]`)!.getBoundingClientRect();
          return {
            card: card.top,
            viewportWidth: window.innerWidth,
            parts: Object.fromEntries(['.chart-title', '.frame', '[data-result]', '.presets', '.slider'].map((s) => [s, box(s)])),
          };
        },
        [LAYER, CHAPTER, i] as const,
      );
      for (const [name, b] of Object.entries(boxes.parts)) {
        expect(b.top, `${name} top`).toBeGreaterThanOrEqual(0);
        expect(b.bottom, `${name} bottom above the card`).toBeLessThanOrEqual(boxes.card);
        expect(b.left, `${name} left`).toBeGreaterThanOrEqual(0);
        expect(b.right, `${name} right`).toBeLessThanOrEqual(boxes.viewportWidth);
      }
      await page.context().close();
    },
  );

  it.each([
    { query: '?pace=12', expected: `At 12.0 km² a day, Russia would hold all of Donetsk Oblast by ${dateAt(12)}` },
    { query: '?pace=999', expected: `At 30.0 km² a day` },
    { query: `?pace=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, expected: 'by 2 Aug 2028' },
  ])('a link with $query sets the “try a pace” step safely', async ({ query, expected }) => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL + query);
    const i = stepOf('explore');
    await scrollToStep(page, i);
    await showsStep(page, i, 'explore');
    expect(await result(page)).toContain(expected);
    expect(await page.locator(`${LAYER} img`).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each([
    { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
    { name: 'desktop, dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const },
  ])('axe-core finds no violations in the live calculator ($name)', async ({ viewport, colorScheme }) => {
    const { page } = await openPage(browser(), { viewport, colorScheme });
    await page.goto(baseURL);
    const i = stepOf('claimed');
    await scrollToStep(page, i);
    await showsStep(page, i, 'claimed');
    await page.waitForTimeout(800);
    // Evaluated rather than added as a <script>: the page's own CSP rightly refuses injected scripts.
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async (sel) => {
      const result = await (window as any).axe.run(sel, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    }, LAYER);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, shows the three presets’ dates in a table', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.goto(baseURL);
    const rows = await page.$$eval(`${LAYER} table.paces tbody tr`, (trs) =>
      trs.map((tr) => ({ text: tr.textContent!.replace(/\s+/g, ' '), visible: (tr as HTMLElement).offsetHeight > 20 })),
    );
    expect(rows).toHaveLength(3);
    for (const [k, date] of ['4 Dec 2026', '5 Sep 2027', '2 Aug 2028'].entries()) expect(rows[k]).toMatchObject({ visible: true, text: expect.stringContaining(date) });
    expect(await page.locator(`${LAYER} [data-scene] :is(button, input)`).count()).toBe(0);
    await page.context().close();
  });
});
