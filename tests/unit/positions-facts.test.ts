// The chapter-3 fact files: every matrix cell and timeline event names a known source and an "as of"
// date, and the schema that the scenes' prepare() uses rejects a file that does not.
import { describe, it, expect } from 'vitest';
import positions from '../../src/stories/facts/positions.json';
import timeline from '../../src/stories/facts/talks-timeline.json';
import sources from '../../src/stories/sources.json';
import { positionsFile, timelineFile } from '../../src/stories/facts/positions.schema';
import { sourcedFact as sourcedItem, parseFacts } from '../../src/stories/facts/schema';

const ids = new Set(sources.map((s) => s.id));
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('the committed fact files', () => {
  it('positions.json passes the schema: one cell per party × issue', () => {
    const parsed = positionsFile.parse(positions);
    expect(parsed.cells).toHaveLength(parsed.parties.length * parsed.issues.length);
    expect(parsed.parties.map((p) => p.id)).toEqual(['ukraine', 'russia', 'us', 'europe']);
    expect(parsed.issues.map((i) => i.id)).toEqual(['withdrawal', 'sequencing', 'troops', 'znpp', 'recognition', 'dmz']);
  });
  it('talks-timeline.json passes the schema', () => {
    expect(() => timelineFile.parse(timeline)).not.toThrow();
  });
  it.each([
    ...positions.cells.map((c) => ({ name: `cell ${c.party} × ${c.issue}`, item: c as { sources: string[]; asOf: string } })),
    ...timeline.events.map((e) => ({ name: `event ${e.id}`, item: e as { sources: string[]; asOf: string } })),
  ])('$name has known sources and an ISO as-of date no later than 31 Jan 2026', ({ item }) => {
    expect(item.sources.length).toBeGreaterThan(0);
    for (const id of item.sources) expect(ids.has(id), id).toBe(true);
    expect(item.asOf).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(item.asOf <= '2026-01-31').toBe(true);
  });
  it('the next round is dated 1 Feb 2026, marked expected, and its since-then note carries its own source', () => {
    const next = timeline.events.at(-1)!;
    expect(next).toMatchObject({ date: '2026-02-01', expected: true });
    expect(next.sinceThenSources?.every((id) => ids.has(id))).toBe(true);
  });
});

describe('sourcedItem rejects a fact without a source or date (negative cases)', () => {
  it.each([
    { name: 'no sources key', item: { asOf: '2026-01-27' }, error: /sources/ },
    { name: 'an empty source list', item: { sources: [], asOf: '2026-01-27' }, error: /at least one source/ },
    { name: 'an unknown source id', item: { sources: ['made-up-source'], asOf: '2026-01-27' }, error: /unknown source id "made-up-source"/ },
    { name: 'no as-of date', item: { sources: ['isw-2026-01-27'] }, error: /asOf/ },
    { name: 'a date that is not ISO', item: { sources: ['isw-2026-01-27'], asOf: '27 Jan 2026' }, error: /asOf/ },
  ])('$name', ({ item, error }) => {
    expect(() => parseFacts(sourcedItem, item, 'fixture.json')).toThrow(error);
  });
  it('accepts a well-formed item', () => {
    expect(sourcedItem.parse({ sources: ['isw-2026-01-27'], asOf: '2026-01-27' })).toBeTruthy();
  });
});

describe('the file schemas fail loudly, naming the bad item', () => {
  it.each([
    {
      name: 'a cell that lost its sources',
      edit: (f: typeof positions) => ((f.cells[3] as { sources: string[] }).sources = []),
      error: /cells\[3\]\.sources: every item needs at least one source/,
    },
    {
      name: 'a cell without a date',
      edit: (f: typeof positions) => delete (f.cells[0] as { asOf?: string }).asOf,
      error: /cells\[0\]\.asOf/,
    },
    {
      name: 'a missing cell',
      edit: (f: typeof positions) => f.cells.pop(),
      error: /cell europe × dmz is missing/,
    },
    {
      name: 'a cell dated after the story’s now',
      edit: (f: typeof positions) => (f.cells[1].asOf = '2026-02-05'),
      error: /dated after the story's "now"/,
    },
    {
      name: 'a no-position cell that does not say so',
      edit: (f: typeof positions) => (f.cells.find((c) => c.noPosition)!.stance = 'Something else entirely, said nobody.'),
      error: /must say "No public position found"/,
    },
  ])('positions: $name', ({ edit, error }) => {
    const f = clone(positions);
    edit(f);
    expect(() => parseFacts(positionsFile, f, 'positions.json')).toThrow(error);
  });

  it.each([
    {
      name: 'an event without sources',
      edit: (f: typeof timeline) => delete (f.events[2] as { sources?: string[] }).sources,
      error: /events\[2\] \(florida\)\.sources/,
    },
    {
      name: 'an event with an unknown source',
      edit: (f: typeof timeline) => (f.events[0].sources = ['nope']),
      error: /unknown source id "nope"/,
    },
    {
      name: 'events out of order',
      edit: (f: typeof timeline) => f.events.reverse(),
      error: /out of date order/,
    },
    {
      name: 'an event after "now" not marked expected',
      edit: (f: typeof timeline) => delete (f.events.at(-1) as { expected?: boolean }).expected,
      error: /after "now" but not marked expected/,
    },
    {
      name: 'an unknown phase',
      edit: (f: typeof timeline) => (f.events[0].phase = 'nowhere'),
      error: /unknown phase "nowhere"/,
    },
  ])('timeline: $name', ({ edit, error }) => {
    const f = clone(timeline);
    edit(f);
    expect(() => parseFacts(timelineFile, f, 'talks-timeline.json')).toThrow(error);
  });
});
