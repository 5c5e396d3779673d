// boundaries.topo.json: object names, ids, properties, winding, Crimea, oblast areas vs official figures.
import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { d3AreaKm2, features, readJsonOut } from './helpers.ts';

const topo = readJsonOut('boundaries.topo.json');
const oblasts = features(topo, 'oblasts');
const countries = features(topo, 'countries');
const byId = (id: string) => oblasts.find((f) => f.id === id)!;

describe('boundaries.topo.json', () => {
  it('is a quantized TopoJSON topology with exactly the objects oblasts and countries', () => {
    expect(topo.type).toBe('Topology');
    expect(topo.transform?.scale).toHaveLength(2);
    expect(Object.keys(topo.objects).sort()).toEqual(['countries', 'oblasts']);
  });

  it('has the 27 units of Ukraine with unique slug ids', () => {
    expect(oblasts).toHaveLength(27);
    expect(new Set(oblasts.map((f) => f.id)).size).toBe(27);
    for (const f of oblasts) expect(String(f.id)).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each([
    ['donetsk', 'UA-14', 'Donetsk Oblast', 'Донецька область'],
    ['luhansk', 'UA-09', 'Luhansk Oblast', 'Луганська область'],
    ['zaporizhzhia', 'UA-23', 'Zaporizhzhia Oblast', 'Запорізька область'],
    ['kherson', 'UA-65', 'Kherson Oblast', 'Херсонська область'],
    ['crimea', 'UA-43', 'Autonomous Republic of Crimea', 'Автономна Республіка Крим'],
    ['sevastopol', 'UA-40', 'Sevastopol', 'Севастополь'],
    ['kyiv-city', 'UA-30', 'Kyiv', 'Київ'],
    ['kyiv', 'UA-32', 'Kyiv Oblast', 'Київська область'],
    ['kharkiv', 'UA-63', 'Kharkiv Oblast', 'Харківська область'],
    ['dnipropetrovsk', 'UA-12', 'Dnipropetrovsk Oblast', 'Дніпропетровська область'],
    ['odesa', 'UA-51', 'Odesa Oblast', 'Одеська область'],
  ])('%s has iso %s and names %s / %s', (id, iso, en, uk) => {
    expect(byId(id)?.properties).toEqual({ name_en: en, name_uk: uk, iso });
  });

  it('every unit has an ISO 3166-2 code of the form UA-NN, all different', () => {
    const isos = oblasts.map((f) => f.properties?.iso);
    for (const iso of isos) expect(iso).toMatch(/^UA-\d\d$/);
    expect(new Set(isos).size).toBe(27);
  });

  it('every polygon is wound for d3 (no polygon reads as most of the globe)', () => {
    for (const f of [...oblasts, ...countries]) expect(d3AreaKm2(f.geometry as Polygon)).toBeLessThan(2e7);
  });

  // Official areas (FACTS.md §4). The land-clipped units must be within 2 %.
  it.each([
    ['donetsk', 26517],
    ['luhansk', 26684],
  ])('%s oblast area is within 2%% of the official %i km²', (id, official) => {
    const km2 = d3AreaKm2(byId(id).geometry as MultiPolygon);
    expect(Math.abs(km2 - official) / official).toBeLessThan(0.02);
  });

  it('Donetsk is land-clipped (no territorial sea: the raw unit is 28,852 km²)', () => {
    expect(d3AreaKm2(byId('donetsk').geometry as Polygon)).toBeLessThan(27000);
  });

  it('countries cover Europe and neighbours with ISO numeric ids and names', () => {
    const ids = countries.map((f) => String(f.id));
    for (const id of ['804', '643', '616', '112', '642', '498', '276', '250', '826', '792']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of countries) {
      expect(String(f.id)).toMatch(/^(\d{3}|x-[a-z-]+)$/);
      expect(typeof f.properties?.name).toBe('string');
    }
    expect(ids).not.toContain('840'); // USA: outside the box
  });

  it('draws Crimea as part of Ukraine (804), not Russia (643)', () => {
    const at = (id: string) => countries.find((f) => f.id === id)!;
    expect(geoContains(at('804'), [34.1, 45.0])).toBe(true);
    expect(geoContains(at('643'), [34.1, 45.0])).toBe(false);
    expect(geoContains(at('643'), [37.6, 55.75])).toBe(true); // Moscow
  });

  it('places Donetsk city inside the donetsk unit and Kyiv inside kyiv-city', () => {
    expect(geoContains(byId('donetsk'), [37.80224, 48.023])).toBe(true);
    expect(geoContains(byId('kyiv-city'), [30.5238, 50.45466])).toBe(true);
    expect(geoContains(byId('kyiv'), [30.5238, 50.45466])).toBe(false);
  });
});
