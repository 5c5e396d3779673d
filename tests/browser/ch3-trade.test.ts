// Chapter 3's ledger and ladder: each step highlights the right ledger lines / rungs, reveals the ledger
// line by line, stacks the ledger's sides on a phone, and keeps what the step is about above the card.
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openPage, goToStep as goToChapterStep, shownInHiddenViews } from './browser';
import { browserForFile } from './hooks';
import { TRADE_STATES } from '../../src/components/scenes/the-trade/the-trade.config';
import { LADDER_STATES } from '../../src/components/scenes/guarantee-ladder/guarantee-ladder.config';

const baseURL = inject('baseURL');
const CHAPTER = 'guarantees-for-territory';
const chapter = JSON.parse(readFileSync(new URL('../../src/stories/03-guarantees-for-territory.json', import.meta.url), 'utf8')) as {
  steps: { id: string; scene: string; state: string }[];
};
const steps = chapter.steps.map((s, i) => ({ ...s, i })).filter((s) => s.scene === 'the-trade' || s.scene === 'guarantee-ladder');

const browser = browserForFile();

const goToStep = (page: Page, i: number, state: string) => goToChapterStep(page, CHAPTER, i, state);

/** What the visible scene marks: highlighted and revealed ledger lines, current rungs, the proposal tag. */
const marks = (page: Page) =>
  page.evaluate((id) => {
    // The drawing on screen (a server-only scene keeps one per state; the shown one comes first).
    const layer = document.querySelector(`#${id} .layer.is-active [data-drawn-state]:not([hidden] *)`)!;
    const ids = (selector: string, attr: string) => Array.from(layer.querySelectorAll<HTMLElement>(selector)).map((el) => el.getAttribute(attr)!);
    return {
      highlightedLines: ids('[data-line][data-highlight="true"]', 'data-line'),
      revealedLines: ids('[data-line][data-revealed="true"]', 'data-line'),
      currentRungs: ids('[data-rung][aria-current="true"]', 'data-rung'),
      highlightedRungs: ids('[data-rung][data-highlight="true"]', 'data-rung'),
      proposalMarked: (layer.matches('[data-proposal-marked]') ? (layer as HTMLElement) : layer.querySelector<HTMLElement>('[data-proposal-marked]'))?.dataset.proposalMarked,
    };
  }, CHAPTER);

describe.each([
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
])('chapter 3 on a $name', ({ viewport }) => {
  it('each step highlights its own ledger lines or ladder rungs, in view and clear of the step card', async () => {
    const { page, consoleErrors } = await openPage(browser(), { viewport });
    await page.goto(baseURL);
    for (const step of steps) {
      await goToStep(page, step.i, step.state);
      await page.waitForTimeout(800); // let lines open and fade in
      expect(await shownInHiddenViews(page, CHAPTER), `${step.id}: the other states' drawings stay hidden`).toEqual([]);
      const m = await marks(page);
      if (step.scene === 'the-trade') {
        const spec = TRADE_STATES[step.state];
        expect(m.highlightedLines, step.id).toEqual([...spec.highlight].sort((a, b) => order(a) - order(b)));
        expect(m.revealedLines.sort(), step.id).toEqual([...spec.reveal].sort());
      } else {
        const spec = LADDER_STATES[step.state];
        expect(m.currentRungs, step.id).toEqual([...spec.highlight]);
        expect(m.highlightedRungs, step.id).toEqual([...spec.highlight]);
        expect(m.proposalMarked, step.id).toBe(String(spec.markProposal));
      }
      // What the step is about is on screen: on a phone, where cards pass over the figure, above the
      // trigger line where the active card starts; on a wide screen, where they sit beside it, in view.
      const boxes = await page.$$eval(`#${CHAPTER} .layer.is-active [data-state-view]:not([hidden]) [data-highlight="true"]`, (els) => els.map((e) => e.getBoundingClientRect().toJSON()));
      for (const b of boxes) {
        expect(b.top, step.id).toBeGreaterThanOrEqual(0);
        expect(b.bottom, step.id).toBeLessThanOrEqual(viewport.height * (viewport.width < 960 ? 0.6 : 1));
      }
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('lays the ledger’s two sides side by side on a wide screen and stacks them on a phone', async () => {
    const { page } = await openPage(browser(), { viewport });
    await page.goto(baseURL);
    const denial = steps.find((s) => s.state === 'denial')!;
    await goToStep(page, denial.i, 'denial');
    const [give, get] = await page.$$eval(`#${CHAPTER} .layer.is-active [data-state-view]:not([hidden]) .side`, (els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    if (viewport.width < 600) expect(get.top).toBeGreaterThanOrEqual(give.bottom - 1);
    else expect(Math.abs(get.top - give.top)).toBeLessThan(2);
    // Type stays legible: nothing in the ledger under 12 px.
    const smallest = await page.$$eval(`#${CHAPTER} .layer.is-active [data-state-view]:not([hidden]) [data-drawn-state] *`, (els) =>
      Math.min(...els.filter((e) => e.childNodes.length && (e as HTMLElement).innerText?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
    await page.context().close();
  });
});

const ORDER = ['held-area', 'belt-cities', 'fortifications', 'us-guarantee', 'white-house-denial', 'weapons', 'dmz'];
function order(id: string) {
  return ORDER.indexOf(id);
}
