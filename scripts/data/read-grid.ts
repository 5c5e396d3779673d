// ESRI ASCII grid (optionally gzipped) → typed array + georeference. Validates the header and size.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DataInputError } from './read-inputs.ts';

export interface Grid {
  ncols: number; nrows: number;
  /** West and north edges of the grid (cell corners), degrees. */
  west: number; north: number;
  cellsize: number; nodata: number | null;
  /** Row-major from the north-west corner. */
  values: Float64Array;
}

const HEADER_KEYS = ['ncols', 'nrows', 'xllcorner', 'yllcorner', 'cellsize'] as const;

export function parseAsciiGrid(text: string, file: string): Grid {
  const lines = text.split(/\r?\n/);
  const h: Record<string, number> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^\s*([A-Za-z_]+)\s+(\S+)\s*$/.exec(lines[i]);
    if (!m) break;
    const v = Number(m[2]);
    if (!Number.isFinite(v)) throw new DataInputError(file, `unparseable grid header: ${m[1]} = "${m[2]}"`);
    h[m[1].toLowerCase().replace('center', 'corner')] = v;
  }
  const missing = HEADER_KEYS.filter((k) => h[k] === undefined);
  if (missing.length) throw new DataInputError(file, `unparseable grid header: missing ${missing.join(', ')}`);
  const { ncols, nrows, cellsize } = h;
  if (!(ncols > 0 && nrows > 0 && cellsize > 0 && Number.isInteger(ncols) && Number.isInteger(nrows)))
    throw new DataInputError(file, `unparseable grid header: ncols=${ncols} nrows=${nrows} cellsize=${cellsize}`);
  const nums = lines.slice(i).join(' ').trim().split(/\s+/).filter(Boolean).map(Number);
  if (nums.length !== ncols * nrows) throw new DataInputError(file, `grid has ${nums.length} values, header says ${ncols}×${nrows}`);
  if (nums.some((v) => !Number.isFinite(v))) throw new DataInputError(file, 'grid contains non-numeric values');
  // xllcenter/yllcenter shift by half a cell.
  const half = text.toLowerCase().includes('xllcenter') ? cellsize / 2 : 0;
  return { ncols, nrows, cellsize, west: h.xllcorner - half, north: h.yllcorner - half + nrows * cellsize,
    nodata: h.nodata_value ?? null, values: Float64Array.from(nums) };
}

export function readAsciiGrid(file: string): Grid {
  if (!existsSync(file)) throw new DataInputError(file, 'missing input file');
  const buf = readFileSync(file);
  let text: string;
  try {
    text = (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  } catch (err) {
    throw new DataInputError(file, `cannot gunzip (${(err as Error).message})`);
  }
  return parseAsciiGrid(text, file);
}
