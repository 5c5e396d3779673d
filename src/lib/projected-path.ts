// Build-time only: projected SVG paths with a detail level, for scenes that ship path strings.
import { geoPath, type GeoStreamWrapper, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
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

/** An SVG path generator through `projection` that keeps detail down to `epsilon` units. */
export function pathAtDetail(projection: GeoStreamWrapper, epsilon: number, digits = epsilon < 0.1 ? 2 : 1) {
  const filtered = { stream: (out: GeoStream) => projection.stream(minDistance(epsilon, out)) };
  return geoPath(filtered).digits(digits);
}

/** Projected bounds of an object, for deciding what a view can see. */
export function projectedBox(projection: GeoStreamWrapper, object: GeoPermissibleObjects): Box {
  return geoPath(projection).bounds(object) as Box;
}
