// The DeepState control files: list them, date them from their file names, read the occupied area.
import { readdirSync, existsSync } from 'node:fs';
import { DataInputError, inputPath, readFeatureCollection } from './read-inputs.ts';
import type { Poly } from './geo.ts';

export const CYTERAT_DIR = 'deepstate-cyterat';
export const ARCHIVE_DIR = 'deepstate-archive-2022-2025';
export const ORDLO_FILE = `${ARCHIVE_DIR}/ordlo_pre2022_asdrawn_2022-04-03.geojson`;
/** April 2022 archive files are rough (PROVENANCE): the mapped series starts here. */
export const FIRST_MAPPED_DATE = '2022-05-01';

export type ControlSeries = 'cyterat' | 'archive';
export interface ControlInput {
  date: string;
  file: string; // path relative to the shared data folder
  series: ControlSeries;
}

const isRealDate = (iso: string): boolean => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

/** ISO date from a control file name, or null if the name is not a control file. */
export function dateFromFileName(name: string): string | null {
  const m = /^deepstatemap_data_(\d{4})(\d{2})(\d{2})\.geojson$/.exec(name) ??
    /^deepstate_occupied_(\d{4})-(\d{2})-(\d{2})\.geojson$/.exec(name);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isRealDate(iso) ? iso : null;
}

/** Every control file from FIRST_MAPPED_DATE on, sorted by date. On a date held by both series, cyterat wins. */
export function listControlInputs(base?: string): ControlInput[] {
  const byDate = new Map<string, ControlInput>();
  for (const [dir, series] of [[ARCHIVE_DIR, 'archive'], [CYTERAT_DIR, 'cyterat']] as const) {
    const abs = inputPath(dir, base);
    if (!existsSync(abs)) throw new DataInputError(abs, 'missing input folder');
    for (const name of readdirSync(abs).sort()) {
      const date = dateFromFileName(name);
      if (date && date >= FIRST_MAPPED_DATE) byDate.set(date, { date, file: `${dir}/${name}`, series });
    }
  }
  const list = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  if (list.length === 0) throw new DataInputError(inputPath(CYTERAT_DIR, base), 'no control files found');
  return list;
}

/** The Russian-occupied area in one control file (archive: status=occupied; cyterat: the single feature). */
export function readOccupied(rel: string, base?: string): Poly {
  const file = inputPath(rel, base);
  const fc = readFeatureCollection(file, ['Polygon', 'MultiPolygon']);
  const f = fc.features.length === 1 ? fc.features[0] : fc.features.find((x) => x.properties?.status === 'occupied');
  if (!f) throw new DataInputError(file, 'no feature with status "occupied"');
  return f.geometry as Poly;
}
