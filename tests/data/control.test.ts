// control*.topo.json: one object per date, each with date/label/source/schematic; monthly completeness.
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { d3AreaKm2, features, parseCsv, readJsonOut, readOut } from './helpers.ts';

const FILES = ['control.topo.json', 'control-monthly-2022-2023.topo.json', 'control-monthly-2024-2026.topo.json'];
// The latest control date comes from the area series, so a data refresh only needs `npm run data`.
const LATEST = parseCsv(readOut('occupied-area.csv')).at(-1)!.date;
const STORY_KEYS = ['2014-04-12', '2014-07-07', '2015-02-15', '2022-02-24', '2022-07-01', '2023-06-01', '2024-03-01', '2025-12-01', '2026-01-27', LATEST];
const dateKeys = (topo: any) => Object.keys(topo.objects).filter((k) => k !== 'since2014'); // eslint-disable-line @typescript-eslint/no-explicit-any

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let y = +from.slice(0, 4), m = +from.slice(5, 7); `${y}-${String(m).padStart(2, '0')}` <= to; m === 12 ? (y++, (m = 1)) : m++)
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

describe.each(FILES)('%s', (file) => {
  const topo = readJsonOut(file);
  it('is a quantized Topology with since2014 first and date keys in order', () => {
    expect(topo.type).toBe('Topology');
    expect(topo.transform).toBeDefined();
    expect(Object.keys(topo.objects)[0]).toBe('since2014');
    const keys = dateKeys(topo);
    expect(keys.length).toBeGreaterThan(5);
    expect([...keys].sort()).toEqual(keys);
    for (const k of keys) expect(k).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('every date has one polygonal feature carrying date, label, source, publisher and schematic', () => {
    for (const key of dateKeys(topo)) {
      const fs = features(topo, key);
      expect(fs).toHaveLength(1);
      const p = fs[0].properties!;
      expect(fs[0].geometry.type).toMatch(/^(Multi)?Polygon$/);
      expect(p.date).toBe(key);
      expect(p.label).toEqual(expect.any(String));
      expect(p.label.length).toBeGreaterThan(5);
      expect(p.source).toMatch(/\.geojson|schematic/);
      expect(p.publisher).toEqual(expect.any(String));
      expect(typeof p.schematic).toBe('boolean');
      expect(p.sinceThen).toBe(key > '2026-01-31');
      expect(p.schematic).toBe(key < '2015-01-01');
      if (p.schematic) expect(p.basis.length).toBeGreaterThan(2);
    }
  });

  it('stays inside the Donbas map box and is wound for d3', () => {
    for (const key of Object.keys(topo.objects))
      for (const f of features(topo, key)) {
        const km2 = d3AreaKm2(f.geometry as Polygon);
        expect(km2).toBeGreaterThan(100);
        expect(km2).toBeLessThan(6 * 4 * 111 * 111); // the 6° × 4° box, generously
      }
    const [x0, y0] = topo.transform.translate;
    expect(x0).toBeGreaterThanOrEqual(34.5 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(46.3 - 1e-6);
  });
});

describe('control.topo.json (story states)', () => {
  const topo = readJsonOut('control.topo.json');
  it('has exactly the story dates', () => expect(dateKeys(topo)).toEqual(STORY_KEYS));

  it("uses DeepState's pre-2022 polygon for 2015-02-15, 2022-02-24 and since2014 (≈16.8–16.9k km² before land/box clip)", () => {
    const a = (k: string) => d3AreaKm2(features(topo, k)[0].geometry as MultiPolygon);
    expect(a('since2014')).toBeGreaterThan(16000);
    expect(a('since2014')).toBeLessThan(17500);
    expect(a('2015-02-15')).toBeCloseTo(a('since2014'), 0);
    expect(a('2022-02-24')).toBeCloseTo(a('since2014'), 0);
    expect(features(topo, '2015-02-15')[0].properties!.validTo).toBe('2022-02-23');
  });

  it('the 2014 schematic shrinks after 5–7 July (belt towns retaken) and lists what it is built from', () => {
    const spring = features(topo, '2014-04-12')[0], july = features(topo, '2014-07-07')[0];
    expect(d3AreaKm2(july.geometry as MultiPolygon)).toBeLessThan(d3AreaKm2(spring.geometry as MultiPolygon));
    const towns = (f: typeof spring) => f.properties!.basis.map((b: { town: string }) => b.town);
    expect(towns(spring)).toEqual(expect.arrayContaining(['Sloviansk', 'Kramatorsk', 'Druzhkivka', 'Kostiantynivka', 'Donetsk']));
    expect(towns(july)).not.toContain('Sloviansk');
    expect(towns(july)).toContain('Donetsk');
  });

  it('occupied area grows from 24 Feb 2022 to late Jan 2026', () => {
    const a = (k: string) => d3AreaKm2(features(topo, k)[0].geometry as MultiPolygon);
    expect(a('2022-07-01')).toBeGreaterThan(a('2022-02-24') * 2);
    expect(a('2026-01-27')).toBeGreaterThan(a('2024-03-01'));
  });
});

describe('monthly control files', () => {
  const keys = [...dateKeys(readJsonOut(FILES[1])), ...dateKeys(readJsonOut(FILES[2]))];
  it('cover every month from May 2022 to the latest file exactly once (first file of the month)', () => {
    const firsts = new Map<string, string>();
    for (const k of keys) if (!firsts.has(k.slice(0, 7))) firsts.set(k.slice(0, 7), k);
    expect([...firsts.keys()]).toEqual(monthsBetween('2022-05', LATEST.slice(0, 7)));
    expect(LATEST >= '2026-08-22').toBe(true);
  });
  it('also hold 27 Jan 2026 (story "now") and the latest file', () => {
    expect(keys).toContain('2026-01-27');
    expect(keys[keys.length - 1]).toBe(LATEST);
  });
});
