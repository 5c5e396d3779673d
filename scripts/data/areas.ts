// occupied-area.csv: km² and % of Donetsk and Luhansk oblasts inside each control polygon.
// One method for every row: planar polygon intersection (turf/polyclip) of the raw control polygon with
// the land-clipped oblast shape, then spherical area (d3-geo geoArea × R², R = 6371.0088 km).
import { basename } from 'node:path';
import { inputPath, readFeatureCollection } from './read-inputs.ts';
import { areaKm2, type Poly } from './geo.ts';
import { intersectGeom } from './geo-clip.ts';
import type { LoadedControl } from './control.ts';

export const DONETSK_SHAPE = 'derived/donetsk_oblast_landclipped.geojson';
export const LUHANSK_SHAPE = 'derived/luhansk_oblast.geojson';
export const AREA_COLUMNS = ['date', 'source', 'series', 'donetsk_km2', 'donetsk_pct', 'luhansk_km2', 'luhansk_pct',
  'donbas_occupied_km2', 'donbas_ukraine_held_km2', 'note'] as const;

export const readOblastShape = (rel: string, base?: string): Poly =>
  readFeatureCollection(inputPath(rel, base), ['Polygon', 'MultiPolygon']).features[0].geometry as Poly;

export interface AreaRow { date: string; source: string; series: string; donetsk_km2: number; donetsk_pct: number;
  luhansk_km2: number; luhansk_pct: number; donbas_occupied_km2: number; donbas_ukraine_held_km2: number; note: string }

/** Occupied km² and % of one oblast (pure; exported for tests). */
export function occupiedIn(oblast: Poly, control: Poly) {
  const total = areaKm2(oblast), occ = areaKm2(intersectGeom(oblast, control));
  return { km2: occ, pct: (100 * occ) / total, total };
}

export type AreaInput = Pick<LoadedControl, 'date' | 'file' | 'geometry'> & { series: string; note?: string };

export function areaRows(rows: AreaInput[], base?: string): AreaRow[] {
  const donetsk = readOblastShape(DONETSK_SHAPE, base), luhansk = readOblastShape(LUHANSK_SHAPE, base);
  return rows.map((c) => {
    const d = occupiedIn(donetsk, c.geometry), l = occupiedIn(luhansk, c.geometry);
    return {
      date: c.date, source: basename(c.file), series: c.series,
      donetsk_km2: Math.round(d.km2), donetsk_pct: +d.pct.toFixed(2), luhansk_km2: Math.round(l.km2), luhansk_pct: +l.pct.toFixed(2),
      donbas_occupied_km2: Math.round(d.km2 + l.km2), donbas_ukraine_held_km2: Math.round(d.total + l.total - d.km2 - l.km2),
      note: c.note ?? '',
    };
  }).sort((a, b) => a.date.localeCompare(b.date));
}

const csvCell = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const toCsv = (rows: AreaRow[]): string =>
  [AREA_COLUMNS.join(','), ...rows.map((r) => AREA_COLUMNS.map((k) => csvCell(r[k])).join(','))].join('\n') + '\n';
