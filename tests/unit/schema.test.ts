import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { chapterSchema, sourceSchema, correctionsSchema } from '../../src/stories/schema';
import { scenes } from '../../src/components/scenes/registry';
import { altFor } from '../../src/lib/story';

const catalogue = { scenes: [{ id: 'locator', states: { europe: 'Europe', donbas: 'Donbas' } }], sourceIds: ['ukrstat'] };
const schema = chapterSchema(catalogue);
const step = {
  id: 'a-step',
  scene: 'locator',
  state: 'europe',
  text: 'Ukraine covers 603,628 square kilometres.',
  alt: 'A map of Europe with Ukraine highlighted.',
  sources: ['ukrstat'],
};
const chapter = (steps: object[]) => ({ title: 'Donbas', order: 1, asOf: '2026-01-31', intro: 'An intro line.', steps });
const messages = (input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('chapter schema', () => {
  it('accepts a valid chapter', () => {
    expect(messages(chapter([step]))).toEqual([]);
  });

  it.each([
    { name: 'unknown scene id', change: { scene: 'nope' }, message: 'step "a-step": unknown scene id "nope"' },
    { name: 'unknown state', change: { state: 'mars' }, message: 'scene "locator" has no state "mars"' },
    { name: 'unknown source id', change: { sources: ['ukrstat', 'rumour'] }, message: 'unknown source id "rumour"' },
    { name: 'no sources', change: { sources: [] }, message: 'every step needs at least one source' },
    { name: 'bad step id', change: { id: 'Step One' }, message: 'lowercase words' },
  ])('rejects $name with a clear message', ({ change, message }) => {
    expect(messages(chapter([{ ...step, ...change }])).join('\n')).toContain(message);
  });

  it('rejects a too-short text alternative and duplicate step ids', () => {
    expect(messages(chapter([{ ...step, alt: 'A map.' }]))).not.toEqual([]);
    expect(messages(chapter([step, step])).join()).toContain('duplicate step id "a-step"');
  });
});

describe('the committed story files', () => {
  const dir = new URL('../../src/stories/', import.meta.url);
  const sources = JSON.parse(readFileSync(new URL('sources.json', dir), 'utf8'));
  const real = chapterSchema({ scenes, sourceIds: sources.map((s: { id: string }) => s.id) });
  const files = readdirSync(dir).filter((f) => /^\d.*\.json$/.test(f));

  it('has the three chapters', () => {
    expect(files).toHaveLength(3);
  });

  it.each(files)('%s is valid against the real registry and sources', (file) => {
    const result = real.safeParse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([]);
  });

  it.each(files)('%s: every step has a text alternative (its own or its scene state’s)', (file) => {
    const { steps } = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    for (const s of steps) expect(altFor(s).length, s.id).toBeGreaterThan(20);
  });

  it('every scene state in the registry has a label and a text alternative', () => {
    for (const scene of scenes)
      for (const [id, state] of Object.entries(scene.states)) {
        expect(state.label.length, `${scene.id}/${id}`).toBeGreaterThan(3);
        expect(state.alt.length, `${scene.id}/${id}`).toBeGreaterThan(20);
      }
  });

  it('every source entry is complete, with unique ids', () => {
    for (const s of sources) expect(sourceSchema.safeParse(s).success, s.id).toBe(true);
    expect(new Set(sources.map((s: { id: string }) => s.id)).size).toBe(sources.length);
  });
});

describe('sourceIdsIn (fact files)', () => {
  it('finds every sources-like list, however deep, and nothing else', async () => {
    const { sourceIdsIn } = await import('../../src/lib/story');
    expect(
      sourceIdsIn({
        title: 'x',
        sources: ['a'],
        cells: [{ sources: ['b', 'c'], quote: { by: 'sources' } }, { sinceThenSources: ['d'], note: ['not', 'ids'] }],
        phases: { early: [{ sources: ['e'] }] },
      }),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('corrections log schema (src/stories/corrections.json)', () => {
  const published = { date: '2026-11-23', kind: 'published', text: 'First published.' };
  const correction = { date: '2026-12-02', kind: 'correction', where: 'Chapter 2, step 3', text: 'The distance to Kramatorsk was 18 km, not 28 km.' };
  const problems = (log: unknown) => {
    const r = correctionsSchema.safeParse(log);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts the real file, and a first publication followed by a correction', () => {
    expect(problems(JSON.parse(readFileSync('src/stories/corrections.json', 'utf8')))).toEqual([]);
    expect(problems([published, correction])).toEqual([]);
  });

  it.each([
    { name: 'an empty log', log: [], message: '>=1' },
    { name: 'no first publication first', log: [correction], message: 'the first entry must be the first publication' },
    { name: 'a second publication', log: [published, { ...published, date: '2026-12-01' }], message: 'only the first entry can be the first publication' },
    { name: 'entries out of order', log: [{ ...published, date: '2026-12-05' }, correction], message: 'entries must be oldest first' },
    { name: 'a bad date', log: [{ ...published, date: '23/11/2026' }], message: 'date' },
    { name: 'an unknown kind', log: [published, { ...correction, kind: 'erratum' }], message: 'correction' },
  ])('rejects $name', ({ log, message }) => {
    expect(problems(log).join(' | ')).toContain(message);
  });
});
