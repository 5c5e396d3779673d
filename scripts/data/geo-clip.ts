// Polygon overlay (turf / polyclip-ts, planar in lon/lat) and line clipping (tested in tests/data/geo.test.ts).
import { intersect } from '@turf/intersect';
import { difference } from '@turf/difference';
import { union } from '@turf/union';
import { featureCollection } from '@turf/helpers';
import type { Feature, Polygon, Position } from 'geojson';
import type { BBox } from './config.ts';
import type { Poly } from './geo.ts';

export const bboxPolygon = ([w, s, e, n]: BBox): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});

const asFeature = (g: Poly): Feature<Poly> => ({ type: 'Feature', properties: {}, geometry: g });

/** Planar intersection of two polygonal geometries (null when they do not overlap). */
export function intersectGeom(a: Poly, b: Poly): Poly | null {
  const out = intersect(featureCollection([asFeature(a), asFeature(b)]));
  return out ? out.geometry : null;
}

export const clipToBBox = (g: Poly, bbox: BBox): Poly | null => intersectGeom(g, bboxPolygon(bbox).geometry);

/** a minus b (null when nothing is left). */
export function differenceGeom(a: Poly, b: Poly): Poly | null {
  const out = difference(featureCollection([asFeature(a), asFeature(b)]));
  return out ? out.geometry : null;
}

/** Union of several polygonal geometries. */
export function unionGeoms(gs: Poly[]): Poly | null {
  if (gs.length === 0) return null;
  if (gs.length === 1) return gs[0];
  const out = union(featureCollection(gs.map(asFeature)));
  return out ? out.geometry : null;
}

/** Clip a polyline to a bbox (Liang–Barsky per segment); returns the pieces that lie inside. */
export function clipLine(line: Position[], [w, s, e, n]: BBox): Position[][] {
  const out: Position[][] = [];
  let cur: Position[] = [];
  const flush = () => { if (cur.length > 1) out.push(cur); cur = []; };
  for (let i = 0; i < line.length - 1; i++) {
    const [x0, y0] = line[i], [x1, y1] = line[i + 1];
    const dx = x1 - x0, dy = y1 - y0;
    let t0 = 0, t1 = 1, ok = true;
    for (const [p, q] of [[-dx, x0 - w], [dx, e - x0], [-dy, y0 - s], [dy, n - y0]]) {
      if (p === 0) { if (q < 0) ok = false; continue; }
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r); else t1 = Math.min(t1, r);
    }
    if (!ok || t0 > t1) { flush(); continue; }
    const a: Position = t0 === 0 ? line[i] : [x0 + t0 * dx, y0 + t0 * dy];
    const b: Position = t1 === 1 ? line[i + 1] : [x0 + t1 * dx, y0 + t1 * dy];
    if (cur.length === 0) cur.push(a);
    cur.push(b);
    if (t1 < 1) flush();
  }
  flush();
  return out;
}

/** Make rings continuous across the antimeridian (longitudes may then exceed ±180), so planar
 *  clipping does not draw a band across the map where a ring jumps from 180° to −180°. */
export function unwrapAntimeridian<G extends Poly>(g: G): G {
  const fix = (ring: Position[]) => {
    let shift = 0;
    return ring.map((p, i) => {
      if (i > 0) { const d = p[0] - ring[i - 1][0]; if (d > 180) shift -= 360; else if (d < -180) shift += 360; }
      return [p[0] + shift, p[1]];
    });
  };
  return (g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(fix) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(fix)) }) as G;
}
