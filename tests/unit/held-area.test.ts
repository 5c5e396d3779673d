import { describe, it, expect } from 'vitest';
import { donetskHeldOn, heldFromCsv } from '../../src/lib/held-area';
import { dayText } from '../../src/lib/day-text';

const header = 'date,source,series,donetsk_km2,donetsk_pct,luhansk_km2,luhansk_pct,donbas_occupied_km2,donbas_ukraine_held_km2,note';
const csv = (...rows: string[]) => [header, ...rows].join('\n');

describe('heldFromCsv', () => {
  it.each([
    { name: 'a plain row', row: '2026-01-27,a.geojson,cyterat,20744,78.28,26489,99.61,47234,5860,', oblast: 26500, held: 5756, pct: 21.72 },
    { name: 'a row with a quoted note holding commas', row: '2022-02-23,o.geojson,ordlo,8541,32.23,8381,31.52,16921,36172,"drawn 2022, standing for 2015 .. 2022"', oblast: 26500, held: 17959, pct: 67.77 },
    { name: 'half the oblast', row: '2030-01-01,x,y,1000,50,0,0,0,0,', oblast: 2000, held: 1000, pct: 50 },
  ])('$name', ({ row, oblast, held, pct }) => {
    const date = row.slice(0, 10);
    const r = heldFromCsv(csv(row), date);
    expect(r).toMatchObject({ date, oblastKm2: oblast, heldKm2: held, heldPct: pct });
    expect(r.heldKm2 + r.occupiedKm2).toBe(r.oblastKm2);
  });

  it.each([
    { name: 'a date with no row', text: csv('2026-01-27,a,b,20744,78.28,0,0,0,0,'), date: '2026-01-28', message: /no row for 2026-01-28/ },
    { name: 'a zero share (no oblast total can be recovered)', text: csv('2026-01-27,a,b,0,0,0,0,0,0,'), date: '2026-01-27', message: /bad donetsk_km2\/donetsk_pct/ },
    { name: 'a non-number', text: csv('2026-01-27,a,b,lots,78.28,0,0,0,0,'), date: '2026-01-27', message: /bad donetsk_km2/ },
    { name: 'a missing column', text: 'date,donetsk_km2\n2026-01-27,1', date: '2026-01-27', message: /no "donetsk_pct" column/ },
  ])('throws on $name', ({ text, date, message }) => {
    expect(() => heldFromCsv(text, date)).toThrow(message);
  });
});

describe('donetskHeldOn (public/data/occupied-area.csv)', () => {
  it('gives the story date’s held area, consistent with the oblast’s official size', () => {
    const r = donetskHeldOn('2026-01-27');
    expect(r.occupiedKm2).toBe(20744);
    expect(r.heldPct).toBeCloseTo(21.72, 2);
    expect(r.heldKm2).toBeGreaterThan(5700);
    expect(r.heldKm2).toBeLessThan(5800);
    // Ukrstat: 26,517 km²; the land-clipped polygon measures about 26,500.
    expect(Math.abs(r.oblastKm2 - 26517)).toBeLessThan(100);
  });
  it('throws for a date the CSV does not have', () => {
    expect(() => donetskHeldOn('2026-01-26')).toThrow(/no row for 2026-01-26/);
  });
});

describe('dayText', () => {
  it.each([
    ['2026-01-27', false, '27 Jan 2026'],
    ['2026-01-27', true, '27 January 2026'],
    ['1994-12-05', false, '5 Dec 1994'],
  ] as const)('%s (long: %s) → %s', (iso, long, text) => expect(dayText(iso, long)).toBe(text));
  it.each(['27 Jan 2026', '2026-13-01', '2026-1-5', ''])('rejects %o', (bad) => expect(() => dayText(bad)).toThrow(/not a YYYY-MM-DD date/));
});
