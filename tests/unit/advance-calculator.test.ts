import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import AdvanceCalculator from '../../src/components/scenes/advance-calculator/AdvanceCalculator.svelte';
import {
  PACE,
  addDays,
  daysBetween,
  finishDate,
  parsePace,
  resultSentence,
  utcDay,
} from '../../src/components/scenes/advance-calculator/advance-calculator.calc';
import { prepare, csvDates, presetPace } from '../../src/components/scenes/advance-calculator/advance-calculator.data';
import { projection, stateFor, xOf } from '../../src/components/scenes/advance-calculator/advance-calculator.state';
import { CALC_STATES } from '../../src/components/scenes/advance-calculator/advance-calculator.config';
import { STORY_DATE as START, dayText } from '../../src/lib/day-text';
import { CALC_ALTS } from '../../src/components/scenes/advance-calculator/advance-calculator.alt';
import { donetskHeldOn } from '../../src/lib/held-area';

const data = prepare();
const START_DAY = '2026-01-27';

describe('finishDate (remaining km², km² a day, start → finish)', () => {
  it.each([
    { name: 'exact division', remaining: 100, pace: 10, start: START_DAY, expected: { kind: 'date', date: '2026-02-06', days: 10 } },
    { name: 'a part day counts as a whole day', remaining: 101, pace: 10, start: START_DAY, expected: { kind: 'date', date: '2026-02-07', days: 11 } },
    { name: 'rounding error does not add a day (1.1 / 0.1)', remaining: 1.1, pace: 0.1, start: START_DAY, expected: { kind: 'date', days: 11 } },
    { name: 'pace larger than the area: done on day 1', remaining: 100, pace: 1000, start: START_DAY, expected: { kind: 'date', date: '2026-01-28', days: 1 } },
    { name: 'pace equal to the area: day 1', remaining: 30, pace: 30, start: START_DAY, expected: { kind: 'date', date: '2026-01-28', days: 1 } },
    { name: 'infinite pace: day 1', remaining: 100, pace: Infinity, start: START_DAY, expected: { kind: 'date', date: '2026-01-28', days: 1 } },
    { name: 'across a year end', remaining: 5, pace: 1, start: '2025-12-30', expected: { kind: 'date', date: '2026-01-04', days: 5 } },
    { name: 'across a leap day', remaining: 366, pace: 1, start: '2027-03-01', expected: { kind: 'date', date: '2028-03-01', days: 366 } },
    { name: 'zero pace: never', remaining: 100, pace: 0, start: START_DAY, expected: { kind: 'never' } },
    { name: 'negative pace: never', remaining: 100, pace: -5, start: START_DAY, expected: { kind: 'never' } },
    { name: 'NaN pace: never', remaining: 100, pace: NaN, start: START_DAY, expected: { kind: 'never' } },
    { name: 'negative infinite pace: never', remaining: 100, pace: -Infinity, start: START_DAY, expected: { kind: 'never' } },
    { name: 'nothing left: done on the start date', remaining: 0, pace: 10, start: START_DAY, expected: { kind: 'done', date: START_DAY, days: 0 } },
    { name: 'nothing left even at zero pace', remaining: -3, pace: 0, start: START_DAY, expected: { kind: 'done', date: START_DAY } },
    { name: 'a tiny pace: more than a century, no date', remaining: 5756, pace: 0.1, start: START_DAY, expected: { kind: 'beyond', days: 57560 } },
    { name: 'a vanishing pace does not overflow the Date range', remaining: 5756, pace: 1e-300, start: START_DAY, expected: { kind: 'beyond' } },
  ])('$name', ({ remaining, pace, start, expected }) => {
    expect(finishDate(remaining, pace, start)).toMatchObject(expected);
  });

  it.each([
    { name: 'a NaN area', remaining: NaN, start: START_DAY },
    { name: 'an infinite area', remaining: Infinity, start: START_DAY },
    { name: 'an impossible date', remaining: 100, start: '2026-02-30' },
    { name: 'a date that is not ISO', remaining: 100, start: '27 Jan 2026' },
    { name: 'an empty date', remaining: 100, start: '' },
  ])('rejects $name', ({ remaining, start }) => {
    expect(() => finishDate(remaining, 10, start)).toThrow(RangeError);
  });

  it('counts months as days / (365.2425 / 12), to one decimal', () => {
    expect(finishDate(5755.74, 265.45 / 27, START_DAY)).toMatchObject({ days: 586, months: 19.3 });
  });
});

describe('parsePace (untrusted input → a pace on the slider, or the fallback)', () => {
  const FALLBACK = 7;
  it.each([
    { input: 9.8, expected: 9.8 },
    { input: '9.8', expected: 9.8 },
    { input: ' 12 ', expected: 12 },
    { input: '12.34', expected: 12.3 },
    { input: '.5', expected: 0.5 },
    { input: '29.96', expected: 30 },
    { input: '0', expected: 0 },
    { input: '-5', expected: 0 },
    { input: -0.04, expected: 0 },
    { input: '31', expected: 30 },
    { input: '1e6', expected: 30 },
    { input: 1e308, expected: 30 },
    { input: Number.MAX_VALUE, expected: 30 },
    { input: '', expected: FALLBACK },
    { input: '   ', expected: FALLBACK },
    { input: 'abc', expected: FALLBACK },
    { input: '12abc', expected: FALLBACK },
    { input: '0x10', expected: FALLBACK },
    { input: '1,5', expected: FALLBACK },
    { input: 'NaN', expected: FALLBACK },
    { input: 'Infinity', expected: FALLBACK },
    { input: '-Infinity', expected: FALLBACK },
    { input: NaN, expected: FALLBACK },
    { input: Infinity, expected: FALLBACK },
    { input: '<img src=x onerror=alert(1)>', expected: FALLBACK },
    { input: null, expected: FALLBACK },
    { input: undefined, expected: FALLBACK },
    { input: true, expected: FALLBACK },
    { input: [5], expected: FALLBACK },
    { input: { valueOf: () => 5 }, expected: FALLBACK },
  ])('$input → $expected', ({ input, expected }) => {
    expect(parsePace(input, FALLBACK)).toBe(expected);
  });
  it('always lands on the slider’s range and step', () => {
    for (const input of ['0.06', '3.14159', '17.77', '29.99', '-1', '99']) {
      const p = parsePace(input, NaN);
      expect(p).toBeGreaterThanOrEqual(PACE.min);
      expect(p).toBeLessThanOrEqual(PACE.max);
      expect(Math.abs(p * 10 - Math.round(p * 10))).toBeLessThan(1e-9);
    }
  });
});

describe('dates in UTC', () => {
  it.each([
    { from: '2026-01-01', to: '2026-01-27', days: 26 },
    { from: '2025-10-01', to: '2026-01-01', days: 92 },
    { from: '2026-01-27', to: '2026-01-01', days: -26 },
  ])('daysBetween($from, $to) = $days', ({ from, to, days }) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });
  it('reads a date as midnight UTC', () => expect(utcDay('2026-01-27')).toBe(Date.UTC(2026, 0, 27)));
});

describe('resultSentence', () => {
  it.each([
    {
      name: 'a figure given for the whole front says whose figure it is',
      pace: 265.45 / 27,
      who: 'ISW observed',
      expected: 'If all of the 9.8 km² a day ISW observed were gained in Donetsk Oblast, Russia would hold all of it by 5 Sep 2027 (in about 19 months).',
    },
    {
      name: 'a claim is worded as the claim of its party',
      pace: 500 / 27,
      who: 'Russia’s General Staff claimed',
      expected:
        'If all of the 18.5 km² a day Russia’s General Staff claimed were gained in Donetsk Oblast, Russia would hold all of it by 4 Dec 2026 (in about 10 months).',
    },
    {
      name: 'the reader’s own pace',
      pace: 12,
      who: undefined,
      expected: 'At 12.0 km² a day, Russia would hold all of Donetsk Oblast by 22 May 2027 (in about 16 months).',
    },
    { name: 'zero pace', pace: 0, who: undefined, expected: 'At 0.0 km² a day, Russia would never hold all of Donetsk Oblast.' },
    { name: 'negative pace reads as zero', pace: -3, who: undefined, expected: 'At 0.0 km² a day, Russia would never hold all of Donetsk Oblast.' },
    { name: 'a tiny pace', pace: 0.1, who: undefined, expected: 'At 0.1 km² a day, Russia would need more than 100 years to hold all of Donetsk Oblast.' },
    {
      name: 'a tiny whole-front pace',
      pace: 0.1,
      who: 'ISW observed',
      expected: 'If all of the 0.1 km² a day ISW observed were gained in Donetsk Oblast, Russia would need more than 100 years to hold all of it.',
    },
  ])('$name', ({ pace, who, expected }) => {
    expect(resultSentence(pace, finishDate(data.remainingKm2, pace, START_DAY), START_DAY, who)).toBe(expected);
  });
  it('a short span is counted in days only', () => {
    expect(resultSentence(5000, finishDate(5756, 5000, START_DAY), START_DAY)).toBe(
      'At 5000.0 km² a day, Russia would hold all of Donetsk Oblast by 29 Jan 2026 (in 2 days).',
    );
    expect(resultSentence(10000, finishDate(5756, 10000, START_DAY), START_DAY)).toBe(
      'At 10000.0 km² a day, Russia would hold all of Donetsk Oblast by 28 Jan 2026 (in 1 day).',
    );
  });
  it('nothing left: already held', () => {
    expect(resultSentence(5, finishDate(0, 5, START_DAY), START_DAY)).toBe('Russia already held all of Donetsk Oblast on 27 Jan 2026.');
  });
});

describe('donetskHeldOn on every dated row (the calculator may start from any of them)', () => {
  it('implies an oblast total within a few km² of the data build’s 26,501 km² on every row', () => {
    for (const d of csvDates(readFileSync('public/data/occupied-area.csv', 'utf8'))) {
      expect(Math.abs(donetskHeldOn(d).oblastKm2 - 26_501), d).toBeLessThan(5);
    }
  });
});

describe('prepare (from public/data/occupied-area.csv)', () => {
  it('starts on the story’s date with the area Russia did not hold', () => {
    expect(data.start).toBe(START);
    expect(data.held).toEqual({ oblastKm2: 26500, occupiedKm2: 20744, heldKm2: 5756, heldPct: 21.72 });
  });
  it.each([
    { id: 'claimed', km2: 500, days: 27, pace: 18.5, date: '2026-12-04', finishDays: 311 },
    { id: 'observed', km2: 265.45, days: 27, pace: 9.8, date: '2027-09-05', finishDays: 586 },
    { id: 'late2025', km2: 20642 - 20065, days: 92, pace: 6.3, date: '2028-08-02', finishDays: 918 },
  ] as const)('preset $id: $km2 km² in $days days → $date', ({ id, km2, days, pace, date, finishDays }) => {
    const p = data.presets.find((x) => x.id === id)!;
    expect(p).toMatchObject({ km2, days, finish: { kind: 'date', date, days: finishDays } });
    expect(p.pace.toFixed(1)).toBe(pace.toFixed(1));
    expect(presetPace(id).finish).toEqual(p.finish);
  });
  it('lists the claim first and marks it as a claim; only the late-2025 pace is Donetsk Oblast alone', () => {
    expect(data.presets.map((p) => [p.id, p.claim, p.frontWide])).toEqual([
      ['claimed', true, true],
      ['observed', false, true],
      ['late2025', false, false],
    ]);
  });
  it('draws the measured line from May 2022 to the story’s date, ending at the start point', () => {
    expect(data.chart.line.startsWith(`M${xOf(data.chart, '2022-05-01').toFixed(0)}`)).toBe(true);
    expect(data.chart.line.endsWith(`L${data.chart.start.x},${data.chart.start.y}`)).toBe(true);
    expect(data.chart.area).toMatch(/Z$/);
    expect(data.chart.isw.x).toBeCloseTo(xOf(data.chart, '2027-08-01'), 0);
  });
  it('is small: the scene JSON stays under 4 KB', () => {
    expect(JSON.stringify(data).length).toBeLessThan(4096);
  });
});

describe('projection', () => {
  const c = data.chart;
  it('runs down to zero on the finish date when it lies on the chart', () => {
    const p = projection(c, finishDate(data.remainingKm2, 265.45 / 27, START), START);
    expect(p.clipped).toBe(false);
    expect(p.end.y).toBe(c.plot.bottom);
    expect(p.end.x).toBeCloseTo(xOf(c, '2027-09-05'), 0);
  });
  it('is cut at the right edge when the finish lies beyond it', () => {
    const p = projection(c, finishDate(data.remainingKm2, 1, START), START);
    expect(p).toMatchObject({ clipped: true, end: { x: c.plot.right } });
    expect(p.end.y).toBeGreaterThan(c.start.y);
    expect(p.end.y).toBeLessThan(c.plot.bottom);
  });
  it('is flat with no advance', () => {
    expect(projection(c, { kind: 'never' }, START)).toMatchObject({ clipped: true, end: { x: c.plot.right, y: c.start.y } });
  });
});

describe('stateFor, alt texts and render', () => {
  it.each([
    { state: 'observed', preset: 'observed' },
    { state: 'claimed', preset: 'claimed' },
    { state: 'explore', preset: 'late2025' },
    { state: 'nope', preset: 'observed', drawnState: 'observed' },
  ])('$state selects preset $preset', ({ state, preset, drawnState }) => {
    expect(stateFor(data, state, 0)).toMatchObject({ state: drawnState ?? state, preset });
  });

  it.each(Object.entries(CALC_STATES))('the alt text of %s gives its preset’s computed pace and date', (id, spec) => {
    const p = data.presets.find((x) => x.id === spec.preset)!;
    if (p.finish.kind !== 'date') throw new Error('expected a date');
    expect(CALC_ALTS[id]).toContain(dayText(p.finish.date, true));
    expect(CALC_ALTS[id]).toContain(`${p.pace.toFixed(1)} km² a day`);
    expect(CALC_ALTS[id]).toContain(`${data.held.heldKm2.toLocaleString('en-GB')} km²`);
  });

  it.each(Object.keys(CALC_STATES))('server-renders %s with the no-JS table of all three presets’ dates', (state) => {
    const { body } = render(AdvanceCalculator, { props: { state: stateFor(data, state, 0), progress: 0 } });
    expect(body).toContain(`data-drawn-state="${state}"`);
    expect(body).toMatch(/<table class="paces[^"]*">/);
    for (const date of ['4 Dec 2026', '5 Sep 2027', '2 Aug 2028']) expect(body).toContain(date);
    for (const who of ['Russia’s General Staff claimed', 'ISW observed', 'On DeepState’s maps Russia gained']) expect(body).toContain(who);
    expect(body).toMatch(/aria-live="polite"[^>]*>[^<]*Russia would hold/);
    // Controls need JavaScript: the static page has none.
    expect(body).not.toContain('<button');
    expect(body).not.toContain('type="range"');
    expect(body).toContain('grey zone included');
    // No false precision in the no-JS note.
    expect(body).not.toContain('21.72');
  });

  it('server-renders the step’s own result sentence', () => {
    const { body } = render(AdvanceCalculator, { props: { state: stateFor(data, 'claimed', 0), progress: 0 } });
    expect(body).toContain('If all of the 18.5 km² a day Russia’s General Staff claimed were gained in Donetsk Oblast, Russia would hold all of it by 4 Dec 2026');
  });
});

describe('chapter 2 steps that use the calculator', () => {
  const chapter = JSON.parse(readFileSync('src/stories/02-fortress-belt.json', 'utf8'));
  const steps = chapter.steps.filter((s: { scene: string }) => s.scene === 'advance-calculator');
  it('has the three calculator states, in order, at the end of the chapter', () => {
    expect(steps.map((s: { state: string }) => s.state)).toEqual(['observed', 'claimed', 'explore']);
    expect(chapter.steps.slice(-3)).toEqual(steps);
  });
  it.each(steps as { id: string; state: string; text: string }[])('$id names the month its preset computes', ({ state, text }) => {
    const p = data.presets.find((x) => x.id === CALC_STATES[state].preset)!;
    if (p.finish.kind !== 'date') throw new Error('expected a date');
    expect(text).toContain(dayText(p.finish.date, true).replace(/^\d+ /, ''));
  });
});
