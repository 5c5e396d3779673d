// /classroom/ and /glossary/ in Chromium: no axe-core violations at phone and desktop widths in light and
// dark, no console errors or outside requests, the framing excerpts side by side on desktop and stacked on
// phones, and the print stylesheet (no navigation, link URLs after links, answers on a new page).
import { describe, it, expect, inject } from 'vitest';
import { openPage, axeViolations } from './browser';
import { browserForFile } from './hooks';

const baseURL = inject('baseURL');
const browser = browserForFile();

const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;

describe.each(['classroom/', 'glossary/'])('/%s', (path) => {
  for (const [name, viewport] of VIEWPORTS)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`has no axe violations, console errors or outside requests (${name}, ${colorScheme})`, async () => {
        const { page, consoleErrors, foreignRequests } = await openPage(browser(), { viewport, colorScheme });
        await page.goto(baseURL + path);
        // Open the teacher notes too, so their content is checked.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
        expect(consoleErrors).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await page.context().close();
      });
});

describe('on the narrowest phones (300 px)', () => {
  it.each(['classroom/', 'glossary/'])('/%s does not scroll sideways', async (path) => {
    const { page } = await openPage(browser(), { viewport: { width: 300, height: 700 } });
    await page.goto(baseURL + path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('/classroom/ layout', () => {
  it('puts the four excerpts side by side on a desktop and stacks them on a phone', async () => {
    for (const [name, viewport] of VIEWPORTS) {
      const { page } = await openPage(browser(), { viewport });
      await page.goto(`${baseURL}classroom/`);
      const tops = await page.$$eval('#framing .voice', (els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(tops).toHaveLength(4);
      if (name === 'desktop') expect(new Set(tops).size, 'one row').toBe(1);
      else expect(new Set(tops).size, 'one per row').toBe(4);
      await page.context().close();
    }
  });

  it('prints without navigation or internal addresses, with the answers and teacher notes on their own pages', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseURL}classroom/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const display = (sel: string) => getComputedStyle(document.querySelector(sel)!).display;
      const after = (sel: string) => getComputedStyle(document.querySelector(sel)!, '::after').content;
      const notes = document.querySelector<HTMLElement>('#discussion details.teacher-notes')!;
      return {
        nav: display('.cr-nav'),
        footer: display('.site-footer'),
        present: after('a.present-link'),
        answersBreak: getComputedStyle(document.querySelector('#answers')!).breakBefore,
        questionBreak: getComputedStyle(document.querySelector('#quiz .question')!).breakInside,
        excerptBreak: getComputedStyle(document.querySelector('#framing .voice')!).breakInside,
        notes: getComputedStyle(notes).display,
        notesForTeacher: getComputedStyle(document.querySelector('#answers .notes-on-paper')!).display,
      };
    });
    expect(printed.nav).toBe('none');
    expect(printed.footer).toBe('none');
    expect(printed.present, 'internal links print no address').toBe('none');
    expect(printed.answersBreak).toBe('page');
    expect(printed.questionBreak).toBe('avoid');
    expect(printed.excerptBreak).toBe('avoid');
    expect(printed.notes, 'teacher notes leave the questions on paper').toBe('none');
    expect(printed.notesForTeacher, '…and print in the section for the teacher').toBe('block');
    // On screen, none of that applies.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.cr-nav')!).display)).not.toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#answers .notes-on-paper')!).display)).toBe('none');
    await page.context().close();
  });
});
