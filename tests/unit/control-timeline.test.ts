import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import ControlTimeline from '../../src/components/scenes/control-timeline/ControlTimeline.svelte';
import { prepare } from '../../src/components/scenes/control-timeline/control-timeline.data';
import { stateFor } from '../../src/components/scenes/control-timeline/control-timeline.state';
import { CONTROL_STATES } from '../../src/components/scenes/control-timeline/control-timeline.config';

const data = prepare();

describe('control-timeline data (built from public/data)', () => {
  it('has every story date in order, each with an area drawn by DeepStateMap.Live or marked schematic', () => {
    expect(data.dates.map((d) => d.id)).toEqual(Object.keys(CONTROL_STATES));
    expect([...data.dates.map((d) => d.id)].sort()).toEqual(data.dates.map((d) => d.id));
    for (const d of data.dates) {
      expect(d.occupied, d.id).toMatch(/^M[\d.-]/);
      expect(d.publisher).toBe(d.schematic ? 'Land for Guarantees (schematic)' : 'DeepStateMap.Live');
    }
  });

  it('flags the 2014 states as schematic and hatches DeepState’s 2014–15 area only from Minsk II on', () => {
    for (const d of data.dates) {
      expect(d.schematic, d.id).toBe(d.id < '2015');
      expect(d.hatch, d.id).toBe(d.id >= '2015-02-15');
    }
  });

  it('marks only dates after the story’s end (31 Jan 2026) as “since then”', () => {
    for (const d of data.dates) expect(d.sinceThen, d.id).toBe(d.id > '2026-01-31');
    expect(data.dates.at(-1)!.sinceThen).toBe(true);
  });

  it('draws the Donbas, its neighbours and the area held since 2014–15', () => {
    expect(data.land.filter((l) => l.kind === 'donbas').map((l) => l.id).sort()).toEqual(['donetsk', 'luhansk']);
    expect(data.land.some((l) => l.kind === 'country' && l.id === '643')).toBe(true); // Russia
    expect(data.since2014.length).toBeGreaterThan(500);
  });
});

describe('control-timeline stateFor', () => {
  it.each([
    { state: '2014-04-12', index: 0, towns: ['Sloviansk', 'Kramatorsk', 'Druzhkivka', 'Kostiantynivka', 'Horlivka', 'Donetsk', 'Luhansk'] },
    { state: '2014-07-07', index: 1, towns: ['Sloviansk', 'Kramatorsk', 'Horlivka', 'Donetsk', 'Luhansk'] },
    { state: '2015-02-15', index: 2, towns: ['Donetsk', 'Luhansk', 'Debaltseve', 'Mariupol', 'Kramatorsk'] },
    { state: '2022-07-01', index: 4, towns: ['Sievierodonetsk', 'Lysychansk', 'Mariupol', 'Kramatorsk'] },
    { state: '2023-06-01', index: 5, towns: ['Bakhmut', 'Kramatorsk', 'Kostiantynivka'] },
    { state: '2024-03-01', index: 6, towns: ['Avdiivka', 'Donetsk', 'Pokrovsk'] },
    { state: '2025-12-01', index: 7, towns: ['Pokrovsk', 'Toretsk', 'Chasiv Yar', 'Kostiantynivka', 'Kramatorsk'] },
    { state: '2026-01-27', index: 8, towns: ['Sloviansk', 'Kramatorsk', 'Kostiantynivka', 'Pokrovsk'] },
  ])('$state: date $index, towns $towns', ({ state, index, towns }) => {
    const drawn = stateFor(data, state, 0);
    expect(drawn.state).toBe(state);
    expect(drawn.index).toBe(index);
    expect(drawn.dates[drawn.index].id).toBe(state);
    expect(drawn.towns.map((t) => t.text)).toEqual(towns);
  });

  it('falls back to late January 2026 for an unknown state', () => {
    expect(stateFor(data, 'yesterday', 0).state).toBe('2026-01-27');
  });

  it('places every town inside the frame', () => {
    for (const state of Object.keys(CONTROL_STATES))
      for (const t of stateFor(data, state, 0).towns) {
        expect(t.x, `${state} ${t.id}`).toBeGreaterThan(0);
        expect(t.x).toBeLessThan(data.width);
        expect(t.y, `${state} ${t.id}`).toBeGreaterThan(0);
        expect(t.y).toBeLessThan(data.height);
      }
  });
});

describe('chapter 1 and the control timeline', () => {
  it('uses every dated state, in chronological order as the reader scrolls', async () => {
    const { readFileSync } = await import('node:fs');
    const chapter = JSON.parse(readFileSync(new URL('../../src/stories/01-donbas-since-2014.json', import.meta.url), 'utf8'));
    const dates = chapter.steps.filter((s: { scene: string }) => s.scene === 'control-timeline').map((s: { state: string }) => s.state);
    expect([...new Set(dates)]).toEqual(Object.keys(CONTROL_STATES));
    expect(dates).toEqual([...dates].sort());
  });
});

describe('ControlTimeline.svelte (server render)', () => {
  it.each(Object.keys(CONTROL_STATES))('%s: the date stamp, its area, the hatch, towns and legend', (state) => {
    const drawn = stateFor(data, state, 0);
    const { body } = render(ControlTimeline, { props: { state: drawn, progress: 0 } });
    const date = drawn.dates[drawn.index];
    expect(body).toContain(`data-shown-date="${state}"`);
    expect(body).toContain(date.occupied.slice(0, 40));
    expect(/class="since2014[^"]*" d="M/.test(body)).toBe(date.hatch);
    if (date.schematic) expect(body).toContain('SCHEMATIC');
    else expect(body).toContain(date.sinceThen ? 'Since then: ' : 'As of ');
    for (const t of drawn.towns) expect(body).toContain(t.text);
    expect(body).toContain(date.schematic ? 'Towns held by Russian-backed separatists (schematic)' : 'Held by Russia and its proxies since 2014–15');
    // The reader's date control needs the live component; the static map has none.
    expect(body).not.toContain('type="range"');
  });
});

describe('control-timeline title', () => {
  it('names the years its dated states span, from the first (spring 2014) to the last', async () => {
    const { findScene } = await import('../../src/components/scenes/registry');
    const [, from, to] = /(\d{4})–(\d{4})/.exec(findScene('control-timeline')!.title) ?? [];
    const years = Object.keys(CONTROL_STATES).map((id) => id.slice(0, 4)).sort();
    expect([from, to]).toEqual([years[0], years.at(-1)]);
  });
});
