// places.json and rivers.topo.json.
import { describe, expect, it } from 'vitest';
import { features, readJsonOut } from './helpers.ts';

const { places, attribution } = readJsonOut('places.json');
const REQUIRED = ['Donetsk', 'Luhansk', 'Kramatorsk', 'Sloviansk', 'Druzhkivka', 'Kostiantynivka', 'Bakhmut', 'Avdiivka', 'Pokrovsk',
  'Myrnohrad', 'Siversk', 'Lysychansk', 'Sievierodonetsk', 'Mariupol', 'Horlivka', 'Debaltseve', 'Lyman', 'Vuhledar', 'Kurakhove',
  'Izium', 'Kharkiv', 'Dnipro', 'Zaporizhzhia', 'Kyiv', 'Toretsk', 'Chasiv Yar', 'Dobropillia'];
const OBLAST_IDS = new Set(features(readJsonOut('boundaries.topo.json'), 'oblasts').map((f) => f.id));
const at = (name: string) => places.find((p: { name: string }) => p.name === name);

describe('places.json', () => {
  it('credits GeoNames', () => expect(attribution).toMatch(/GeoNames/));
  it.each(REQUIRED)('has %s', (name) => expect(at(name)).toBeDefined());

  it('every place has an id, lon/lat inside Ukraine, a known oblast and a priority 1–3', () => {
    for (const p of places) {
      expect(p.id).toMatch(/^[a-z-]+$/);
      expect(p.lon).toBeGreaterThan(22); expect(p.lon).toBeLessThan(40.3);
      expect(p.lat).toBeGreaterThan(44.3); expect(p.lat).toBeLessThan(52.4);
      expect(OBLAST_IDS.has(p.oblast)).toBe(true);
      expect([1, 2, 3]).toContain(p.priority);
    }
  });

  it('Donbas places sit inside the Donbas box (36.5–40.3°E, 46.8–49.3°N)', () => {
    for (const p of places.filter((x: { oblast: string }) => x.oblast === 'donetsk' || x.oblast === 'luhansk')) {
      expect(p.lon).toBeGreaterThan(36.5); expect(p.lon).toBeLessThan(40.3);
      expect(p.lat).toBeGreaterThan(46.8); expect(p.lat).toBeLessThan(49.3);
    }
  });

  it.each([
    ['Kramatorsk', 'donetsk'], ['Lysychansk', 'luhansk'], ['Izium', 'kharkiv'], ['Dnipro', 'dnipropetrovsk'],
    ['Zaporizhzhia', 'zaporizhzhia'], ['Kyiv', 'kyiv-city'], ['Kharkiv', 'kharkiv'],
  ])('%s lies in %s', (name, oblast) => expect(at(name).oblast).toBe(oblast));

  it('flags exactly the four belt cities', () => {
    const belt = places.filter((p: { belt: boolean }) => p.belt).map((p: { name: string }) => p.name).sort();
    expect(belt).toEqual(['Druzhkivka', 'Kostiantynivka', 'Kramatorsk', 'Sloviansk']);
  });

  it('gives 1 Jan 2022 populations only where FACTS.md sources them, each with a source', () => {
    const withPop = places.filter((p: { population2022: number | null }) => p.population2022 !== null);
    expect(Object.fromEntries(withPop.map((p: { name: string; population2022: number }) => [p.name, p.population2022]))).toEqual({
      Kramatorsk: 147145, Sloviansk: 105141, Kostiantynivka: 67350, Druzhkivka: 53977,
    });
    for (const p of withPop) expect(p.populationSource).toMatchObject({ publisher: expect.any(String), title: expect.any(String), url: expect.stringMatching(/^https?:\/\//), date: '2022-01-01' });
    for (const p of places) if (p.population2022 === null) expect(p.populationSource).toBeNull();
  });

  it('keeps belt cities at priority 1 and says where every coordinate comes from', () => {
    for (const p of places) {
      if (p.belt) expect(p.priority).toBe(1);
      expect(p.coordSource.length).toBeGreaterThan(5);
    }
  });
});

describe('rivers.topo.json', () => {
  const rivers = features(readJsonOut('rivers.topo.json'), 'rivers');
  it.each([
    ['siverskyi-donets', 'Siverskyi Donets'], ['kazennyi-torets', 'Kazennyi Torets'], ['kryvyi-torets', 'Kryvyi Torets'],
    ['oskil', 'Oskil'], ['aidar', 'Aidar'], ['kalmius', 'Kalmius'], ['samara', 'Samara'], ['krynka', 'Krynka'], ['dnipro', 'Dnipro'],
  ])('has %s (%s) as a line with a Ukrainian name', (id, name) => {
    const r = rivers.find((f) => f.id === id);
    expect(r?.properties?.name).toBe(name);
    expect(r?.properties?.name_uk).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
    expect(r?.geometry.type).toMatch(/LineString$/);
  });
  it('has no other features', () => expect(rivers).toHaveLength(9));
});
