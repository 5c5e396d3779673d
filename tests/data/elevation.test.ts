// relief.json and profile.json.
import { describe, expect, it } from 'vitest';
import { readJsonOut } from './helpers.ts';

const relief = readJsonOut('relief.json');
const profile = readJsonOut('profile.json');

describe('relief.json', () => {
  it('is a georeferenced integer grid covering 35.5–39.5°E, 47.3–49.6°N', () => {
    expect(relief.values).toHaveLength(relief.ncols * relief.nrows);
    expect(relief.values.every((v: number) => Number.isInteger(v) && v >= 0)).toBe(true);
    expect(relief.west).toBe(35.5); expect(relief.north).toBe(49.6);
    expect(relief.east).toBeCloseTo(relief.west + relief.ncols * relief.cellsize, 6);
    expect(relief.south).toBeCloseTo(relief.north - relief.nrows * relief.cellsize, 6);
    expect(relief.east).toBeCloseTo(39.5, 6); expect(relief.south).toBeCloseTo(47.3, 6);
  });
  it('shows the Donets Ridge (max ≈ 300–340 m in a 2′ mean) and low valleys, never bathymetry', () => {
    expect(relief.max).toBeGreaterThan(290); expect(relief.max).toBeLessThan(345);
    expect(relief.min).toBeGreaterThanOrEqual(0); expect(relief.min).toBeLessThan(60);
    expect(relief.min).toBe(Math.min(...relief.values)); expect(relief.max).toBe(Math.max(...relief.values));
  });
  it('is higher on the ridge (48.25°N 38.9°E) than on the western plain (48.7°N 35.7°E)', () => {
    const at = (lon: number, lat: number) =>
      relief.values[Math.floor((relief.north - lat) / relief.cellsize) * relief.ncols + Math.floor((lon - relief.west) / relief.cellsize)];
    expect(at(38.9, 48.25)).toBeGreaterThan(at(35.7, 48.7) + 100);
  });
});

describe('profile.json', () => {
  const transects: [string, any][] = profile.transects.map((t: { id: string }) => [t.id, t]); // eslint-disable-line @typescript-eslint/no-explicit-any
  it.each(transects)('%s is sampled every ~2 km with sane heights', (_id, t) => {
    expect(t.samples.length).toBeGreaterThan(50);
    expect(t.samples[0].distanceKm).toBe(0);
    for (let i = 1; i < t.samples.length; i++) {
      const step = t.samples[i].distanceKm - t.samples[i - 1].distanceKm;
      expect(step).toBeGreaterThan(1); expect(step).toBeLessThan(3);
    }
    for (const s of t.samples) {
      expect(Number.isInteger(s.elevation)).toBe(true);
      expect(s.elevation).toBeGreaterThanOrEqual(0); expect(s.elevation).toBeLessThan(400);
      expect(s.lon).toBeGreaterThan(35); expect(s.lon).toBeLessThan(40.5);
    }
    expect(t.lengthKm).toBeCloseTo(t.samples[t.samples.length - 1].distanceKm, 0);
  });

  it('the belt transect runs through the belt cities in order and out into Dnipropetrovsk Oblast', () => {
    const t = profile.transects.find((x: { id: string }) => x.id === 'bakhmut-kramatorsk-plain');
    const pos = (n: string) => t.places.find((p: { name: string }) => p.name === n);
    expect(pos('Kramatorsk').offsetKm).toBeLessThan(1);
    expect(pos('Chasiv Yar').distanceKm).toBeLessThan(pos('Kramatorsk').distanceKm);
    expect(t.places.filter((p: { belt: boolean }) => p.belt).map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Kramatorsk', 'Druzhkivka', 'Kostiantynivka']));
    expect(t.oblastCrossings.at(-1).to).toBe('dnipropetrovsk');
    expect(t.frontCrossings.length).toBeGreaterThan(0);
    expect(t.frontCrossings[0].distanceKm).toBeLessThan(pos('Kramatorsk').distanceKm);
  });
});
