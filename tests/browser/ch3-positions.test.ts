// Chapter 3's positions matrix and talks timeline in Chromium: each step opens the right issue rows
// (party cards on a phone, grid rows on a desktop) or the right phases of the timeline, switching between
// drawings made at build time; together the steps open every issue and every phase.
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openPage, goToStep as goToChapterStep, shownInHiddenViews } from './browser';
import { browserForFile } from './hooks';
import { POSITIONS_STATES } from '../../src/components/scenes/positions/positions.config';
import { TIMELINE_STATES } from '../../src/components/scenes/talks-timeline/talks-timeline.config';

const baseURL = inject('baseURL');
const chapter = JSON.parse(readFileSync(new URL('../../src/stories/03-guarantees-for-territory.json', import.meta.url), 'utf8'));
const CHAPTER_ID = 'guarantees-for-territory';
const steps: { id: string; scene: string; state: string }[] = chapter.steps;
const ours = steps.map((s, i) => ({ ...s, i })).filter((s) => s.scene === 'positions' || s.scene === 'talks-timeline');

const browser = browserForFile();

const goToStep = (page: Page, i: number, state: string) => goToChapterStep(page, CHAPTER_ID, i, state);

/** What the visible scene highlights, and which rows/cards/phases a reader can actually see. */
const highlighted = (page: Page) =>
  page.evaluate((id) => {
    const root = document.querySelector<HTMLElement>(`#${id} .layer.is-active [data-highlight]:not([hidden] *)`)!;
    const visible = (el: Element) => (el as HTMLElement).offsetHeight > 0;
    return {
      highlight: root.dataset.highlight,
      activeRows: Array.from(root.querySelectorAll<HTMLElement>('tr.is-open')).map((r) => r.dataset.issue),
      visibleRows: Array.from(root.querySelectorAll<HTMLElement>('tbody tr')).filter(visible).map((r) => r.dataset.issue),
      visibleCells: Array.from(root.querySelectorAll<HTMLElement>('tbody td')).filter(visible).length,
      visibleStances: Array.from(root.querySelectorAll<HTMLElement>('.stance')).filter(visible).length,
      currentPhase: Array.from(root.querySelectorAll<HTMLElement>('[aria-current="step"]')).map((p) => p.dataset.phase),
      visibleEventTexts: Array.from(root.querySelectorAll<HTMLElement>('[data-phase]'))
        .filter((p) => Array.from(p.querySelectorAll('.ev-text')).some(visible))
        .map((p) => p.dataset.phase),
      gridBottom: root.getBoundingClientRect().bottom,
      rootWidth: root.getBoundingClientRect().width,
      overflowX: root.scrollWidth > root.clientWidth + 1,
    };
  }, CHAPTER_ID);

describe.each([
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
])('chapter 3 scenes on a $name', ({ name, viewport }) => {
  it('each step opens its issue rows or its timeline phases, and together they open every one', async () => {
    const { page, consoleErrors } = await openPage(browser(), { viewport });
    await page.goto(baseURL);
    expect(ours.length).toBeGreaterThanOrEqual(4);
    const openedIssues = new Set<string>();
    const openedPhases = new Set<string>();
    for (const step of ours) {
      await goToStep(page, step.i, step.state);
      const h = await highlighted(page);
      expect(await shownInHiddenViews(page, CHAPTER_ID), `${step.id}: the other states' drawings stay hidden`).toEqual([]);
      expect(h.highlight, step.id).toBe(step.state);
      expect(h.overflowX, `${step.id}: nothing sticks out sideways`).toBe(false);
      if (step.scene === 'positions') {
        const issues = POSITIONS_STATES[step.state].issues;
        expect(h.activeRows, step.id).toEqual(issues);
        // Every opened issue's four stances are shown in full.
        expect(h.visibleStances, step.id).toBe(4 * issues.length);
        if (name === 'phone') {
          // No six-column table: the opened issues' party cards only.
          expect(h.visibleRows, step.id).toEqual(issues);
          expect(h.visibleCells, step.id).toBe(4 * issues.length);
        } else {
          expect(h.visibleRows, step.id).toHaveLength(6);
          expect(h.visibleCells, step.id).toBe(24);
          // The whole grid, opened rows included, fits the laptop screen.
          expect(h.gridBottom, step.id).toBeLessThanOrEqual(viewport.height);
        }
        for (const i of h.activeRows) openedIssues.add(i!);
      } else {
        const phases = TIMELINE_STATES[step.state].phases;
        expect(h.currentPhase, step.id).toEqual(phases);
        expect(h.visibleEventTexts, `${step.id}: the opened phases show their events’ text`).toEqual(phases);
        for (const p of phases) openedPhases.add(p);
      }
    }
    expect([...openedIssues].sort()).toEqual(['dmz', 'recognition', 'sequencing', 'troops', 'withdrawal', 'znpp']);
    expect([...openedPhases].sort()).toEqual(['abu-dhabi', 'berlin', 'draft-plan', 'paris-davos', 'pushback']);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('server-only scenes (positions, talks timeline)', () => {
  it('switch between drawings made at build time: no data request and no scene code in the browser', async () => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(baseURL);
    // The page arrives with each scene's first view; the later ones ship as templates, put in place before use.
    const viewsNow = () => page.$$eval(`#${CHAPTER_ID} [data-layer="positions"] [data-state-view]`, (els) => els.map((e) => (e as HTMLElement).dataset.stateView));
    expect(await viewsNow()).toEqual([ours.find((s) => s.scene === 'positions')!.state]);
    for (const step of ours.filter((s) => s.scene === 'positions' || s.scene === 'talks-timeline')) await goToStep(page, step.i, step.state);
    expect(new Set(await viewsNow())).toEqual(new Set(ours.filter((s) => s.scene === 'positions').map((s) => s.state)));
    expect(requests.filter((p) => /\/data\/scenes\/(positions|talks-timeline)\.json$|\/(Positions|TalksTimeline)\.[\w-]+\.js$/.test(p))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
