// profile.json: elevation transects sampled every ~2 km, with the places along each line, the oblast
// borders it crosses and where it crosses the occupied area on the story's latest mapped date.
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { EARTH_RADIUS_KM } from './config.ts';
import { pointInPoly, type Poly } from './geo.ts';
import { elevationAt } from './elevation.ts';
import type { Grid } from './read-grid.ts';
import type { Place } from './places.ts';

type LonLat = [number, number];
export interface TransectSpec { id: string; label: string; vertices: LonLat[] }
export const STEP_KM = 2;
const km = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;

/** Points every ~stepKm along a polyline (great-circle segments), with cumulative distance. */
export function sampleLine(vertices: LonLat[], stepKm: number): { d: number; p: LonLat }[] {
  const out = [{ d: 0, p: vertices[0] }];
  let total = 0;
  for (let i = 0; i < vertices.length - 1; i++) {
    const len = km(vertices[i], vertices[i + 1]), n = Math.max(1, Math.round(len / stepKm)), f = geoInterpolate(vertices[i], vertices[i + 1]);
    for (let k = 1; k <= n; k++) out.push({ d: total + (len * k) / n, p: f(k / n) as LonLat });
    total += len;
  }
  return out;
}

const r = (v: number, k: number) => Math.round(v * 10 ** k) / 10 ** k;

export function buildTransect(spec: TransectSpec, grid: Grid, places: Place[], oblasts: FeatureCollection, occupied: { date: string; geometry: Poly }) {
  const samples = sampleLine(spec.vertices, STEP_KM);
  const oblastAt = (p: LonLat) => String(oblasts.features.find((f: Feature) => pointInPoly(p, f.geometry as Poly))?.id ?? '');
  const crossings: { distanceKm: number; from: string; to: string }[] = [];
  const front: { distanceKm: number; into: 'occupied' | 'ukraine-held' }[] = [];
  samples.forEach((s, i) => {
    if (i === 0) return;
    const [a, b] = [oblastAt(samples[i - 1].p), oblastAt(s.p)];
    if (a !== b) crossings.push({ distanceKm: r((samples[i - 1].d + s.d) / 2, 1), from: a, to: b });
    const [oa, ob] = [pointInPoly(samples[i - 1].p, occupied.geometry), pointInPoly(s.p, occupied.geometry)];
    if (oa !== ob) front.push({ distanceKm: r((samples[i - 1].d + s.d) / 2, 1), into: ob ? 'occupied' : 'ukraine-held' });
  });
  const near = places
    .map((pl) => {
      const best = samples.reduce((m, s) => { const o = km(s.p, [pl.lon, pl.lat]); return o < m.o ? { o, d: s.d } : m; }, { o: Infinity, d: 0 });
      return { name: pl.name, belt: pl.belt, distanceKm: r(best.d, 1), offsetKm: r(best.o, 1) };
    })
    .filter((p) => p.offsetKm <= 15)
    .sort((a, b) => a.distanceKm - b.distanceKm);
  return {
    id: spec.id, label: spec.label, vertices: spec.vertices, stepKm: STEP_KM, lengthKm: r(samples[samples.length - 1].d, 1),
    startsOccupiedOn: { date: occupied.date, occupied: pointInPoly(samples[0].p, occupied.geometry) },
    frontCrossings: front, oblastCrossings: crossings, places: near,
    samples: samples.map((s) => ({ distanceKm: r(s.d, 2), lon: r(s.p[0], 4), lat: r(s.p[1], 4), elevation: Math.round(elevationAt(grid, s.p[0], s.p[1])) })),
  };
}
