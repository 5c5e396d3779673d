import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import OccupiedShare from '../../src/components/scenes/occupied-share/OccupiedShare.svelte';
import { prepare, parseAreaCsv, xOf, yOf, markerLabels } from '../../src/components/scenes/occupied-share/occupied-share.data';
import { stateFor } from '../../src/components/scenes/occupied-share/occupied-share.state';
import { EVENTS, SHARE_STATES } from '../../src/components/scenes/occupied-share/occupied-share.config';

const data = prepare();

describe('parseAreaCsv', () => {
  const header = 'date,source,series,donetsk_km2,donetsk_pct,luhansk_km2,luhansk_pct,note';
  it.each([
    { name: 'a plain row', row: '2022-07-01,a.geojson,archive,15400,58.11,26310,98.94,', pct: 58.11 },
    { name: 'a quoted note with commas', row: '2022-02-23,b.geojson,ordlo,8541,32.23,8381,31.52,"drawn 2022, standing for 2015 .. 2022"', pct: 32.23 },
  ])('reads $name', ({ row, pct }) => {
    expect(parseAreaCsv(`${header}\n${row}`)[0].donetsk_pct).toBe(pct);
  });
  it.each([
    { name: 'a bad date', row: '1 July,a,archive,1,2,3,4,' },
    { name: 'a non-number', row: '2022-07-01,a,archive,lots,2,3,4,' },
  ])('rejects $name with the line number', ({ row }) => {
    expect(() => parseAreaCsv(`${header}\n${row}`)).toThrow(/occupied-area.csv line 2: malformed row/);
  });
});

describe('occupied-share scales', () => {
  it.each([
    { pct: 0, y: data.plot.bottom },
    { pct: 100, y: data.plot.top },
    { pct: 50, y: (data.plot.top + data.plot.bottom) / 2 },
  ])('yOf($pct%) = $y', ({ pct, y }) => expect(yOf(pct)).toBeCloseTo(y));
  it('xOf runs left to right across the plot, Jan 2022 to Sep 2027', () => {
    expect(xOf('2022-01-01')).toBeCloseTo(data.plot.left);
    expect(xOf('2024-06-01')).toBeGreaterThan(xOf('2024-05-01'));
    expect(xOf('2027-09-30')).toBeCloseTo(data.plot.right);
  });
});

describe('occupied-share data (from occupied-area.csv)', () => {
  it('ends the story series on 27 Jan 2026 with the computed areas', () => {
    const donetsk = data.series.find((s) => s.id === 'donetsk')!;
    expect(donetsk.end).toMatchObject({ date: '2026-01-27', pct: 78.28, km2: 20744 });
    expect(donetsk.latest.date > donetsk.end.date).toBe(true);
  });
  it('projects ISW’s assessment from 27 Jan 2026 to full control in August 2027', () => {
    expect(data.projection.endX).toBeCloseTo(xOf('2027-08-01'), 0);
    expect(data.projection.endY).toBeCloseTo(yOf(100), 0);
  });
  it('marks every event in order', () => {
    expect(data.events.map((e) => e.date)).toEqual(EVENTS.map((e) => e.date));
    for (let i = 1; i < data.events.length; i++) expect(data.events[i].x).toBeGreaterThan(data.events[i - 1].x);
  });
});

describe('occupied-share stateFor and render', () => {
  it.each([
    { state: 'to-2026', projection: false, sinceThen: false, shows: '78.3%' },
    { state: 'projection', projection: true, sinceThen: false, shows: 'ISW: not before Aug 2027' },
    { state: 'since-then', projection: true, sinceThen: true, shows: '79.9%' },
  ])('$state', ({ state, projection, sinceThen, shows }) => {
    const drawn = stateFor(data, state, 0);
    expect(drawn).toMatchObject({ state, projectionShown: projection, sinceThenShown: sinceThen });
    const { body } = render(OccupiedShare, { props: { state: drawn, progress: 0 } });
    expect(body).toContain(shows);
    expect(body.includes('class="projection')).toBe(projection);
    expect(body).toContain('Kremlin claims Pokrovsk');
  });
  it('knows every state it declares, and falls back for unknown ones', () => {
    for (const s of Object.keys(SHARE_STATES)) expect(stateFor(data, s, 0).state).toBe(s);
    expect(stateFor(data, 'nope', 0).state).toBe('to-2026');
  });
});

describe('markerLabels', () => {
  it.each([
    { name: 'far apart: one label each', events: [{ n: 1, x: 0 }, { n: 2, x: 100 }], expected: ['1', '2'] },
    { name: 'close: shared label', events: [{ n: 6, x: 500 }, { n: 7, x: 510 }], expected: ['6·7'] },
    { name: 'a close pair after a lone one', events: [{ n: 1, x: 0 }, { n: 2, x: 60 }, { n: 3, x: 70 }], expected: ['1', '2·3'] },
  ])('$name', ({ events, expected }) => {
    expect(markerLabels(events).map((m) => m.text)).toEqual(expected);
  });
});
