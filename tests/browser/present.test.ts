// Presentation mode (/present/<scene-id>/) as a projector shows it: every step of every scene whole on one
// screen (text, figure, credit; nothing clipped, nothing to scroll), type large enough to read from the
// back of a classroom, every stepping key, and the classroom page's Present links opening the named step.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, axeViolations, builtSceneIds } from './browser';
import { browserForFile } from './hooks';

const baseURL = inject('baseURL');
const sceneIds = builtSceneIds();

const browser = browserForFile();

/**
 * What is wrong with the slide showing step `index` (0-based): empty when the step is shown, the page does
 * not scroll, and the step text, figure and credit lie wholly inside the viewport and inside every box that
 * clips them, with no box of the step text or figure overflowing.
 */
function slideProblems(page: Page, index: number): Promise<string[]> {
  return page.evaluate((index) => {
    const problems: string[] = [];
    const scene = document.querySelector<HTMLElement>('[data-scene]')!;
    if (scene.dataset.stateStep !== String(index)) return [`step ${index + 1} is not shown yet`];
    const doc = document.documentElement;
    if (doc.scrollHeight > innerHeight) problems.push(`the page scrolls by ${doc.scrollHeight - innerHeight}px`);
    if (doc.scrollWidth > innerWidth) problems.push(`the page scrolls sideways by ${doc.scrollWidth - innerWidth}px`);
    const clips = (el: Element) => getComputedStyle(el).overflow !== 'visible';
    const parts = {
      'step text': document.querySelector('.embed-step:not([hidden]) .step'),
      figure: scene,
      credit: document.querySelector('.embed-figure .credit'),
    };
    for (const [name, el] of Object.entries(parts)) {
      if (!el) {
        problems.push(`no ${name}`);
        continue;
      }
      const r = el.getBoundingClientRect();
      const outside = (box: { top: number; bottom: number; left: number; right: number }) =>
        r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1;
      if (outside({ top: 0, left: 0, bottom: innerHeight, right: innerWidth })) problems.push(`${name} leaves the viewport: ${JSON.stringify(r)}`);
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        if (clips(box) && outside(box.getBoundingClientRect())) problems.push(`${name} is cut off by ${box.className}`);
      }
    }
    // Text or figure cut off inside a box that clips or scrolls (a box folded to nothing is a detail not yet revealed).
    const boxes = [...document.querySelectorAll('.embed-steps, .embed-steps *, .embed-figure, .embed-figure *, .figure-fit')];
    for (const box of boxes) {
      if (box.clientHeight > 0 && clips(box) && box.scrollHeight > box.clientHeight + 1 && box.closest('.visually-hidden') === null)
        problems.push(`${box.tagName.toLowerCase()}.${box.className} overflows by ${box.scrollHeight - box.clientHeight}px`);
    }
    return problems;
  }, index);
}

/** The font size, in screen pixels, of the step text and of the smallest text in the figure. */
function typeSizes(page: Page): Promise<{ step: number; figureSmallest: number }> {
  return page.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * ((el as any).currentCSSZoom ?? 1);
    const texts = [...document.querySelectorAll('[data-scene] *')].filter(
      (el) => el.getClientRects().length && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && !el.closest('.visually-hidden, [hidden]'),
    );
    return { step: px(document.querySelector('.embed-step:not([hidden]) .step p')!), figureSmallest: Math.min(...texts.map(px)) };
  });
}

// Type floors in screen px. A figure's smallest type (a footnote-like "as of" line) is 11–13 px in the story; on a
// 1080p projector it must be larger. A 720p or 1024×768 projector shows fewer, larger pixels, so its floors are lower.
const PROJECTORS = [
  { width: 1280, height: 720, stepFont: 22, figureFont: 10.5 },
  { width: 1920, height: 1080, stepFont: 32, figureFont: 15 },
  { width: 1024, height: 768, stepFont: 19, figureFont: 9 },
];

describe.each(PROJECTORS)('presentation mode at $width×$height', ({ width, height, stepFont, figureFont }) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser(), { viewport: { width, height }, reducedMotion: 'reduce' }));
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it.each(sceneIds)('%s: every step whole on one screen, in large type', async (id) => {
    await page.goto(`${baseURL}present/${id}/`);
    await page.waitForSelector('.embed-scene[data-layout]');
    const steps = await page.locator('.embed-step').count();
    for (let i = 0; i < steps; i++) {
      if (i > 0) await page.keyboard.press('PageDown');
      await expect.poll(() => slideProblems(page, i), { timeout: 2500, message: `${id}, step ${i + 1}` }).toEqual([]);
      const type = await typeSizes(page);
      expect(type.step, `${id}, step ${i + 1}: step text px`).toBeGreaterThanOrEqual(stepFont);
      expect(type.figureSmallest, `${id}, step ${i + 1}: smallest figure text px`).toBeGreaterThanOrEqual(figureFont);
    }
  });
});

describe('presentation mode at 200% zoom of a 1280×800 screen (640×400)', () => {
  it.each(['terrain', 'positions', 'control-timeline'])('%s stacks the step text under the figure and scrolls, never over it', async (id) => {
    const { page } = await openPage(browser(), { viewport: { width: 640, height: 400 }, reducedMotion: 'reduce' });
    await page.goto(`${baseURL}present/${id}/`);
    await page.waitForSelector('.embed-scene[data-layout]');
    const layout = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const [figure, text] = [box('.embed-figure'), box('.embed-step:not([hidden]) .step')];
      const steps = document.querySelector('.embed-steps')!;
      return { textTop: text.top, figureBottom: figure.bottom, textCut: steps.scrollHeight - steps.clientHeight, scrolls: getComputedStyle(document.body).overflowY };
    });
    expect(layout.textTop, 'step text starts below the figure').toBeGreaterThanOrEqual(layout.figureBottom);
    expect(layout.textCut).toBeLessThanOrEqual(1);
    expect(layout.scrolls).not.toBe('hidden');
    await page.context().close();
  });
});

describe('stepping a presentation from the keyboard or a clicker', () => {
  const stepShown = (page: Page) => page.getAttribute('[data-scene]', 'data-state-step');

  it('steps with the arrow keys, Space, Page Up / Page Down, Home and End', async () => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}present/control-timeline/`);
    await page.waitForSelector('.embed-scene[data-layout]');
    const last = String((await page.locator('.embed-step').count()) - 1);
    const presses = [
      ['ArrowDown', '1'], ['ArrowRight', '2'], ['Space', '3'], ['PageDown', '4'],
      ['ArrowUp', '3'], ['ArrowLeft', '2'], ['PageUp', '1'], ['Shift+Space', '0'], ['ArrowUp', '0'],
      ['End', last], ['PageDown', last], ['Home', '0'],
    ] as const;
    for (const [key, expected] of presses) {
      await page.keyboard.press(key);
      expect(await stepShown(page), key).toBe(expected);
    }
    // Space on a focused Next button steps once, not twice.
    await page.focus('.embed-nav button:last-child');
    await page.keyboard.press('Space');
    expect(await stepShown(page), 'Space on the Next button').toBe('1');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('leaves the arrow keys to a slider in the scene, but a clicker\'s Page Down / Page Up still step', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}present/control-timeline/`);
    const slider = page.locator('[data-scene] input[type="range"]');
    await slider.waitFor();
    await slider.focus();
    const before = await slider.inputValue();
    await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue(), 'the slider moved').not.toBe(before);
    expect(await stepShown(page), 'the presentation did not').toBe('0');
    await page.keyboard.press('PageDown');
    expect(await stepShown(page)).toBe('1');
    await page.keyboard.press('PageUp');
    expect(await stepShown(page)).toBe('0');
    await page.context().close();
  });
});

describe('the full-screen button', () => {
  it('takes the page to full screen and back by mouse or keyboard, its label saying which', async () => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}present/locator/`);
    const button = page.locator('[data-fullscreen]');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await page.locator('[data-fullscreen-hint]').isVisible()).toBe(false);
    const fullscreen = () => page.evaluate(() => document.fullscreenElement === document.documentElement);
    await button.click();
    await expect.poll(fullscreen).toBe(true);
    await expect.poll(() => button.textContent()).toBe('Leave full screen');
    // After a click, Space steps the slides (it does not press the button again).
    await page.keyboard.press('Space');
    await expect.poll(() => page.getAttribute('[data-scene]', 'data-state-step')).toBe('1');
    expect(await fullscreen()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(fullscreen).toBe(false);
    await expect.poll(() => button.textContent()).toBe('Full screen');
    // Space on the focused button acts on it and does not also step the slides.
    await page.keyboard.press('Space');
    await expect.poll(fullscreen).toBe(true);
    expect(await page.getAttribute('[data-scene]', 'data-state-step')).toBe('1');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('is not offered without JavaScript, where the key hint stays', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
    await page.goto(`${baseURL}present/locator/`);
    expect(await page.locator('[data-fullscreen]').isVisible()).toBe(false);
    expect(await page.locator('[data-fullscreen-hint]').textContent()).toBe('F11: full screen');
    expect(await page.locator('[data-fullscreen-hint]').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the classroom page\'s Present links', () => {
  it('open each presentation at a step the lesson names beside it, and include terrain and the talks timeline', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}classroom/`);
    // Each link with the step ids of the story links in the same part of the lesson (sequence part or question).
    const links = await page.$$eval('a.present-link', (as) =>
      as.map((a) => ({
        href: a.getAttribute('href')!,
        named: [...a.closest('.part, .question')!.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')].map((l) => l.hash.slice(1)),
      })),
    );
    const scenes = new Set(links.map((l) => /\/present\/([^/]+)\//.exec(l.href)![1]));
    expect(scenes).toContain('terrain');
    expect(scenes).toContain('talks-timeline');
    const shownAt = new Map<string, string | null>();
    for (const { href, named } of links) {
      expect(href, 'opens at a step').toMatch(/\/present\/[a-z-]+\/\?step=\d+$/);
      if (!shownAt.has(href)) {
        await page.goto(new URL(href, baseURL).href);
        await page.waitForSelector('.embed-scene[data-layout]');
        shownAt.set(href, await page.getAttribute('.embed-step:not([hidden]) .step', 'id'));
      }
      expect(named, `${href} shows step "${shownAt.get(href)}"`).toContain(shownAt.get(href));
    }
    await page.context().close();
  });
});

describe('presentation mode for every scene', () => {
  it('exists for every scene that has an embed', () => {
    expect([...sceneIds].sort()).toEqual(builtSceneIds('embed').sort());
  });

  it('is reachable from every scene in the story', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL);
    const links = await page.$$eval('.scene-tools a[href*="/present/"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(links)).toEqual(new Set(sceneIds.map((id) => `/present/${id}/`)));
    await page.context().close();
  });

  it('has no accessibility violations', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}present/the-trade/`);
    await page.waitForSelector('.embed-scene[data-layout]');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
