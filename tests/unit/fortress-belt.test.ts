import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import { readFileSync } from 'node:fs';
import { geoDistance } from 'd3-geo';
import type { Polygon } from 'geojson';
import FortressBelt from '../../src/components/scenes/fortress-belt/FortressBelt.svelte';
import { prepare } from '../../src/components/scenes/fortress-belt/fortress-belt.data';
import { stateFor, distanceText, type BeltDrawn } from '../../src/components/scenes/fortress-belt/fortress-belt.state';
import { BELT_STATES } from '../../src/components/scenes/fortress-belt/fortress-belt.config';
import { BELT_ALTS } from '../../src/components/scenes/fortress-belt/fortress-belt.alt';
import { distanceToBoundary, nearestOnArc, EARTH_RADIUS_KM } from '../../src/components/scenes/fortress-belt/distance';

const data = prepare();
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM; // 111.195 km
const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x0, y1], [x1, y1], [x1, y0], [x0, y0]]],
});

describe('nearestOnArc (great-circle point-to-segment)', () => {
  it.each([
    // Perpendicular foot inside the arc: a point on the equator 1° from a meridian segment.
    { p: [0, 0], a: [1, -1], b: [1, 1], km: KM_PER_DEGREE, at: [1, 0] },
    // Foot outside the arc: the nearer end wins.
    { p: [0, 0], a: [1, 2], b: [1, 4], km: geoDistance([0, 0], [1, 2]) * EARTH_RADIUS_KM, at: [1, 2] },
    { p: [0, 0], a: [-3, 0], b: [-1, 0], km: KM_PER_DEGREE, at: [-1, 0] },
    // On the arc itself.
    { p: [0.5, 0], a: [0, 0], b: [1, 0], km: 0, at: [0.5, 0] },
    // A degenerate arc (a point).
    { p: [0, 0], a: [0, 1], b: [0, 1], km: KM_PER_DEGREE, at: [0, 1] },
  ] as const)('$p to $a–$b is $km km', ({ p, a, b, km, at }) => {
    const r = nearestOnArc([...p], [...a], [...b]);
    expect(r.angle * EARTH_RADIUS_KM).toBeCloseTo(km, 3);
    expect(r.at[0]).toBeCloseTo(at[0], 6);
    expect(r.at[1]).toBeCloseTo(at[1], 6);
  });
});

describe('distanceToBoundary', () => {
  it('measures to the nearest edge from outside, and says the point is outside', () => {
    const r = distanceToBoundary([0, 0], square(1, -1, 3, 1));
    expect(r.km).toBeCloseTo(KM_PER_DEGREE, 3);
    expect(r.inside).toBe(false);
  });
  it('measures to the nearest edge from inside, and says so', () => {
    const r = distanceToBoundary([2, 0], square(1, -1, 4, 1));
    expect(r.km).toBeCloseTo(KM_PER_DEGREE, 3);
    expect(r.inside).toBe(true);
  });
  it('counts holes as edges', () => {
    const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10, 10).coordinates[0], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]] };
    // The hole's edges are ~1° away (great-circle edges bulge slightly toward the point); the outer ring is 5°.
    const km = distanceToBoundary([5, 5], withHole).km;
    expect(km).toBeGreaterThan(0.99 * KM_PER_DEGREE);
    expect(km).toBeLessThan(geoDistance([5, 5], [5, 4]) * EARTH_RADIUS_KM);
    expect(distanceToBoundary([5, 5], square(0, 0, 10, 10)).km).toBeGreaterThan(4.9 * KM_PER_DEGREE);
  });
  it('fails on a geometry without edges', () => {
    expect(() => distanceToBoundary([0, 0], { type: 'MultiPolygon', coordinates: [] })).toThrow(/no edges/);
  });
});

describe('fortress-belt data (built from public/data)', () => {
  it('measures all four belt cities, outside the Russian-held area, 0–100 km from it', () => {
    expect(data.cities.map((c) => c.id)).toEqual(['sloviansk', 'kramatorsk', 'druzhkivka', 'kostiantynivka']);
    for (const c of data.cities) {
      expect(c.inside, c.id).toBe(false);
      expect(c.km, c.id).toBeGreaterThan(0);
      expect(c.km, c.id).toBeLessThan(100);
    }
  });
  it('puts the nearest point at exactly the measured distance from the city', () => {
    const places = JSON.parse(readFileSync('public/data/places.json', 'utf8')).places as { id: string; lon: number; lat: number }[];
    for (const c of data.cities) {
      const p = places.find((x) => x.id === c.id)!;
      expect(geoDistance([p.lon, p.lat], c.nearestLonLat) * EARTH_RADIUS_KM, c.id).toBeCloseTo(c.km, 0);
    }
  });
  it('orders the cities as the state’s text alternative says: Kostiantynivka, Druzhkivka, Kramatorsk, Sloviansk', () => {
    const order = [...data.cities].sort((a, b) => a.km - b.km).map((c) => c.name);
    expect(order).toEqual(['Kostiantynivka', 'Druzhkivka', 'Kramatorsk', 'Sloviansk']);
    expect(BELT_ALTS.front).toContain(order.slice(1).join(', ').replace(/, (?=[^,]*$)/, ' and '));
  });
  it('carries the sourced 2022 populations and the story date', () => {
    expect(Object.fromEntries(data.cities.map((c) => [c.id, c.population]))).toEqual({
      kramatorsk: 147145,
      sloviansk: 105141,
      druzhkivka: 53977,
      kostiantynivka: 67350,
    });
    expect(data.frontDate).toBe('27 Jan 2026');
    expect(data.publisher).toBe('DeepStateMap.Live');
  });
  it('keeps every label position inside the frame', () => {
    for (const state of Object.keys(BELT_STATES))
      for (const l of stateFor(data, state, 0).labels) {
        expect(l.x, `${state} ${l.id}`).toBeGreaterThan(0);
        expect(l.x, `${state} ${l.id}`).toBeLessThan(data.width);
        expect(l.y, `${state} ${l.id}`).toBeGreaterThan(0);
        expect(l.y, `${state} ${l.id}`).toBeLessThan(data.height);
      }
  });
  it('is small enough to ship', () => expect(JSON.stringify(data).length).toBeLessThan(20_000));
});

describe('the chapter copy quotes the measured distances', () => {
  const chapter = JSON.parse(readFileSync('src/stories/02-fortress-belt.json', 'utf8'));
  const step = chapter.steps.find((s: { state: string; scene: string }) => s.scene === 'fortress-belt' && s.state === 'front');
  it.each(['kostiantynivka', 'druzhkivka', 'kramatorsk', 'sloviansk'])('%s', (id) => {
    const c = data.cities.find((x) => x.id === id)!;
    const text = `**${Math.round(c.km)} km** from ${id === 'kostiantynivka' ? 'the centre of ' : ''}${c.name}`;
    expect(step.text).toContain(text);
    expect(step.alt).toContain(`${Math.round(c.km)} km from ${c.name}`);
  });
  it('says the belt spans about 40 km, as the city positions give', () => {
    const ends = ['sloviansk', 'kostiantynivka'].map((id) => data.cities.find((c) => c.id === id)!);
    const places = JSON.parse(readFileSync('public/data/places.json', 'utf8')).places as { id: string; lon: number; lat: number }[];
    const [a, b] = ends.map((e) => places.find((p) => p.id === e.id)!);
    const km = geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
    expect(km).toBeGreaterThan(35);
    expect(km).toBeLessThanOrEqual(40);
    expect(chapter.steps[0].text).toContain('within about 40 km');
  });
});

describe('distanceText', () => {
  it.each([
    { km: 20.6, inside: false, text: '21 km' },
    { km: 6.5, inside: false, text: '7 km' },
    { km: 0.4, inside: false, text: '<1 km' },
    { km: 3, inside: true, text: 'inside the Russian-held area' },
  ])('$km km (inside: $inside) → $text', ({ km, inside, text }) => expect(distanceText({ km, inside })).toBe(text));
});

describe('fortress-belt stateFor', () => {
  it.each([
    { state: 'cities', population: false, front: false, leaders: 0, band: false, attacks: 0 },
    { state: 'population', population: true, front: false, leaders: 0, band: false, attacks: 0 },
    { state: 'defences', population: false, front: false, leaders: 0, band: true, attacks: 0 },
    { state: 'front', population: false, front: true, leaders: 4, band: true, attacks: 0 },
    { state: 'attacks', population: false, front: true, leaders: 0, band: true, attacks: 3 },
  ])('$state', ({ state, population, front, leaders, band, attacks }) => {
    const d = stateFor(data, state, 0);
    expect(d.state).toBe(state);
    expect(d.labels.filter((l) => l.belt).every((l) => (l.sub !== undefined) === (population || leaders > 0))).toBe(true);
    expect(d.show.front).toBe(front);
    expect(d.occupied).toMatch(/^M/);
    expect(d.leaders).toHaveLength(leaders);
    // Each distance is in its own city's label (never a separate box that could sit by another city).
    expect(d.labels.filter((l) => l.belt && /^· \d+ km$/.test(l.sub ?? ''))).toHaveLength(leaders);
    expect(d.band).toBe(band);
    expect(d.attacks).toHaveLength(attacks);
    expect(d.labels.filter((l) => l.kind === 'attack')).toHaveLength(attacks);
  });

  it('falls back to the first state for an unknown name', () => expect(stateFor(data, 'nowhere', 0).state).toBe('cities'));

  it('labels the road as schematic only while the front is off', () => {
    expect(stateFor(data, 'cities', 0).labels.find((l) => l.kind === 'road')?.text).toMatch(/schematic/);
    expect(stateFor(data, 'front', 0).labels.some((l) => l.kind === 'road')).toBe(false);
  });

  it('pairs each distance with its city in the front state', () => {
    const labels = stateFor(data, 'front', 0).labels;
    expect(labels.find((l) => l.id === 'kramatorsk')).toMatchObject({ text: 'Kramatorsk', sub: '· 19 km' });
    expect(labels.find((l) => l.id === 'kostiantynivka')).toMatchObject({ text: 'Kostiantynivka', sub: '· 7 km' });
  });

  it('shows each city’s population in the population state', () => {
    const labels = stateFor(data, 'population', 0).labels;
    expect(labels.find((l) => l.id === 'kramatorsk')?.sub).toBe('147,145');
    expect(labels.find((l) => l.id === 'druzhkivka')?.sub).toBe('53,977');
  });

  // Rough label boxes at phone width (as in locator.test.ts): the browser test measures the real ones.
  describe.each([390 - 24, 760])('labels do not collide at a %i px wide frame', (frameWidth) => {
    const box = (l: BeltDrawn['labels'][number]) => {
      const px = frameWidth / data.width;
      const font = frameWidth < 480 ? 13.5 : 15.75;
      const stacked = l.kind !== 'city' && l.sub;
      const chars = stacked ? Math.max(l.text.length, l.sub!.length) : l.text.length + (l.sub ? l.sub.length * 0.9 + 1 : 0);
      const w = chars * font * 0.55;
      const h = font * 1.2 * (stacked ? 2 : 1);
      const [x, y] = [l.x * px, l.y * px];
      if (l.kind !== 'city') return { x0: x - w / 2, x1: x + w / 2, y0: y - h / 2, y1: y + h / 2 };
      return l.side === 'left'
        ? { x0: x - 0.55 * font - w, x1: x, y0: y - 0.6 * font, y1: y - 0.6 * font + h }
        : { x0: x, x1: x + 0.55 * font + w, y0: y - 0.6 * font, y1: y - 0.6 * font + h };
    };
    it.each(Object.keys(BELT_STATES))('%s', (state) => {
      const labels = stateFor(data, state, 0).labels;
      const clashes: string[] = [];
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [box(labels[i]), box(labels[j])];
          if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) clashes.push(`${labels[i].id} × ${labels[j].id}`);
        }
      expect(clashes).toEqual([]);
    });
  });
});

describe('FortressBelt SSR render', () => {
  it.each(Object.keys(BELT_STATES))('%s renders the city names and its state', (state) => {
    const { body } = render(FortressBelt, { props: { state: stateFor(data, state, 0), progress: 0 } });
    expect(body).toContain(`data-drawn-state="${state}"`);
    for (const name of ['Sloviansk', 'Kramatorsk', 'Druzhkivka', 'Kostiantynivka']) expect(body).toContain(name);
    expect(body).toMatch(/schematic/);
  });
  it('shows each city’s distance in its own label, and the date, in the front state', () => {
    const { body } = render(FortressBelt, { props: { state: stateFor(data, 'front', 0), progress: 0 } });
    const chunks = body.split('data-label="').slice(1);
    for (const c of data.cities) {
      const own = chunks.find((ch) => ch.startsWith(`${c.id}"`))!;
      expect(own).toContain(c.name);
      expect(own).toContain(`· ${Math.round(c.km)} km`);
    }
    expect(body).toContain('27 Jan 2026');
    expect(body).toContain('DeepStateMap.Live');
  });
  it('says the arrows are schematic and attributed', () => {
    const { body } = render(FortressBelt, { props: { state: stateFor(data, 'attacks', 0), progress: 0 } });
    expect(body).toMatch(/Direction of Russian attack \(schematic; ISW and Russia’s General Staff\)/);
    expect(body).toContain('(Russian claim)');
  });
});
