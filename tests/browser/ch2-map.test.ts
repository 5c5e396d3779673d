import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openPage, goToStep as goToChapterStep } from './browser';
import { browserForFile } from './hooks';

const baseURL = inject('baseURL');
const chapter = JSON.parse(readFileSync(new URL('../../src/stories/02-fortress-belt.json', import.meta.url), 'utf8')) as {
  steps: { id: string; scene: string; state: string }[];
};
const CHAPTER = 'fortress-belt';
const mine = chapter.steps.map((s, i) => ({ ...s, i })).filter((s) => s.scene === 'fortress-belt' || s.scene === 'terrain');

const browser = browserForFile();

const goToStep = (page: Page, i: number, state: string) => goToChapterStep(page, CHAPTER, i, state);

/** Boxes of the visible labels in the active layer, with overlaps and those sticking out of the frame. */
const labels = (page: Page) =>
  page.evaluate((id) => {
    const layer = document.querySelector(`#${id} .layer.is-active`)!;
    const frame = layer.querySelector('[data-drawn-state]:not([hidden] *)')!.getBoundingClientRect();
    // Labels a small frame hides (display: none) are not drawn, so they cannot overlap or stick out.
    const shown = Array.from(layer.querySelectorAll<HTMLElement>('[data-label]')).filter((el) => el.querySelector('.text')!.getClientRects().length > 0);
    const boxes = shown.map((el) => ({
      id: el.dataset.label!,
      text: el.textContent!.trim(),
      r: el.querySelector('.text')!.getBoundingClientRect(),
      px: parseFloat(getComputedStyle(el.querySelector('.text')!).fontSize),
    }));
    const problems: string[] = [];
    for (const b of boxes)
      if (b.r.left < frame.left - 1 || b.r.right > frame.right + 1 || b.r.top < frame.top - 1 || b.r.bottom > frame.bottom + 1)
        problems.push(`${b.id} outside the frame`);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i].r, boxes[j].r];
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) problems.push(`${boxes[i].id} overlaps ${boxes[j].id}`);
      }
    return { boxes: boxes.map(({ id, text, px }) => ({ id, text, px })), problems };
  }, CHAPTER);

describe('chapter 2 maps: fortress belt and terrain', () => {
  it('has steps for both scenes', () => {
    expect(mine.some((s) => s.scene === 'fortress-belt')).toBe(true);
    expect(mine.some((s) => s.scene === 'terrain')).toBe(true);
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
    // 200% zoom on a 1280×800 screen.
    { width: 640, height: 400 },
  ])
    it(`scrolling activates each state, with readable, non-overlapping labels (${viewport.width} px)`, async () => {
      const { page, consoleErrors } = await openPage(browser(), { viewport });
      await page.goto(baseURL);
      for (const step of mine) {
        await goToStep(page, step.i, step.state);
        await page.waitForTimeout(800);
        const { boxes, problems } = await labels(page);
        expect(problems, `${step.id} at ${viewport.width}`).toEqual([]);
        for (const b of boxes) expect(b.px, `${step.id} ${b.id}`).toBeGreaterThanOrEqual(12);
      }
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    }, 90_000);

  it('the fortress-belt front state shows the four measured distances, dated and sourced', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await page.goto(baseURL);
    const step = mine.find((s) => s.scene === 'fortress-belt' && s.state === 'front')!;
    await goToStep(page, step.i, 'front');
    const { boxes } = await labels(page);
    // Each city's label carries its own distance ("Kramatorsk · 19 km").
    const cities = ['sloviansk', 'kramatorsk', 'druzhkivka', 'kostiantynivka'];
    const texts = cities.map((id) => boxes.find((b) => b.id === id)?.text.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['Sloviansk · 21 km', 'Kramatorsk · 19 km', 'Druzhkivka · 15 km', 'Kostiantynivka · 7 km']);
    const legend = await page.textContent(`#${CHAPTER} .layer.is-active .scene-legend`);
    expect(legend).toContain('27 Jan 2026');
    expect(legend).toContain('DeepStateMap.Live');
    expect(await page.textContent(`#${CHAPTER} .layer.is-active .credit`)).toContain('DeepStateMap.Live');
    // Four leader lines from the cities to the edge of the Russian-held area.
    expect(await page.locator(`#${CHAPTER} .layer.is-active svg line.leader`).count()).toBe(4);
    await page.context().close();
  });

  it('the terrain scene turns from a relief map into a profile with the front marked', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL);
    const relief = mine.find((s) => s.scene === 'terrain' && s.state === 'relief')!;
    await goToStep(page, relief.i, 'relief');
    const layer = `#${CHAPTER} .layer.is-active`;
    expect(await page.locator(`${layer} svg image`).count()).toBeGreaterThanOrEqual(2);
    expect(await page.textContent(`${layer} .scene-legend`)).toMatch(/2′ resample of the 1′ elevation grid \(cells 2′, about 2\.5 × 3\.7 km/);
    const profile = mine.find((s) => s.scene === 'terrain' && s.state.startsWith('profile'))!;
    await goToStep(page, profile.i, profile.state);
    await page.waitForTimeout(800);
    expect(await page.locator(`${layer} svg .profile-line`).count()).toBe(1);
    expect(await page.locator(`${layer} [data-label^="front-"]`).count()).toBeGreaterThanOrEqual(1);
    // The map has shrunk to an inset.
    expect(await page.getAttribute(`${layer} svg .map`, 'style')).toMatch(/scale\(0\.3/);
    await page.context().close();
  });
});
