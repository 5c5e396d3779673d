// TopoJSON helpers: topology-preserving simplification that keeps the Donbas sharp and lets
// the rest of Europe coarsen, plus the final quantized topology for an output file.
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterAttachedWeight } from 'topojson-simplify';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import { rewindForD3, type Poly } from './geo.ts';
import type { BBox } from './config.ts';

type Pt = [number, number, number?];

/** Triangle-area weight (deg², scaled by cos(lat)) divided by `outsideDiv` when the vertex lies outside `detail`. */
export function regionalWeight(detail: BBox | null, outsideDiv = 1) {
  return (t: Pt[]): number => {
    const [a, b, c] = t;
    const area = Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
    const k = Math.cos((b[1] * Math.PI) / 180);
    const inside = !detail || (b[0] >= detail[0] && b[0] <= detail[2] && b[1] >= detail[1] && b[1] <= detail[3]);
    return (area * k) / (inside ? 1 : outsideDiv);
  };
}

export interface SimplifyOptions {
  /** Visvalingam minimum weight (deg² × cos lat) a vertex needs to survive. */
  minWeight: number;
  weight?: (t: Pt[]) => number;
  /** Drop free-standing rings (islands) smaller than this (deg²). */
  minRingArea?: number;
  /** Quantization used to snap near-identical shared borders before arcs are built. */
  quantization?: number;
}

/** Polygons rewound for d3-geo, so topojson-client output renders with d3 without further fixes. */
export const rewindCollection = (fc: FeatureCollection): FeatureCollection => ({
  ...fc,
  features: fc.features.map((f) =>
    f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
      ? { ...f, geometry: rewindForD3(f.geometry as Poly) } : f),
});

/** Simplify a FeatureCollection with shared borders kept shared; returns plain GeoJSON again. */
export function simplifyFeatures(fc: FeatureCollection, o: SimplifyOptions): FeatureCollection {
  const t = topology({ o: rewindCollection(fc) }, o.quantization ?? 1e6);
  const p = presimplify(t as never, o.weight as never);
  let s = simplify(p, o.minWeight);
  s = filter(s, filterAttachedWeight(s, o.minRingArea ?? 0));
  return feature(s as never, (s.objects as Record<string, never>).o) as unknown as FeatureCollection;
}

/** Final output topology: one object per FeatureCollection, quantized. */
export const toTopology = (objects: Record<string, FeatureCollection>, quantization = 1e5) =>
  topology(Object.fromEntries(Object.entries(objects).map(([k, fc]) => [k, rewindCollection(fc)])) as never, quantization);
