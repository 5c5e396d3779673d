/** A box in projected (viewBox) units: [[x0, y0], [x1, y1]]. */
export type Box = [[number, number], [number, number]];

/** A zoom as an SVG transform: screen = point * k + [x, y]. */
export interface Zoom {
  x: number;
  y: number;
  k: number;
}

/**
 * The zoom that fits `box` inside a width × height frame with `padding` units on every side, centred.
 * Degenerate boxes (a point) fall back to a 1:1 zoom centred on it rather than dividing by zero.
 */
export function fitZoom(box: Box, width: number, height: number, padding = 0): Zoom {
  const [[x0, y0], [x1, y1]] = box;
  const w = Math.max(x1 - x0, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const k = x1 - x0 <= 0 && y1 - y0 <= 0 ? 1 : Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  return { k, x: width / 2 - k * (x0 + x1) / 2, y: height / 2 - k * (y0 + y1) / 2 };
}

/** Where a projected point lands on screen under a zoom. */
export function applyZoom([px, py]: [number, number], z: Zoom): [number, number] {
  return [px * z.k + z.x, py * z.k + z.y];
}

/** A round scale-bar length (1, 2 or 5 × 10^n km) close to `targetUnits` on screen. */
export function scaleBar(kmPerUnit: number, k: number, targetUnits = 100): { km: number; units: number } {
  const rawKm = (targetUnits * kmPerUnit) / k;
  const p = 10 ** Math.floor(Math.log10(rawKm));
  const km = [1, 2, 5, 10].map((m) => m * p).reduce((best, c) => (Math.abs(c - rawKm) < Math.abs(best - rawKm) ? c : best));
  return { km, units: (km / kmPerUnit) * k };
}

/** Whether two boxes share any point. */
export const boxesOverlap = ([[a, b], [c, d]]: Box, [[e, f], [g, h]]: Box) => a <= g && c >= e && b <= h && d >= f;

/** Rounds to one decimal: a tenth of a viewBox unit is far below a pixel, and keeps files small. */
export const round1 = (v: number) => Math.round(v * 10) / 10;
