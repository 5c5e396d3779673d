import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import { readFileSync } from 'node:fs';
import { gzipSync, inflateSync } from 'node:zlib';
import Terrain from '../../src/components/scenes/terrain/Terrain.svelte';
import { prepare, heightAt, cellSizeKm, hillshade, scaleProfile, roundScale, PLOT, type ReliefGrid } from '../../src/components/scenes/terrain/terrain.data';
import { stateFor, INSET_SCALE } from '../../src/components/scenes/terrain/terrain.state';
import { TERRAIN_STATES } from '../../src/components/scenes/terrain/terrain.config';
import { greyPng, crc32 } from '../../src/lib/png';

const data = prepare();
const profileJson = JSON.parse(readFileSync('public/data/profile.json', 'utf8'));
const relief = JSON.parse(readFileSync('public/data/relief.json', 'utf8')) as ReliefGrid;

describe('cellSizeKm', () => {
  it.each([
    // 2′ of latitude is 2/60° × π/180 × 6371.0088 km everywhere; east–west it shrinks with cos(lat).
    { deg: 2 / 60, lat: 0, ns: 3.706, ew: 3.706 },
    { deg: 2 / 60, lat: 48.5, ns: 3.706, ew: 2.455 },
    { deg: 1 / 60, lat: 60, ns: 1.853, ew: 0.927 },
  ])('$deg° at $lat°N', ({ deg, lat, ns, ew }) => {
    const c = cellSizeKm(deg, lat);
    expect(c.ns).toBeCloseTo(ns, 2);
    expect(c.ew).toBeCloseTo(ew, 2);
  });
  it('is what the scene says on screen: about 2.5 × 3.7 km', () => expect(data.cellKm).toEqual({ ew: 2.5, ns: 3.7 }));
});

describe('heightAt (bilinear over cell centres)', () => {
  const g: ReliefGrid = { west: 0, north: 2, cellsize: 1, ncols: 2, nrows: 2, min: 0, max: 300, values: [100, 200, 0, 300] };
  it.each([
    { lon: 0.5, lat: 1.5, h: 100 }, // a cell centre
    { lon: 1.5, lat: 1.5, h: 200 },
    { lon: 1, lat: 1.5, h: 150 }, // between two centres
    { lon: 1, lat: 1, h: 150 }, // the middle of all four
    { lon: -5, lat: 9, h: 100 }, // outside: clamped to the nearest edge
    { lon: 0.5, lat: 0.5, h: 0 }, // water stays 0
  ])('($lon, $lat) → $h', ({ lon, lat, h }) => expect(heightAt(g, lon, lat)).toBeCloseTo(h, 6));
});

describe('hillshade', () => {
  it('is ~0.71 on flat ground, darker on a slope facing away from the north-west light, lighter facing it', () => {
    const flat = hillshade(new Float64Array(9).fill(100), 3, 3, 1, 10);
    expect(flat[4]).toBeCloseTo(Math.SQRT1_2, 6);
    // Rising to the east (x): the slope faces west, toward the light in part.
    const east = hillshade(Float64Array.from([0, 50, 100, 0, 50, 100, 0, 50, 100]), 3, 3, 1, 10);
    expect(east[4]).toBeGreaterThan(Math.SQRT1_2);
    const west = hillshade(Float64Array.from([100, 50, 0, 100, 50, 0, 100, 50, 0]), 3, 3, 1, 10);
    expect(west[4]).toBeLessThan(Math.SQRT1_2);
  });
});

describe('greyPng', () => {
  it('writes a valid 8-bit greyscale PNG whose pixels read back', () => {
    const pixels = Uint8Array.from([0, 10, 255, 3, 200, 7]);
    const png = greyPng(3, 2, pixels);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(3);
    expect(png.readUInt32BE(20)).toBe(2);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    // Undo the Sub filter row by row.
    const out: number[] = [];
    for (let y = 0; y < 2; y++) {
      expect(raw[y * 4]).toBe(1);
      let left = 0;
      for (let x = 0; x < 3; x++) out.push((left = (raw[y * 4 + 1 + x] + left) & 0xff));
    }
    expect(out).toEqual([...pixels]);
    // Each chunk's CRC covers its type and data.
    expect(png.readUInt32BE(29)).toBe(crc32(png.subarray(12, 29)));
  });
  it('rejects a pixel count that does not match', () => expect(() => greyPng(2, 2, new Uint8Array(3))).toThrow(/expected 4/));
  it.each([
    { s: '', crc: 0 },
    { s: 'IEND', crc: 0xae426082 },
    { s: '123456789', crc: 0xcbf43926 },
  ])('crc32("$s")', ({ s, crc }) => expect(crc32(Buffer.from(s))).toBe(crc));
});

describe('scaleProfile', () => {
  const base = {
    id: 't',
    label: 't',
    vertices: [],
    places: [
      { name: 'A', belt: false, distanceKm: 0, offsetKm: 0 },
      { name: 'Far', belt: true, distanceKm: 5, offsetKm: 9 },
    ],
    oblastCrossings: [{ distanceKm: 5, from: 'east-o', to: 'west-o' }],
  };
  const samples = (lons: number[]) => lons.map((lon, i) => ({ distanceKm: i * 5, lon, lat: 48, elevation: i * 100 }));
  it('puts the west on the left when the line was sampled east to west, and keeps the held stretch', () => {
    const p = scaleProfile(
      { ...base, lengthKm: 10, samples: samples([38, 37.5, 37]), startsOccupiedOn: { date: '2026-01-27', occupied: true }, frontCrossings: [{ distanceKm: 2, into: 'ukraine-held' }] },
      600,
      { 'east-o': 'East Oblast', 'west-o': 'West Oblast' },
    );
    expect(p.line.startsWith(`M${PLOT.left},`)).toBe(true);
    // Distance 0 (the east end, held) is on the right.
    expect(p.held).toEqual([[PLOT.left + 0.8 * (PLOT.right - PLOT.left), PLOT.right]]);
    expect(p.oblastCrossings[0]).toMatchObject({ west: 'West Oblast', east: 'East Oblast' });
    expect(p.places.map((x) => x.name)).toEqual(['A']);
    expect(p.places[0].x).toBe(PLOT.right);
  });
  it('keeps a west-to-east line as it is, with a stretch held to its end', () => {
    const p = scaleProfile(
      { ...base, lengthKm: 10, samples: samples([37, 37.5, 38]), startsOccupiedOn: { date: '2026-01-27', occupied: false }, frontCrossings: [{ distanceKm: 5, into: 'occupied' }] },
      600,
      {},
    );
    expect(p.held).toEqual([[PLOT.left + 0.5 * (PLOT.right - PLOT.left), PLOT.right]]);
    expect(p.oblastCrossings[0]).toMatchObject({ west: 'east-o', east: 'west-o' });
    expect(p.maxElevation).toBe(200);
  });
});

describe('terrain data (built from public/data)', () => {
  it('has every transect the states use, west on the left, inside the plot', () => {
    for (const spec of Object.values(TERRAIN_STATES)) expect(data.profiles.map((p) => p.id)).toContain(spec.transect);
    for (const p of data.profiles) {
      const xs = [...p.line.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(PLOT.left);
      expect(Math.max(...xs)).toBeLessThanOrEqual(PLOT.right);
      expect(p.exaggeration).toBeGreaterThan(50);
    }
  });
  it('marks the front of 27 Jan 2026 on the Bakhmut–Kramatorsk line, with Bakhmut (east) in the held stretch', () => {
    const p = data.profiles.find((x) => x.id === 'bakhmut-kramatorsk-plain')!;
    expect(p.fronts).toHaveLength(1);
    expect(p.held).toHaveLength(1);
    expect(p.held[0][1]).toBe(PLOT.right);
    expect(p.places.find((x) => x.name === 'Kramatorsk')?.belt).toBe(true);
    expect(p.oblastCrossings.map((c) => `${c.west}|${c.east}`)).toEqual(['Dnipropetrovsk Oblast|Donetsk Oblast']);
  });
  it('reads heights from the grid, never from spot heights: within the grid’s range', () => {
    expect(data.gridRange).toEqual([Math.min(...relief.values.filter((v) => v > 0)), relief.max]);
    for (const p of data.profiles) {
      expect(p.minElevation).toBeGreaterThanOrEqual(0);
      expect(p.maxElevation).toBeLessThanOrEqual(relief.max + 50);
    }
  });
  it('ships small masks: the scene is under 60 KB gzip', () => {
    expect(data.tint).toMatch(/^data:image\/png;base64,/);
    expect(data.shadow).toMatch(/^data:image\/png;base64,/);
    expect(gzipSync(JSON.stringify(data)).length).toBeLessThan(60 * 1024);
  });
});

describe('the chapter copy matches the grid', () => {
  const chapter = JSON.parse(readFileSync('src/stories/02-fortress-belt.json', 'utf8'));
  const text = (state: string) => chapter.steps.find((s: { scene: string; state: string }) => s.scene === 'terrain' && s.state === state).text as string;
  const t = profileJson.transects.find((x: { id: string }) => x.id === 'bakhmut-kramatorsk-plain');
  const at = (name: string) => t.places.find((p: { name: string }) => p.name === name).distanceKm as number;
  it('the grid’s highest cell (333 m) is in the Donets Ridge zone south-east of the belt', () => {
    expect(text('relief')).toContain(`up to ${relief.max} m`);
    const i = relief.values.indexOf(relief.max);
    const lon = relief.west + ((i % relief.ncols) + 0.5) * relief.cellsize;
    const lat = relief.north - (Math.floor(i / relief.ncols) + 0.5) * relief.cellsize;
    expect(lon).toBeGreaterThan(37.8); // east of the belt (Kramatorsk 37.56°E)
    expect(lat).toBeLessThan(48.5); // south of it (Kramatorsk 48.72°N)
  });
  it('about 220 m around Chasiv Yar, the front about 7 km west of it, below about 185 m west of the belt, about 70 m at the end', () => {
    const samples = t.samples as { distanceKm: number; elevation: number }[];
    const near = samples.filter((s) => Math.abs(s.distanceKm - at('Chasiv Yar')) <= 6).map((s) => s.elevation);
    expect(Math.max(...near)).toBeGreaterThanOrEqual(215);
    expect(Math.max(...near)).toBeLessThanOrEqual(225);
    expect(Math.round(t.frontCrossings[0].distanceKm - at('Chasiv Yar'))).toBe(7);
    const west = samples.filter((s) => s.distanceKm > at('Kramatorsk')).map((s) => s.elevation);
    expect(Math.max(...west)).toBeLessThanOrEqual(185);
    expect(Math.abs(samples[samples.length - 1].elevation - 70)).toBeLessThanOrEqual(5);
    expect(text('profile-front')).toMatch(/about 220 m.*about 7 km west.*below about 185 m.*about 70 m/s);
  });
});

describe('terrain stateFor', () => {
  it.each([
    { state: 'relief', mode: 'map', transect: 'bakhmut-kramatorsk-plain', marks: false, k: 1 },
    { state: 'profile', mode: 'profile', transect: 'bakhmut-kramatorsk-plain', marks: false, k: INSET_SCALE },
    { state: 'profile-front', mode: 'profile', transect: 'bakhmut-kramatorsk-plain', marks: true, k: INSET_SCALE },
    { state: 'parallel', mode: 'profile', transect: 'parallel-48-7', marks: true, k: INSET_SCALE },
  ])('$state', ({ state, mode, transect, marks, k }) => {
    const d = stateFor(data, state, 0);
    expect(d).toMatchObject({ state, mode, transect, marks });
    expect(d.zoom.k).toBe(k);
    expect(d.transectLine).toMatch(/^M/);
    const kinds = new Set(d.labels.map((l) => l.kind));
    expect(kinds.has('front')).toBe(marks);
    expect(kinds.has('region')).toBe(mode === 'map');
  });
  it('falls back to the relief for an unknown state', () => expect(stateFor(data, 'nowhere', 0).state).toBe('relief'));
  it('dates the front labels and the legend from the data (the story date)', () => {
    const d = stateFor(data, 'profile-front', 0);
    expect(d.frontDate).toBe('27 Jan 2026');
    expect(d.labels.filter((l) => l.kind === 'front').every((l) => l.sub === '27 Jan 2026')).toBe(true);
  });
  it('labels the four belt cities on the relief map', () => {
    const ids = stateFor(data, 'relief', 0).labels.map((l) => l.id);
    for (const id of ['sloviansk', 'kramatorsk', 'druzhkivka', 'kostiantynivka']) expect(ids).toContain(id);
  });
  it.each([
    [391, 400],
    [349, 300],
    [150, 200],
    [96, 100],
    [87, 90],
    [12, 10],
  ])('roundScale(%d) = %d', (v, out) => expect(roundScale(v)).toBe(out));
});

describe('Terrain SSR render', () => {
  it.each(Object.keys(TERRAIN_STATES))('%s', (state) => {
    const { body } = render(Terrain, { props: { state: stateFor(data, state, 0), progress: 0 } });
    expect(body).toContain(`data-drawn-state="${state}"`);
    expect(body).toContain('data:image/png;base64,');
    // Says what the grid can and cannot show.
    expect(body).toMatch(/buildings or trenches/);
  });
  it('names the cell size in the relief state and the exaggeration in the profile', () => {
    const relief = render(Terrain, { props: { state: stateFor(data, 'relief', 0), progress: 0 } }).body;
    expect(relief).toContain('about 2.5 × 3.7 km');
    expect(relief).toContain('2′ resample of the 1′ elevation grid');
    // The height ramp shows its end values.
    expect(relief).toMatch(/50 m<span class="swatch ramp[^"]*"><\/span>300 m\+/);
    const profile = render(Terrain, { props: { state: stateFor(data, 'profile-front', 0), progress: 0 } }).body;
    expect(profile).toMatch(/exaggerated about \d+00×/);
    expect(profile).toContain('Front line');
    expect(profile).toContain('Kramatorsk');
  });
});
