import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, shownInHiddenViews } from './browser';
import { browserForFile } from './hooks';
import { readFileSync, readdirSync } from 'node:fs';

const baseURL = inject('baseURL');
const storyDir = new URL('../../src/stories/', import.meta.url);
const chapters = readdirSync(storyDir)
  .filter((f) => /^\d.*\.json$/.test(f))
  .sort()
  .map((f) => ({ id: f.replace(/^\d+-|\.json$/g, ''), ...JSON.parse(readFileSync(new URL(f, storyDir), 'utf8')) }));

const browser = browserForFile();

/** Waits until the chapter's island has hydrated (Astro drops the `ssr` attribute then). */
const hydrated = (page: Page, chapterId: string) =>
  page.waitForFunction((id) => document.querySelector(`#${id} astro-island:not([ssr])`), chapterId);

/** Waits until the chapter shows step `n`: active card, scene layer and the scene's drawn state. */
const showsStep = (page: Page, chapterId: string, n: number, state: string) =>
  page.waitForFunction(
    ([id, i, s]) => {
      const scene = document.querySelector<HTMLElement>(`#${id} .layer.is-active [data-scene]`);
      return (
        document.querySelector<HTMLElement>(`#${id} .step.is-active`)?.dataset.step === String(i) &&
        scene?.dataset.stateStep === String(i) &&
        scene.querySelector<HTMLElement>('[data-drawn-state]:not([hidden] *)')?.dataset.drawnState === s
      );
    },
    [chapterId, n, state] as const,
  );

/** Scrolls so the step's top sits just above the 60% trigger line, as a reader's scroll would. */
async function scrollToStep(page: Page, chapterId: string, index: number) {
  await page.evaluate(
    ([id, i]) => {
      const step = document.querySelector<HTMLElement>(`#${id} [data-step="${i}"]`)!;
      const rect = step.getBoundingClientRect();
      window.scrollBy(0, rect.top - window.innerHeight * 0.6 + rect.height * 0.1);
    },
    [chapterId, index] as const,
  );
}

/** What the chapter's visible scene reports: its scene id, the step it shows, and its drawn state. */
const sceneStatus = (page: Page, chapterId: string) =>
  page.evaluate((id) => {
    const layer = document.querySelector(`#${id} .layer.is-active`)!;
    const scene = layer.querySelector<HTMLElement>('[data-scene]')!;
    return {
      scene: scene.dataset.scene,
      step: Number(scene.dataset.stateStep),
      drawn: scene.querySelector<HTMLElement>('[data-drawn-state]:not([hidden] *)')?.dataset.drawnState,
      transform: scene.querySelector<SVGGElement>('svg .zoom')?.style.transform,
      markup: scene.querySelector('[data-drawn-state]:not([hidden] *)')?.outerHTML,
      activeCard: document.querySelector<HTMLElement>(`#${id} .step.is-active`)?.dataset.step,
    };
  }, chapterId);

/** Pairs of map labels whose rendered boxes overlap, and labels that stick out of the map frame. */
const labelProblems = (page: Page, chapterId: string) =>
  page.evaluate((id) => {
    const layer = document.querySelector(`#${id} .layer.is-active`)!;
    const frame = layer.querySelector('[data-drawn-state]:not([hidden] *)')!.getBoundingClientRect();
    const boxes = Array.from(layer.querySelectorAll<HTMLElement>('[data-label]')).map((el) => ({
      id: el.dataset.label!,
      r: el.querySelector('.text')!.getBoundingClientRect(),
    }));
    const problems: string[] = [];
    for (const { id: a, r } of boxes)
      if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1)
        problems.push(`${a} outside the frame`);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i].r, boxes[j].r];
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
          problems.push(`${boxes[i].id} overlaps ${boxes[j].id}`);
      }
    return problems;
  }, chapterId);

async function walkAllSteps(page: Page) {
  for (const chapter of chapters) {
    let lastMarkup: string | undefined;
    let lastState: string | undefined;
    for (const [i, step] of chapter.steps.entries()) {
      await scrollToStep(page, chapter.id, i);
      await showsStep(page, chapter.id, i, step.state);
      const status = await sceneStatus(page, chapter.id);
      expect(status).toMatchObject({ scene: step.scene, step: i, drawn: step.state, activeCard: String(i) });
      // A new state redraws the SVG and labels; the same state leaves them as they were.
      if (lastState !== undefined) expect(status.markup === lastMarkup).toBe(lastState === step.state);
      // Labels have moved to their final places once the transition is over.
      if (lastState !== step.state) await page.waitForTimeout(800);
      expect(await labelProblems(page, chapter.id), `${chapter.id} / ${step.id}`).toEqual([]);
      expect(await shownInHiddenViews(page, chapter.id), `${step.id}: nothing of the other states shows through`).toEqual([]);
      lastMarkup = status.markup;
      lastState = step.state;
    }
  }
}

describe('the story page with JavaScript', () => {
  it('activates every step in order and redraws the scene, on desktop and after a resize to a phone', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL);
    await walkAllSteps(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await walkAllSteps(page);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('walks back up in order', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await page.goto(baseURL);
    const chapter = chapters[0];
    await scrollToStep(page, chapter.id, chapter.steps.length - 1);
    await hydrated(page, chapter.id);
    for (let i = chapter.steps.length - 1; i >= 0; i--) {
      await scrollToStep(page, chapter.id, i);
      await showsStep(page, chapter.id, i, chapter.steps[i].state);
    }
    await page.context().close();
  });

  it('after a reload in mid-page, the right step is active at once, with no cascade through earlier steps', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    const chapter = chapters[0];
    const target = chapter.steps.length - 2;
    await page.goto(baseURL);
    await scrollToStep(page, chapter.id, target);
    await showsStep(page, chapter.id, target, chapter.steps[target].state);
    // Count every change of the chapter's active step card from the very start of the reloaded page.
    await page.addInitScript((id) => {
      (window as any).__activations = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as HTMLElement;
          if (el.classList.contains('step') && el.classList.contains('is-active') && el.closest(`#${id}`))
            (window as any).__activations.push(el.dataset.step);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
    }, chapter.id);
    await page.reload();
    await hydrated(page, chapter.id);
    await showsStep(page, chapter.id, target, chapter.steps[target].state);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__activations)).toEqual([String(target)]);
    await page.context().close();
  });

  it('on a short screen (a laptop at 200% zoom), the whole map stays in view above the trigger line', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 640, height: 400 } });
    await page.goto(baseURL);
    for (const chapter of chapters) {
      await scrollToStep(page, chapter.id, 0);
      await showsStep(page, chapter.id, 0, chapter.steps[0].state);
      // Steps activate at 60% of the viewport height; the map must be whole above that line.
      const frame = await page.evaluate(
        (id) => document.querySelector(`#${id} .layer.is-active [data-drawn-state]:not([hidden] *)`)!.getBoundingClientRect().toJSON(),
        chapter.id,
      );
      expect(frame.top, chapter.id).toBeGreaterThanOrEqual(0);
      expect(frame.bottom, chapter.id).toBeLessThanOrEqual(400 * 0.6);
    }
    await page.context().close();
  });

  it('the control timeline’s date control works with the keyboard and resets when the step changes', async () => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL);
    const chapter = chapters.find((c) => c.steps.some((s: { scene: string }) => s.scene === 'control-timeline'))!;
    const i = chapter.steps.findIndex((s: { state: string }) => s.state === '2022-07-01');
    await scrollToStep(page, chapter.id, i);
    await showsStep(page, chapter.id, i, '2022-07-01');
    const shown = () => page.getAttribute(`#${chapter.id} [data-layer="control-timeline"] [data-shown-date]`, 'data-shown-date');
    const slider = page.locator(`#${chapter.id} .layer.is-active input[type="range"]`);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(await shown()).toBe('2023-06-01');
    await page.keyboard.press('End');
    expect(await shown()).toBe('2026-08-22');
    expect(await page.textContent(`#${chapter.id} .layer.is-active .stamp`)).toContain('Since then');
    // Shift+Tab to the "earlier" button and press it with the keyboard.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Earlier date');
    await page.keyboard.press('Enter');
    expect(await shown()).toBe('2026-01-27');
    // Moving on in the story (here to another scene) puts the map back on its step's own date.
    await scrollToStep(page, chapter.id, i + 1);
    await showsStep(page, chapter.id, i + 1, chapter.steps[i + 1].state);
    await page.waitForFunction(
      ([id]) => document.querySelector(`#${id} [data-layer="control-timeline"] [data-shown-date]`)?.getAttribute('data-shown-date') === '2022-07-01',
      [chapter.id] as const,
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('under reduced motion, the map lands on each step without a transition', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(baseURL);
    const chapter = chapters[0];
    await scrollToStep(page, chapter.id, 1);
    await showsStep(page, chapter.id, 1, chapter.steps[1].state);
    const zoom = await page.evaluate((id) => {
      const g = document.querySelector<SVGGElement>(`#${id} .layer.is-active svg .zoom`)!;
      return { duration: getComputedStyle(g).transitionDuration, computed: getComputedStyle(g).transform, inline: g.style.transform };
    }, chapter.id);
    expect(zoom.duration).toBe('0s');
    // The computed matrix already equals the final transform: no in-between frame.
    const scale = Number(/scale\(([\d.]+)\)/.exec(zoom.inline)![1]);
    expect(Number(zoom.computed.match(/matrix\(([\d.]+)/)![1])).toBeCloseTo(scale, 3);
    await page.context().close();
  });
});
