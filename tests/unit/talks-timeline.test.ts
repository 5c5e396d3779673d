import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import TalksTimeline from '../../src/components/scenes/talks-timeline/TalksTimeline.svelte';
import { prepare, rangeText, stripScale, build } from '../../src/components/scenes/talks-timeline/talks-timeline.data';
import { stateFor } from '../../src/components/scenes/talks-timeline/talks-timeline.state';
import { TIMELINE_STATES } from '../../src/components/scenes/talks-timeline/talks-timeline.config';
import { timelineFile } from '../../src/stories/facts/positions.schema';
import facts from '../../src/stories/facts/talks-timeline.json';

const data = prepare();

describe('rangeText', () => {
  it.each([
    { from: '2025-12-02', to: undefined, text: '2 Dec 2025' },
    { from: '2025-11-19', to: '2025-11-21', text: '19–21 Nov 2025' },
    { from: '2025-11-30', to: '2025-12-02', text: '30 Nov – 2 Dec 2025' },
    { from: '2025-12-30', to: '2026-01-02', text: '30 Dec 2025 – 2 Jan 2026' },
    { from: '2026-01-25', to: '2026-01-25', text: '25 Jan 2026' },
  ])('$from … $to → $text', ({ from, to, text }) => expect(rangeText(from, to)).toBe(text));
});

describe('stripScale', () => {
  it('runs left to right with a margin of three days on each side', () => {
    const { x } = stripScale('2025-11-19', '2026-02-01');
    expect(x('2025-11-16')).toBeCloseTo(8, 0);
    expect(x('2026-02-04')).toBeCloseTo(592, 0);
    expect(x('2026-01-01')).toBeGreaterThan(x('2025-12-31'));
  });
});

describe('talks-timeline data (prepare)', () => {
  it('keeps every event of the content file, in order, with its phase', () => {
    expect(data.events.map((e) => e.id)).toEqual(facts.events.map((e) => e.id));
    for (const e of data.events) expect(data.phases.some((p) => p.id === e.phase)).toBe(true);
  });
  it('covers the diplomacy from the 28-point draft to the round expected on 1 Feb 2026', () => {
    const dates = Object.fromEntries(data.events.map((e) => [e.id, e.dateText]));
    expect(dates).toMatchObject({
      'draft-28-points': '19–21 Nov 2025',
      geneva: '23 Nov 2025',
      florida: '30 Nov 2025',
      'moscow-december': '2 Dec 2025',
      london: '8 Dec 2025',
      berlin: '14–15 Dec 2025',
      'twenty-points': '23–24 Dec 2025',
      'mar-a-lago': '28 Dec 2025',
      paris: '6 Jan 2026',
      'davos-moscow': '22 Jan 2026',
      'abu-dhabi': '23–24 Jan 2026',
      'hundred-percent': '25 Jan 2026',
      'ft-report': '27 Jan 2026',
      'next-round': '1 Feb 2026',
    });
    expect(data.events.at(-1)!.expected).toBe(true);
  });
  it('places "now" (31 Jan 2026) between the FT report and the expected round on the strip', () => {
    const ft = data.events.find((e) => e.id === 'ft-report')!;
    const next = data.events.find((e) => e.id === 'next-round')!;
    expect(data.nowText).toBe('31 Jan 2026');
    expect(data.strip.nowX).toBeGreaterThan(ft.x);
    expect(data.strip.nowX).toBeLessThan(next.x);
    expect(data.strip.months.map((m) => m.text)).toEqual(['Dec 2025', 'Jan 2026', 'Feb 2026']);
  });
  it('gives each phase a band spanning its events', () => {
    for (const p of data.phases) {
      const xs = data.events.filter((e) => e.phase === p.id).flatMap((e) => [e.x, e.x2]);
      expect(p.x0).toBe(Math.min(...xs));
      expect(p.x1).toBe(Math.max(...xs));
    }
  });
  it('resolves source credits for every event and the since-then note', () => {
    for (const e of data.events) expect(e.credits.length).toBeGreaterThan(0);
    expect(data.events.at(-1)!.sinceThenCredits).toEqual(['TASS']);
  });
  it('build() extends the strip to "now" when every event is earlier', () => {
    const file = timelineFile.parse(facts);
    const early = { ...file, events: file.events.slice(0, 3) };
    const out = build(early);
    expect(out.strip.nowX).toBeLessThanOrEqual(out.strip.width);
    expect(out.strip.nowX).toBeGreaterThan(out.events.at(-1)!.x);
  });
});

describe('talks-timeline stateFor', () => {
  it.each([
    { state: 'overview', phases: [] },
    { state: 'draft-plan', phases: ['draft-plan'] },
    { state: 'pushback', phases: ['pushback'] },
    { state: 'berlin', phases: ['berlin'] },
    { state: 'paris-davos', phases: ['paris-davos'] },
    { state: 'abu-dhabi', phases: ['abu-dhabi'] },
    { state: 'december', phases: ['pushback', 'berlin'] },
    { state: 'january', phases: ['paris-davos', 'abu-dhabi'] },
    { state: 'nonsense', phases: [] },
  ])('$state → phases $phases', ({ state, phases }) => {
    const drawn = stateFor(data, state, 0);
    expect(drawn.openPhases).toEqual(phases);
    expect(drawn.state).toBe(state === 'nonsense' ? 'overview' : state);
  });
  it('has the overview, one state per phase and the two-phase states', () => {
    expect(Object.keys(TIMELINE_STATES)).toEqual(['overview', ...data.phases.map((p) => p.id), 'december', 'january']);
    for (const spec of Object.values(TIMELINE_STATES)) for (const p of spec.phases) expect(data.phases.map((x) => x.id)).toContain(p);
  });
  it('a state’s text alternative carries every event of the phases it opens', () => {
    for (const [id, spec] of Object.entries(TIMELINE_STATES))
      for (const e of facts.events.filter((e) => spec.phases.includes(e.phase))) expect(spec.alt, `${id}: ${e.id}`).toContain(e.text);
    expect(TIMELINE_STATES.january.alt).toContain('Since then: postponed');
  });
  it('the chapter opens every phase at some step', () => {
    const chapter = JSON.parse(readFileSync(new URL('../../src/stories/03-guarantees-for-territory.json', import.meta.url), 'utf8')) as { steps: { scene: string; state: string }[] };
    const opened = chapter.steps.filter((s) => s.scene === 'talks-timeline').flatMap((s) => TIMELINE_STATES[s.state].phases);
    expect(new Set(opened)).toEqual(new Set(data.phases.map((p) => p.id)));
  });
});

describe('talks-timeline SSR render', () => {
  it.each(Object.keys(TIMELINE_STATES))('%s: every event, the now marker and the highlighted phase', (state) => {
    const { body } = render(TalksTimeline, { props: { state: stateFor(data, state, 0), progress: 0 } });
    for (const e of data.events) expect(body).toContain(e.title.replace(/“|”/g, (q) => q));
    expect(body).toContain(`data-highlight="${state}"`);
    expect(body).toContain('The story’s “now”: 31 Jan 2026');
    expect(body).toContain('Since then: postponed');
    const current = (body.match(/<li[^>]*aria-current="step"[^>]*>/g) ?? []).map((li) => li.match(/data-phase="([^"]+)"/)![1]);
    expect(current).toEqual(TIMELINE_STATES[state].phases);
    // The strip: a dot per event and a tick path long enough to be real.
    expect((body.match(/<circle/g) ?? []).length).toBe(data.events.length);
    expect(data.strip.dayTicks.length).toBeGreaterThan(700);
  });
  it('puts the now marker before the expected round, after the FT report', () => {
    const { body } = render(TalksTimeline, { props: { state: stateFor(data, 'abu-dhabi', 0), progress: 0 } });
    const now = body.indexOf('class="now-mark');
    expect(now).toBeGreaterThan(body.indexOf('FT report</span>'));
    expect(now).toBeLessThan(body.indexOf('>Next round expected'));
  });
});
