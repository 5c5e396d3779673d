// Build-time only: how much of Donetsk Oblast Ukraine held on a date, from public/data/occupied-area.csv.
import { readDataText } from './data-files';

export interface HeldArea { date: string; oblastKm2: number; occupiedKm2: number; heldKm2: number; heldPct: number }

/**
 * Donetsk Oblast's Ukrainian-held area (incl. DeepState's grey zone) on a date that has a row in
 * occupied-area.csv; throws otherwise.
 */
export function donetskHeldOn(date: string): HeldArea {
  return heldFromCsv(readDataText('occupied-area.csv'), date);
}

/**
 * The same from the CSV's text (exported for tests). The oblast total is not a column: it is
 * recovered from the occupied km² and its share (donetsk_km2 / (donetsk_pct / 100)). "Held" is the rest
 * of the oblast, so it includes DeepState's grey "unknown status" zone, which no control polygon covers.
 */
export function heldFromCsv(csv: string, date: string): HeldArea {
  const [header, ...lines] = csv.trim().split('\n');
  const names = header.split(',');
  const col = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`occupied-area.csv has no "${name}" column`);
    return i;
  };
  const [iDate, iKm2, iPct] = [col('date'), col('donetsk_km2'), col('donetsk_pct')];
  const line = lines.find((l) => l.split(',')[iDate] === date);
  if (!line) throw new Error(`occupied-area.csv has no row for ${date}`);
  const cells = line.split(',');
  const occupiedKm2 = Number(cells[iKm2]);
  const occupiedPct = Number(cells[iPct]);
  if (!Number.isFinite(occupiedKm2) || !(occupiedPct > 0 && occupiedPct <= 100))
    throw new Error(`occupied-area.csv row ${date}: bad donetsk_km2/donetsk_pct ("${cells[iKm2]}", "${cells[iPct]}")`);
  const oblastKm2 = Math.round(occupiedKm2 / (occupiedPct / 100));
  return {
    date,
    oblastKm2,
    occupiedKm2,
    heldKm2: oblastKm2 - occupiedKm2,
    heldPct: Math.round((100 - occupiedPct) * 100) / 100,
  };
}
