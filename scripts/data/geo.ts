// Small pure geometry helpers: spherical area, winding, bboxes, point-in-polygon (tested in tests/data/geo.test.ts).
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { EARTH_RADIUS_KM, type BBox } from './config.ts';

export type Poly = Polygon | MultiPolygon;

const FULL_SPHERE = 4 * Math.PI;

/** Spherical area (steradians) of one ring, orientation-agnostic: rings here are all far smaller than a hemisphere. */
function ringSteradians(ring: Position[]): number {
  if (ring.length < 4) return 0;
  const a = geoArea({ type: 'Polygon', coordinates: [ring] });
  return Math.min(a, FULL_SPHERE - a);
}

/** Geodesic area on the sphere (d3-geo geoArea × R², R = 6371.0088 km), in km². Exterior minus holes,
 *  computed ring by ring so the winding order of the input (RFC 7946, turf, d3) does not matter. */
export function areaKm2(g: Poly | null | undefined): number {
  if (!g) return 0;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let sr = 0;
  for (const rings of polys) rings.forEach((r, i) => (sr += (i === 0 ? 1 : -1) * ringSteradians(r)));
  return sr * EARTH_RADIUS_KM ** 2;
}

/** Round every coordinate to `digits` decimals (keeps output bytes small and deterministic). */
export function roundCoords<T>(coords: T, digits: number): T {
  const k = 10 ** digits;
  const walk = (c: unknown): unknown =>
    typeof (c as unknown[])[0] === 'number'
      ? (c as number[]).map((v) => Math.round(v * k) / k)
      : (c as unknown[]).map(walk);
  return walk(coords) as T;
}

/** [west, south, east, north] of any coordinates array. */
export function coordsBBox(coords: unknown): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    const a = c as unknown[];
    if (typeof a[0] === 'number') {
      const [x, y] = a as number[];
      b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
    } else a.forEach(walk);
  };
  walk(coords);
  return b;
}

export const bboxesOverlap = (a: BBox, b: BBox): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Planar point-in-polygon (even-odd over all rings), orientation-agnostic. */
export function pointInPoly([x, y]: Position, g: Poly): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let inside = false;
  for (const rings of polys)
    for (const r of rings)
      for (let i = 0, j = r.length - 1; i < r.length; j = i++)
        if (r[i][1] > y !== r[j][1] > y && x < ((r[j][0] - r[i][0]) * (y - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0])
          inside = !inside;
  return inside;
}

/** Signed planar area of a ring in lon/lat (> 0 = counter-clockwise). */
export function ringSignedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

/** Rewind to d3-geo's convention (exterior rings clockwise, holes counter-clockwise). RFC 7946 and turf
 *  output wind the other way, which d3 reads as "the whole globe minus the polygon". */
export function rewindForD3<G extends Poly>(g: G): G {
  const fix = (rings: Position[][]) => rings.map((r, i) => ((ringSignedArea(r) > 0) === (i === 0) ? [...r].reverse() : r));
  return (g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: fix(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) }) as G;
}
