// Build-time only: projected SVG paths with a detail level, for scenes that ship path strings.
import { geoDistance, geoPath, type GeoProjection, type GeoStreamWrapper, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import type { Box } from './fit';

/**
 * A stream filter that drops points closer than `epsilon` (projected units) to the last point kept,
 * always keeping each line's or ring's first and last point. At a fixed zoom this removes detail no
 * screen can show, which is most of the bytes of a boundary file.
 */
export function minDistance(epsilon: number, output: GeoStream): GeoStream {
  let last: [number, number] | null = null;
  let pending: [number, number] | null = null;
  const e2 = epsilon * epsilon;
  return {
    point(x, y) {
      if (!last) {
        output.point(x, y);
        last = [x, y];
        return;
      }
      const dx = x - last[0];
      const dy = y - last[1];
      if (dx * dx + dy * dy >= e2) {
        output.point(x, y);
        last = [x, y];
        pending = null;
      } else pending = [x, y];
    },
    lineStart() {
      last = pending = null;
      output.lineStart();
    },
    lineEnd() {
      if (pending) output.point(pending[0], pending[1]);
      last = pending = null;
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

/**
 * An SVG path generator through `projection` that keeps detail down to `epsilon` units and writes
 * compact relative commands (see compactPath).
 */
export function pathAtDetail(projection: GeoStreamWrapper, epsilon: number, digits = epsilon < 0.1 ? 2 : 1) {
  const filtered = { stream: (out: GeoStream) => projection.stream(minDistance(epsilon, out)) };
  const path = geoPath(filtered).digits(digits);
  return (object: GeoPermissibleObjects) => {
    const d = path(object);
    return d ? compactPath(d, digits) : null;
  };
}

const num = (v: number, digits: number) => {
  const fixed = (Math.round(v * 10 ** digits) / 10 ** digits).toFixed(digits);
  // Trailing zeros go only after a decimal point: whole numbers ("20") keep theirs.
  const s = digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
  return (s === '-0' ? '0' : s).replace(/^(-?)0\./, '$1.');
};

/**
 * Rewrites an absolute M/L/Z path (what d3-geo writes for lines and polygons) with relative `l`
 * segments between rounded points, implicit repeats and no leading zeros: the same shape in about
 * 40% fewer bytes. Rounding happens on absolute positions first, so errors never accumulate.
 */
export function compactPath(d: string, digits: number): string {
  const scale = 10 ** digits;
  const parts: string[] = [];
  let x = 0;
  let y = 0;
  let inLine = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      parts.push('z');
      inLine = false;
      continue;
    }
    const [ax, ay] = args.split(',').map((v) => Math.round(Number(v) * scale));
    if (command === 'M') {
      parts.push(`M${num(ax / scale, digits)},${num(ay / scale, digits)}`);
      inLine = false;
    } else {
      const dx = num((ax - x) / scale, digits);
      const dy = num((ay - y) / scale, digits);
      const separator = inLine ? (dx.startsWith('-') ? '' : ' ') : 'l';
      parts.push(`${separator}${dx}${dy.startsWith('-') ? '' : ','}${dy}`);
      inLine = true;
    }
    x = ax;
    y = ay;
  }
  return parts.join('');
}

/** Projected bounds of an object, for deciding what a view can see. */
export function projectedBox(projection: GeoStreamWrapper, object: GeoPermissibleObjects): Box {
  return geoPath(projection).bounds(object) as Box;
}

const EARTH_RADIUS_KM = 6371.0088;

/**
 * Kilometres per projected unit at `lonLat`, for scale bars. Measured along x over 100 units; the maps
 * use conformal projections, so the scale is the same in every direction at that point.
 */
export function kmPerUnit(projection: GeoProjection, lonLat: [number, number]): number {
  const [x, y] = projection(lonLat)!;
  return (geoDistance(lonLat, projection.invert!([x + 100, y])!) * EARTH_RADIUS_KM) / 100;
}
