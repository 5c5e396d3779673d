// occupied-area.csv: ordering, ranges, internal consistency and cross-checks with published figures.
import { describe, expect, it } from 'vitest';
import { parseCsv, readOut } from './helpers.ts';

const text = readOut('occupied-area.csv');
const rows = parseCsv(text);
const num = (r: Record<string, string>, k: string) => Number(r[k]);
const row = (date: string) => rows.find((r) => r.date === date)!;

describe('occupied-area.csv', () => {
  it('has the documented columns', () => {
    expect(text.split('\n')[0]).toBe('date,source,series,donetsk_km2,donetsk_pct,luhansk_km2,luhansk_pct,donbas_occupied_km2,donbas_ukraine_held_km2,note');
  });

  it('is sorted by date, one row per date, starting with the pre-2022 polygon row', () => {
    const dates = rows.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    expect(rows[0]).toMatchObject({ date: '2022-02-23', series: 'ordlo' });
    expect(rows[0].note).toMatch(/pre-2022/);
    expect(rows.length).toBeGreaterThanOrEqual(60); // 1 ORDLO + 29 archive (27 monthly 2022-05 … 2024-07 + 2) + 30 cyterat
    expect(dates.at(-1)! >= '2026-08-22').toBe(true);
  });

  it('every share is within 0–100 % and every area is non-negative', () => {
    for (const r of rows) {
      for (const k of ['donetsk_pct', 'luhansk_pct']) { expect(num(r, k)).toBeGreaterThanOrEqual(0); expect(num(r, k)).toBeLessThanOrEqual(100); }
      for (const k of ['donetsk_km2', 'luhansk_km2', 'donbas_occupied_km2', 'donbas_ukraine_held_km2']) expect(num(r, k)).toBeGreaterThanOrEqual(0);
    }
  });

  it('adds up: occupied + Ukraine-held = the two oblasts (≈ 53,093 km² land-clipped), every row', () => {
    for (const r of rows) {
      expect(Math.abs(num(r, 'donetsk_km2') + num(r, 'luhansk_km2') - num(r, 'donbas_occupied_km2'))).toBeLessThanOrEqual(1);
      expect(Math.abs(num(r, 'donbas_occupied_km2') + num(r, 'donbas_ukraine_held_km2') - 53093)).toBeLessThanOrEqual(2);
      expect(num(r, 'donetsk_km2') / 26501 * 100).toBeCloseTo(num(r, 'donetsk_pct'), 1);
    }
  });

  it('matches the press figure of ~6,500 km² of Donbas under Ukrainian control in early Dec 2025 (±15 %)', () => {
    for (const d of ['2025-12-01', '2025-12-05']) expect(Math.abs(num(row(d), 'donbas_ukraine_held_km2') - 6500) / 6500).toBeLessThan(0.15);
  });

  it('reproduces the shared-data cross-check for 2024-07-08 (Donetsk 15,706 / Luhansk 26,207 km²)', () => {
    expect(num(row('2024-07-08'), 'donetsk_km2')).toBeCloseTo(15706, -1);
    expect(num(row('2024-07-08'), 'luhansk_km2')).toBeCloseTo(26207, -1);
  });

  it('shows the pre-2022 polygon at ≈ a third of each oblast and Luhansk nearly all taken by mid-2022', () => {
    expect(num(rows[0], 'donetsk_km2')).toBeGreaterThan(8000); expect(num(rows[0], 'donetsk_km2')).toBeLessThan(9000);
    expect(num(row('2022-07-01'), 'luhansk_pct')).toBeGreaterThan(95);
    expect(num(row('2026-01-27'), 'donetsk_pct')).toBeGreaterThan(num(row('2024-03-01'), 'donetsk_pct'));
  });
});
