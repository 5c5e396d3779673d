// Size budgets (gzip) and sources.json coverage.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, gzipBytes, readJsonOut } from './helpers.ts';

const MAP_BUDGET = 60 * 1024, PAGE_BUDGET = 150 * 1024;
const files = readdirSync(OUT).filter((f) => !f.startsWith('.')).sort();
// What each page (scene set) loads; the story page loads the union of its chapter's scenes lazily.
const PAGES: Record<string, string[]> = {
  'chapter 1 (locator, control-timeline, occupied-share)': ['boundaries.topo.json', 'control.topo.json', 'places.json', 'rivers.topo.json', 'occupied-area.csv'],
  'chapter 2 (fortress-belt, terrain, advance-calculator)': ['boundaries.topo.json', 'control.topo.json', 'places.json', 'rivers.topo.json', 'relief.json', 'profile.json', 'occupied-area.csv'],
  'monthly explorer': ['boundaries.topo.json', 'control-monthly-2022-2023.topo.json', 'control-monthly-2024-2026.topo.json', 'places.json'],
};

describe('size budgets', () => {
  it.each(files.filter((f) => /\.(json|csv)$/.test(f)))('%s is ≤ 60 KB gzip', (f) => expect(gzipBytes(f)).toBeLessThanOrEqual(MAP_BUDGET));
  it.each(Object.entries(PAGES))('%s loads ≤ 150 KB gzip', (_page, list) =>
    expect(list.reduce((s, f) => s + gzipBytes(f), 0)).toBeLessThanOrEqual(PAGE_BUDGET));
  it('boundaries stay near the ~35 KB target', () => expect(gzipBytes('boundaries.topo.json')).toBeLessThan(45 * 1024));
});

describe('sources.json', () => {
  const sources = readJsonOut('sources.json');
  it('describes every other output file with inputs, licence, attribution and method', () => {
    const described = sources.files.map((f: { file: string }) => f.file).sort();
    expect(described).toEqual(files.filter((f) => f !== 'sources.json'));
    for (const f of sources.files) {
      expect(f.inputs.length).toBeGreaterThan(0);
      expect(f.origin.length).toBeGreaterThan(0);
      expect(f.licence.join(' ')).toMatch(/\w/);
      expect(f.attribution).toMatch(/DeepState|geoBoundaries|GeoNames|Natural Earth|SRTM/);
      expect(f.method.length).toBeGreaterThan(40);
    }
  });
  it('declares the area method and the grey-zone caveat', () => {
    expect(sources.areaMethod).toMatch(/geoArea.*6371\.0088/);
    expect(sources.greyZone).toMatch(/grey/);
    expect(sources.storyNow).toBe('2026-01-31');
    expect(sources.sinceThenDates[0]).toBe('2026-02-01');
  });
});
