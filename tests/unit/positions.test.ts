import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import Positions from '../../src/components/scenes/positions/Positions.svelte';
import { readFileSync } from 'node:fs';
import { prepare, buildCells } from '../../src/components/scenes/positions/positions.data';
import { creditFor } from '../../src/stories/facts/credits';
import { dayText } from '../../src/lib/day-text';
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
  it('gives every cell its sources’ credits (each once) and a written-out date', () => {
    for (const c of data.cells.flat()) {
      expect(c.credits).toEqual([...new Set(c.sources.map((id) => creditFor(id)))]);
      expect(c.asOfText).toMatch(/^\d{1,2} [A-Z][a-z]{2} 20\d\d$/);
    }
    expect(data.asOfText).toBe('31 Jan 2026');
    expect(data.controlDateText).toBe('27 Jan 2026');
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

const CLAIMED = ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'sevastopol'];

describe('positions stateFor', () => {
  it.each([
    { state: 'overview', issues: [], inset: [] },
    { state: 'withdrawal', issues: ['withdrawal'], inset: ['donetsk', 'luhansk'] },
    { state: 'sequencing', issues: ['sequencing'], inset: ['*'] },
    { state: 'troops', issues: ['troops'], inset: ['*'] },
    { state: 'znpp', issues: ['znpp'], inset: ['zaporizhzhia'] },
    { state: 'recognition', issues: ['recognition'], inset: CLAIMED },
    { state: 'dmz', issues: ['dmz'], inset: ['donetsk'] },
    { state: 'donbas', issues: ['withdrawal', 'dmz'], inset: ['donetsk', 'luhansk'] },
    { state: 'guarantees', issues: ['sequencing', 'troops'], inset: ['*'] },
    { state: 'plant-recognition', issues: ['znpp', 'recognition'], inset: CLAIMED },
    { state: 'no-such-state', issues: [], inset: [] },
  ])('$state → issues $issues', ({ state, issues, inset }) => {
    const drawn = stateFor(data, state, 0);
    expect(drawn.openIssues).toEqual(issues);
    expect(drawn.insetFocus).toEqual(inset);
    expect(drawn.state).toBe(state === 'no-such-state' ? 'overview' : state);
    expect(drawn.heading).toBe(issues.length ? POSITIONS_STATES[state].label : 'Six issues, four parties');
  });
  it('has the overview, a state per issue and the three two-issue states, each with an alt naming all four parties', () => {
    expect(Object.keys(POSITIONS_STATES)).toEqual(['overview', ...data.issues.map((i) => i.id), 'donbas', 'guarantees', 'plant-recognition']);
    for (const spec of Object.values(POSITIONS_STATES)) {
      for (const name of PARTIES) expect(spec.alt).toContain(name);
      expect(spec.alt.length).toBeGreaterThan(100);
    }
  });
  it('a state’s alt gives every stance it opens, with its date', () => {
    for (const [id, spec] of Object.entries(POSITIONS_STATES))
      for (const c of facts.cells.filter((c) => spec.issues.includes(c.issue))) {
        expect(spec.alt, `${id}: ${c.party} × ${c.issue}`).toContain(c.stance);
        expect(spec.alt).toContain(`(as of ${dayText(c.asOf)})`);
      }
  });
  it('the chapter opens every issue at some step', () => {
    const chapter = JSON.parse(readFileSync(new URL('../../src/stories/03-guarantees-for-territory.json', import.meta.url), 'utf8')) as { steps: { scene: string; state: string }[] };
    const opened = chapter.steps.filter((s) => s.scene === 'positions').flatMap((s) => POSITIONS_STATES[s.state].issues);
    expect(new Set(opened)).toEqual(new Set(data.issues.map((i) => i.id)));
  });
  it('the Europe × recognition cell says it rests on an anonymous October 2025 Bloomberg report', () => {
    const cell = facts.cells.find((c) => c.party === 'europe' && c.issue === 'recognition')!;
    expect(cell.stance).toMatch(/anonymous report: Bloomberg \(21 Oct 2025\)/);
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
    const active = body.match(/<tr[^>]*class="[^"]*\bis-open\b[^"]*"[^>]*>/g) ?? [];
    expect(active.map((tr) => tr.match(/data-issue="([^"]+)"/)![1])).toEqual(POSITIONS_STATES[state].issues);
    for (const tr of active) expect(tr).toContain('aria-current="true"');
    // The caption says what the shading shows, without a "Map: Highlighted:" stutter.
    expect(body).not.toContain('Map: Highlighted');
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
