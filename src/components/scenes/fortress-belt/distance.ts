// Build-time geometry for the fortress-belt scene: how far a point is from a polygon's edge, on the sphere.
import { geoContains, geoDistance } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';

/** Mean Earth radius (IUGG), the one the data build uses for areas. */
export const EARTH_RADIUS_KM = 6371.0088;

type LonLat = [number, number];
type Vec = [number, number, number];

const RAD = Math.PI / 180;
const toVec = ([lon, lat]: LonLat): Vec => [Math.cos(lat * RAD) * Math.cos(lon * RAD), Math.cos(lat * RAD) * Math.sin(lon * RAD), Math.sin(lat * RAD)];
const toLonLat = ([x, y, z]: Vec): LonLat => [Math.atan2(y, x) / RAD, Math.asin(Math.max(-1, Math.min(1, z))) / RAD];
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec): Vec => {
  const l = Math.hypot(...a);
  return [a[0] / l, a[1] / l, a[2] / l];
};

/**
 * The nearest point to `p` on the great-circle arc from `a` to `b` (shorter than 180°), and its distance
 * in radians. The foot of the perpendicular is used when it falls inside the arc, else the nearer end.
 */
export function nearestOnArc(p: LonLat, a: LonLat, b: LonLat): { at: LonLat; angle: number } {
  const [va, vb, vp] = [toVec(a), toVec(b), toVec(p)];
  const n = cross(va, vb);
  if (Math.hypot(...n) > 1e-15) {
    const nn = norm(n);
    const foot = norm([vp[0] - dot(vp, nn) * nn[0], vp[1] - dot(vp, nn) * nn[1], vp[2] - dot(vp, nn) * nn[2]]);
    // Inside the arc when a→foot and foot→b both turn the same way as a→b.
    if (dot(cross(va, foot), nn) >= 0 && dot(cross(foot, vb), nn) >= 0) {
      const at = toLonLat(foot);
      return { at, angle: geoDistance(p, at) };
    }
  }
  const [da, db] = [geoDistance(p, a), geoDistance(p, b)];
  return da <= db ? { at: a, angle: da } : { at: b, angle: db };
}

/**
 * Distance (km, on the sphere) from `p` to the nearest point of the polygon's boundary, every ring
 * counted (outer edges and holes), and that point. `inside` says whether `p` lies in the polygon.
 */
export function distanceToBoundary(p: LonLat, geometry: Polygon | MultiPolygon): { km: number; at: LonLat; inside: boolean } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = { at: p, angle: Infinity };
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0; i < ring.length - 1; i++) {
        const c = nearestOnArc(p, ring[i] as LonLat, ring[i + 1] as LonLat);
        if (c.angle < best.angle) best = c;
      }
  if (!Number.isFinite(best.angle)) throw new Error('distanceToBoundary: the geometry has no edges');
  const inside = geoContains({ type: 'Feature', properties: {}, geometry }, p);
  return { km: best.angle * EARTH_RADIUS_KM, at: best.at, inside };
}
