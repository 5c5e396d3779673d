// Build-time only: Donetsk Oblast's area not held by Russia on a dated row of public/data/occupied-area.csv.
import { readDataText } from './data-files';

export interface HeldArea {
  date: string;
  oblastKm2: number;
  occupiedKm2: number;
  heldKm2: number;
  heldPct: number;
}

let rows: Map<string, { km2: number; pct: number }> | undefined;

/** date → Donetsk columns of occupied-area.csv, read once. Notes are quoted and come last, so the
 *  numeric columns before them split safely on commas. */
function donetskRows(): Map<string, { km2: number; pct: number }> {
  if (rows) return rows;
  const [header, ...lines] = readDataText('occupied-area.csv').trim().split('\n');
  const names = header.split(',');
  const [iDate, iKm2, iPct] = ['date', 'donetsk_km2', 'donetsk_pct'].map((n) => names.indexOf(n));
  rows = new Map(
    lines.map((line) => {
      const cells = line.split(',');
      return [cells[iDate], { km2: Number(cells[iKm2]), pct: Number(cells[iPct]) }];
    }),
  );
  return rows;
}

/** Donetsk Oblast's Ukrainian-held area (incl. DeepState's grey zone) on a date that has a row in occupied-area.csv; throws otherwise. */
export function donetskHeldOn(date: string): HeldArea {
  const row = donetskRows().get(date);
  if (!row) throw new Error(`occupied-area.csv has no row for ${JSON.stringify(date)}`);
  const { km2, pct } = row;
  if (!Number.isFinite(km2) || !(pct > 0 && pct <= 100))
    throw new Error(`occupied-area.csv row ${date}: bad Donetsk figures (${km2} km², ${pct}%)`);
  // The oblast's total is implied by the row itself (occupied km² over occupied share), so the held
  // area uses the same measurement as the occupied area: DeepState polygons on the land-clipped oblast.
  const oblastKm2 = km2 / (pct / 100);
  return {
    date,
    oblastKm2,
    occupiedKm2: km2,
    heldKm2: oblastKm2 - km2,
    heldPct: Math.round((100 - pct) * 100) / 100,
  };
}
