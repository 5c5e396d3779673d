import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import GuaranteeLadder from '../../src/components/scenes/guarantee-ladder/GuaranteeLadder.svelte';
import { prepare } from '../../src/components/scenes/guarantee-ladder/guarantee-ladder.data';
import { stateFor } from '../../src/components/scenes/guarantee-ladder/guarantee-ladder.state';
import { LADDER_STATES } from '../../src/components/scenes/guarantee-ladder/guarantee-ladder.config';
import { creditLine } from '../../src/stories/facts/credits';

const data = prepare();
const WEAKEST_FIRST = ['budapest-1994', 'bilateral-2024', 'us-article-5-mirror', 'nato-article-5', 'troops-on-ground'];

describe('guarantee-ladder prepare', () => {
  it('has the five rungs weakest first, numbered 1–5, each with every field, sources and a date', () => {
    expect(data.rungs.map((r) => r.id)).toEqual(WEAKEST_FIRST);
    expect(data.rungs.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
    for (const r of data.rungs) {
      for (const key of ['name', 'when', 'summary', 'who', 'binds', 'trigger', 'record', 'attribution'] as const) expect(r[key].length, `${r.id}.${key}`).toBeGreaterThan(2);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(r.asOfText, r.id).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    }
  });
  it('marks exactly one rung, the US “Article 5-mirror”, as the proposal', () => {
    expect(data.rungs.filter((r) => r.proposal).map((r) => r.id)).toEqual(['us-article-5-mirror']);
  });
  it('says the order is the site’s reading', () => {
    expect(data.reading).toMatch(/site’s reading/);
  });
  it('dates the rungs as the sources do', () => {
    const rung = (id: string) => data.rungs.find((r) => r.id === id)!;
    expect(rung('budapest-1994').when).toBe('5 Dec 1994');
    expect(rung('bilateral-2024').who).toContain('12 Jan 2024');
    expect(rung('bilateral-2024').who).toContain('13 Jun 2024');
    expect(rung('troops-on-ground').when).toContain('6 Jan 2026');
    expect(rung('nato-article-5').record).toContain('12 Sep 2001');
  });
  it('names the guarantors the 20-point draft names, not the US alone', () => {
    expect(data.rungs.find((r) => r.id === 'us-article-5-mirror')!.who).toMatch(/US, NATO and European signatories/);
  });
  it('derives each rung’s credit line from its source ids, each credit once', () => {
    for (const r of data.rungs) expect(r.attribution, r.id).toBe(creditLine(r.sources));
    expect(data.rungs.find((r) => r.id === 'budapest-1994')!.attribution).toBe('United Nations; Associated Press');
  });
});

describe('guarantee-ladder stateFor', () => {
  it.each([
    { state: 'overview', highlighted: [], marked: false },
    { state: 'budapest', highlighted: ['budapest-1994'], marked: false },
    { state: 'bilateral', highlighted: ['bilateral-2024'], marked: false },
    { state: 'proposal', highlighted: ['us-article-5-mirror'], marked: true },
    { state: 'article-5', highlighted: ['nato-article-5'], marked: false },
    { state: 'troops', highlighted: ['troops-on-ground'], marked: false },
    { state: 'unknown', highlighted: [], marked: false },
  ])('$state', ({ state, highlighted, marked }) => {
    const drawn = stateFor(data, state, 0);
    expect(drawn.state).toBe(state in LADDER_STATES ? state : 'overview');
    expect(drawn.rungs.filter((r) => r.highlighted).map((r) => r.id)).toEqual(highlighted);
    expect(drawn.proposalMarked).toBe(marked);
  });
  it('draws the strongest rung at the top, as a ladder reads', () => {
    expect(stateFor(data, 'overview', 0).rungs.map((r) => r.id)).toEqual([...WEAKEST_FIRST].reverse());
    // …without reordering the prepared data itself.
    expect(data.rungs[0].id).toBe('budapest-1994');
  });
});

describe('GuaranteeLadder.svelte (server render)', () => {
  it.each(Object.keys(LADDER_STATES))('%s renders five rungs with the right one current', (state) => {
    const drawn = stateFor(data, state, 0);
    const { body } = render(GuaranteeLadder, { props: { state: drawn, progress: 0 } });
    expect(body).toContain(`data-drawn-state="${state}"`);
    expect(body.match(/data-rung="/g)).toHaveLength(5);
    expect(body.match(/aria-current="true"/g)?.length ?? 0).toBe(LADDER_STATES[state].highlight.length);
    for (const id of LADDER_STATES[state].highlight) expect(body).toMatch(new RegExp(`data-rung="${id}"[^>]*data-highlight="true"`));
    expect(body).toContain(LADDER_STATES[state].markProposal ? 'the proposal on the table' : '>proposed<');
    expect(body).toContain('site’s reading');
    expect(body.match(/<line /g)!.length).toBeGreaterThan(5);
  });
  it('lists each rung’s who, binding, trigger and record', () => {
    const { body } = render(GuaranteeLadder, { props: { state: stateFor(data, 'budapest', 0), progress: 0 } });
    for (const label of ['Who', 'Binding?', 'Trigger', 'Record']) expect(body).toMatch(new RegExp(`<dt[^>]*>${label.replace('?', '\\?')}</dt>`));
    expect(body).toContain('no signatory promised');
  });
});
