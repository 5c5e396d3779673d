import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import Positions from '../../src/components/scenes/positions/Positions.svelte';
import { prepare, creditFor, dayText, buildCells } from '../../src/components/scenes/positions/positions.data';
import { stateFor } from '../../src/components/scenes/positions/positions.state';
import { POSITIONS_STATES } from '../../src/components/scenes/positions/positions.config';
import { positionsFile } from '../../src/stories/facts/positions.schema';
import facts from '../../src/stories/facts/positions.json';

const data = prepare();
const PARTIES = ['Ukraine', 'Russia', 'United States', 'European coalition'];
const ISSUES = [
  'Withdrawal from the Donbas',
  'Guarantees before or after a deal',
  'Foreign troops in Ukraine',
  'Zaporizhzhia nuclear plant',
  'Recognition of annexed oblasts',
  'Demilitarised / free economic zone',
];

describe('positions data (prepare)', () => {
  it('lays the cells out issues × parties, in file order', () => {
    expect(data.cells).toHaveLength(6);
    for (const [r, row] of data.cells.entries()) {
      expect(row.map((c) => c.party)).toEqual(['ukraine', 'russia', 'us', 'europe']);
      for (const c of row) expect(c.issue).toBe(data.issues[r].id);
    }
  });
  it('gives every cell a credit per source and a written-out date', () => {
    for (const c of data.cells.flat()) {
      expect(c.credits).toHaveLength(c.sources.length);
      expect(c.asOfText).toMatch(/^\d{1,2} [A-Z][a-z]{2} 20\d\d$/);
    }
    expect(data.asOfText).toBe('31 Jan 2026');
  });
  it('projects an inset of Ukraine: 27 oblasts and a Russian-held area', () => {
    expect(data.inset.oblasts).toHaveLength(27);
    expect(data.inset.occupied).toMatch(/^M[\d.]/);
    expect(data.inset.oblasts.reduce((n, o) => n + o.d.length, 0)).toBeGreaterThan(1000);
  });
});

describe('creditFor and dayText', () => {
  const catalogue = [
    { id: 'a', publisher: 'Reuters, via Devdiscourse', credit: 'Reuters' },
    { id: 'b', publisher: 'The Kyiv Independent, reporting the Financial Times' },
    { id: 'c', publisher: 'TASS (Russian state news agency)' },
  ];
  it.each([
    { id: 'a', expected: 'Reuters' },
    { id: 'b', expected: 'The Kyiv Independent' },
    { id: 'c', expected: 'TASS' },
  ])('credit for $id → $expected', ({ id, expected }) => expect(creditFor(id, catalogue)).toBe(expected));
  it('throws on an unknown source id', () => expect(() => creditFor('zzz', catalogue)).toThrow(/unknown source id "zzz"/));
  it.each([
    { iso: '2026-01-27', text: '27 Jan 2026' },
    { iso: '2025-12-08', text: '8 Dec 2025' },
  ])('dayText($iso) = $text', ({ iso, text }) => expect(dayText(iso)).toBe(text));
  it('buildCells follows the issue and party order of the file, not of the cells', () => {
    const file = positionsFile.parse(facts);
    const reversed = { ...file, cells: [...file.cells].reverse() };
    expect(buildCells(reversed)[0][0]).toMatchObject({ party: 'ukraine', issue: 'withdrawal' });
  });
});

describe('positions stateFor', () => {
  it.each([
    { state: 'overview', issue: null, inset: [] },
    { state: 'withdrawal', issue: 'withdrawal', inset: ['donetsk', 'luhansk'] },
    { state: 'sequencing', issue: 'sequencing', inset: ['*'] },
    { state: 'troops', issue: 'troops', inset: ['*'] },
    { state: 'znpp', issue: 'znpp', inset: ['zaporizhzhia'] },
    { state: 'recognition', issue: 'recognition', inset: ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'sevastopol'] },
    { state: 'dmz', issue: 'dmz', inset: ['donetsk'] },
    { state: 'no-such-state', issue: null, inset: [] },
  ])('$state → issue $issue', ({ state, issue, inset }) => {
    const drawn = stateFor(data, state, 0);
    expect(drawn.issue).toBe(issue);
    expect(drawn.insetFocus).toEqual(inset);
    expect(drawn.state).toBe(state === 'no-such-state' ? 'overview' : state);
  });
  it('has a state per issue plus the overview, each with an alt naming all four parties', () => {
    expect(Object.keys(POSITIONS_STATES)).toEqual(['overview', ...data.issues.map((i) => i.id)]);
    for (const spec of Object.values(POSITIONS_STATES)) {
      for (const name of ['Ukraine', 'Russia']) expect(spec.alt).toContain(name);
      expect(spec.alt.length).toBeGreaterThan(100);
    }
  });
});

describe('positions SSR render', () => {
  it.each(Object.keys(POSITIONS_STATES))('%s: every party, every issue, the dates and the highlight', (state) => {
    const { body } = render(Positions, { props: { state: stateFor(data, state, 0), progress: 0 } });
    for (const p of PARTIES) expect(body).toContain(p);
    for (const i of ISSUES) expect(body).toContain(i);
    expect(body).toContain(`data-drawn-state="${state}"`);
    expect(body).toContain(`data-highlight="${state}"`);
    expect(body).toContain('No public position found');
    expect(body).toContain('As of 27 Jan 2026');
    const active = body.match(/<tr[^>]*class="[^"]*\bis-active\b[^"]*"[^>]*>/g) ?? [];
    if (state === 'overview') expect(active).toHaveLength(0);
    else {
      expect(active).toHaveLength(1);
      expect(active[0]).toContain(`data-issue="${state}"`);
      expect(active[0]).toContain('aria-current="true"');
    }
  });
  it('has no issue buttons before hydration (they need script to work)', () => {
    const { body } = render(Positions, { props: { state: stateFor(data, 'withdrawal', 0), progress: 0 } });
    expect(body).not.toContain('<button');
  });
  it('draws the inset with real geometry and highlights the issue’s oblasts', () => {
    const { body } = render(Positions, { props: { state: stateFor(data, 'znpp', 0), progress: 0 } });
    expect((body.match(/<path/g) ?? []).length).toBeGreaterThan(27);
    expect((body.match(/class="oblast[^"]*\bfocus\b/g) ?? []).length).toBe(1);
  });
});
