// The printed editions (issue 9): /print/ (the whole story) and /classroom/ (the lesson guide), each printed
// once to an A4 PDF in Chromium as a reader's browser would, then read back page by page with poppler's
// `pdftotext -bbox` (every word with its page and box).
import { describe, it, expect, beforeAll, inject } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPage, builtSceneIds } from './browser';
import { browserForFile } from './hooks';

const baseURL = inject('baseURL');

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Each page's words, in reading order. */
function pdfPages(pdf: Buffer): Word[][] {
  const dir = mkdtempSync(join(tmpdir(), 'print-test-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    let html: string;
    try {
      html = execFileSync('pdftotext', ['-bbox', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8', maxBuffer: 1e8 });
    } catch (e) {
      throw new Error(`pdftotext failed (${e}): install it with \`apt-get update && apt-get install -y poppler-utils\`.`);
    }
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    return [...html.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map((page) =>
      [...page[1].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
        x0: +w[1],
        y0: +w[2],
        x1: +w[3],
        y1: +w[4],
        text: unescape(w[5]),
      })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A marker word, printed tiny at the top and at the bottom edge of an element, so the PDF shows which page each edge fell on. */
const EDGE = /^edge(\d+)(top|bottom)x$/;

async function markEdges(page: Page, selector: string): Promise<number> {
  return page.$$eval(selector, (elements) => {
    elements.forEach((el, i) => {
      const box = el as HTMLElement;
      if (getComputedStyle(box).position === 'static') box.style.position = 'relative';
      for (const edge of ['top', 'bottom']) {
        const mark = document.createElement('span');
        mark.textContent = `edge${i}${edge}x`;
        // Out of the flow, so the page breaks where it would without it.
        mark.style.cssText = `position:absolute;left:0;${edge}:0;font:4px/1 sans-serif;color:#fff`;
        box.append(mark);
      }
    });
    return elements.length;
  });
}

/** Elements (by marker number) whose top and bottom edges printed on different pages, or did not print. */
function splitAcrossPages(pages: Word[][], count: number): string[] {
  const pageOf = new Map<string, number>();
  pages.forEach((words, p) => words.forEach((w) => EDGE.test(w.text) && pageOf.set(w.text, p + 1)));
  return Array.from({ length: count }, (_, i) => [i, pageOf.get(`edge${i}topx`), pageOf.get(`edge${i}bottomx`)] as const)
    .filter(([, top, bottom]) => !top || top !== bottom)
    .map(([i, top, bottom]) => `#${i}: top on page ${top}, bottom on page ${bottom}`);
}

/** The page's own words, without the edge markers. */
const contentOf = (words: Word[]) => words.filter((w) => !EDGE.test(w.text));
const textOf = (words: Word[]) => contentOf(words).map((w) => w.text).join(' ');

/** Pairs of words printed over each other: their boxes share over half the smaller word's width and height. */
function overlappingWords(words: Word[]): string[] {
  const hits: string[] = [];
  words.forEach((a, i) =>
    words.slice(i + 1).forEach((b) => {
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0) && h > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) hits.push(`${a.text} / ${b.text}`);
    }),
  );
  return hits;
}

/** A build without SITE_URL has a reserved example domain: it must never reach paper. */
const PLACEHOLDER_HOST = /[\w-]+\.example\b|\bexample\.(com|org|net)\b/;

interface Printed {
  pages: Word[][];
  marked: number;
}

/** Prints the page at `path` to an A4 PDF as the tests in issue 9 describe (backgrounds on), after marking the edges of `keepWhole`. */
async function printToPdf(page: Page, path: string, keepWhole: string): Promise<Printed> {
  await page.goto(`${baseURL}${path}`);
  const marked = await markEdges(page, keepWhole);
  const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  console.log(`${path}: ${pages.length} A4 pages`);
  return { pages, marked };
}

const browser = browserForFile();

describe('the printable edition (/print/) on paper', () => {
  let printed: Printed;
  let colours: { ukraine: string; russia: string; russianHeld: string; swatchAdjust: string[] };
  let contents: { scenes: string[]; printSteps: number; steps: number; toolsShown: number };
  let consoleErrors: string[];
  beforeAll(async () => {
    const opened = await openPage(browser());
    const { page } = opened;
    consoleErrors = opened.consoleErrors;
    await page.emulateMedia({ media: 'print' });
    printed = await printToPdf(page, 'print/', '.print-figure');
    contents = await page.evaluate(() => ({
      scenes: [...new Set([...document.querySelectorAll<HTMLElement>('.print-step [data-scene]')].filter((e) => e.getBoundingClientRect().height > 50).map((e) => e.dataset.scene!))],
      printSteps: document.querySelectorAll('.print-step').length,
      steps: document.querySelectorAll('[data-step]').length,
      toolsShown: [...document.querySelectorAll('.scene-tools')].filter((e) => getComputedStyle(e).display !== 'none').length,
    }));
    colours = await page.evaluate(() => {
      const map = document.querySelector('.print-figure [data-scene="control-timeline"]')!;
      const fill = (selector: string) => getComputedStyle(map.querySelector(selector)!).fill;
      return {
        ukraine: fill('.oblast'),
        russia: fill('.country'),
        russianHeld: fill('.occupied'),
        swatchAdjust: [...document.querySelectorAll('.print-figure .swatch')].map((s) => getComputedStyle(s).printColorAdjust),
      };
    });
    await page.context().close();
  }, 120_000);

  it('draws every scene of the story, at every step, without the embed tools', () => {
    expect(contents.scenes.sort()).toEqual([...builtSceneIds()].sort());
    expect(contents.printSteps).toBe(contents.steps);
    expect(contents.toolsShown).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('has no blank page', () => {
    const blank = printed.pages.flatMap((words, i) => (textOf(words).trim() ? [] : [i + 1]));
    expect(printed.pages.length).toBeGreaterThan(10);
    expect(blank).toEqual([]);
  });

  it('splits no figure across pages', () => {
    expect(printed.marked).toBeGreaterThan(30);
    expect(splitAcrossPages(printed.pages, printed.marked)).toEqual([]);
  });

  it('prints no text of the trade ledger over other text', () => {
    const ledgerPages = printed.pages.filter((words) => textOf(words).includes('UKRAINE WOULD GIVE'));
    expect(ledgerPages.length).toBeGreaterThanOrEqual(3);
    expect(ledgerPages.flatMap((words) => overlappingWords(contentOf(words)))).toEqual([]);
  });

  it('prints the address of every external source, and no placeholder or internal address', () => {
    const text = printed.pages.map(textOf).join(' ');
    // (Matches, not the whole text, so that a failure stays readable.)
    expect(text.match(/<https:\/\//g)?.length).toBeGreaterThan(50);
    expect(text.match(PLACEHOLDER_HOST)?.[0]).toBeUndefined();
    expect(text.match(/<\/[^>]*>/)?.[0]).toBeUndefined();
  });

  it('keeps Ukraine, Russia and Russian-held land apart in grey, and prints legend swatches without "Background graphics"', () => {
    // The grey a black-and-white printer makes of a colour (ITU-R BT.601 luma, 0–255).
    const grey = (rgb: string) => {
      const [r, g, b] = rgb.match(/[\d.]+/g)!.map(Number);
      return 0.299 * r + 0.587 * g + 0.114 * b;
    };
    const [ukraine, russia, held] = [colours.ukraine, colours.russia, colours.russianHeld].map(grey);
    expect(ukraine - russia).toBeGreaterThanOrEqual(35);
    expect(russia - held).toBeGreaterThanOrEqual(35);
    expect(colours.swatchAdjust.length).toBeGreaterThan(0);
    expect(new Set(colours.swatchAdjust)).toEqual(new Set(['exact']));
  });
});

describe('the classroom guide (/classroom/) on paper', () => {
  let printed: Printed;
  let notes: string[];
  beforeAll(async () => {
    const { page } = await openPage(browser());
    printed = await printToPdf(page, 'classroom/', '.voice, .quiz > .question');
    notes = await page.$$eval('details.teacher-notes > p:first-of-type', (ps) => ps.map((p) => p.textContent!.trim()));
    await page.context().close();
  }, 120_000);

  it('has no blank page and splits no excerpt or quiz question across pages', () => {
    expect(printed.pages.flatMap((words, i) => (textOf(words).trim() ? [] : [i + 1]))).toEqual([]);
    expect(printed.marked).toBeGreaterThan(4);
    expect(splitAcrossPages(printed.pages, printed.marked)).toEqual([]);
  });

  it('prints the teacher notes only in the section for the teacher, so the pages before it can be handed out', () => {
    const texts = printed.pages.map(textOf);
    const teacherFrom = texts.findIndex((t) => t.includes('For the teacher'));
    expect(teacherFrom).toBeGreaterThan(0);
    const students = texts.slice(0, teacherFrom).join(' ');
    const teacher = texts.slice(teacherFrom).join(' ');
    expect(notes.length).toBeGreaterThanOrEqual(9);
    for (const note of notes) {
      const opening = note.split(/\s+/).slice(0, 8).join(' ');
      expect(students.includes(opening), `a student page prints "${opening}"`).toBe(false);
      expect(teacher.includes(opening), `the teacher pages lack "${opening}"`).toBe(true);
    }
    expect(students.includes('Answer:')).toBe(false);
  });

  it('prints no placeholder or internal address', () => {
    expect(printed.pages.map(textOf).join(' ').match(PLACEHOLDER_HOST)?.[0]).toBeUndefined();
  });
});

describe('the story itself on paper', () => {
  it('prints unrolled: every scene\'s figure and every step, no embed tools', async () => {
    const { page } = await openPage(browser());
    await page.goto(baseURL);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      layersHidden: [...document.querySelectorAll<HTMLElement>('[data-layer]')].filter((l) => l.offsetHeight < 50).map((l) => l.dataset.layer),
      steps: [...document.querySelectorAll('[data-step]')].filter((s) => s.getBoundingClientRect().height > 0).length,
      total: document.querySelectorAll('[data-step]').length,
      tools: [...document.querySelectorAll('.scene-tools')].map((e) => getComputedStyle(e).display),
    }));
    expect(printed.layersHidden).toEqual([]);
    expect(printed.steps).toBe(printed.total);
    expect(new Set(printed.tools)).toEqual(new Set(['none']));
    await page.context().close();
  });
});
