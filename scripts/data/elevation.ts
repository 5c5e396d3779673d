// relief.json: the SRTM30_PLUS 1′ grid averaged into 2′ blocks over the belt–ridge window, as integers.
// Values ≤ 0 are SRTM30_PLUS bathymetry (with bogus "depths" in the Taganrog Bay), so they become 0 = water.
import { RELIEF_BBOX, type BBox } from './config.ts';
import { DataInputError } from './read-inputs.ts';
import type { Grid } from './read-grid.ts';

export const ELEVATION_FILE = 'elevation/donbas_srtm30plus_1arcmin.asc.gz';
export const RELIEF_FACTOR = 2;

const cell = (g: Grid, col: number, row: number): number => {
  const v = g.values[row * g.ncols + col];
  return g.nodata !== null && v === g.nodata ? NaN : v;
};

/** Bilinear height at a point from the cell centres; water (≤ 0) reads as 0, outside or nodata as NaN. */
export function elevationAt(g: Grid, lon: number, lat: number): number {
  const x = (lon - g.west) / g.cellsize - 0.5, y = (g.north - lat) / g.cellsize - 0.5;
  const c0 = Math.floor(x), r0 = Math.floor(y);
  if (c0 < 0 || r0 < 0 || c0 + 1 >= g.ncols || r0 + 1 >= g.nrows) return NaN;
  const fx = x - c0, fy = y - r0;
  const h = [cell(g, c0, r0), cell(g, c0 + 1, r0), cell(g, c0, r0 + 1), cell(g, c0 + 1, r0 + 1)].map((v) => Math.max(v, 0));
  return (h[0] * (1 - fx) + h[1] * fx) * (1 - fy) + (h[2] * (1 - fx) + h[3] * fx) * fy;
}

/** Block means (factor × factor cells) over `bbox`, which must sit on cell edges. */
export function coarsen(g: Grid, bbox: BBox, factor: number, file: string) {
  const col0 = Math.round((bbox[0] - g.west) / g.cellsize), row0 = Math.round((g.north - bbox[3]) / g.cellsize);
  const ncols = Math.floor(Math.round((bbox[2] - bbox[0]) / g.cellsize) / factor);
  const nrows = Math.floor(Math.round((bbox[3] - bbox[1]) / g.cellsize) / factor);
  if (col0 < 0 || row0 < 0 || col0 + ncols * factor > g.ncols || row0 + nrows * factor > g.nrows)
    throw new DataInputError(file, `grid does not cover the relief window ${bbox.join(', ')}`);
  const values: number[] = [];
  for (let r = 0; r < nrows; r++)
    for (let c = 0; c < ncols; c++) {
      let sum = 0;
      for (let dr = 0; dr < factor; dr++)
        for (let dc = 0; dc < factor; dc++) sum += Math.max(cell(g, col0 + c * factor + dc, row0 + r * factor + dr), 0);
      values.push(Math.round(sum / factor ** 2));
    }
  if (values.some((v) => Number.isNaN(v))) throw new DataInputError(file, 'nodata cells inside the relief window');
  const cs = g.cellsize * factor;
  return {
    ncols, nrows, cellsize: +cs.toFixed(10), west: bbox[0], north: bbox[3],
    south: +(bbox[3] - nrows * cs).toFixed(6), east: +(bbox[0] + ncols * cs).toFixed(6),
    min: Math.min(...values), max: Math.max(...values), values,
  };
}

export function buildRelief(g: Grid, file: string) {
  const grid = coarsen(g, RELIEF_BBOX, RELIEF_FACTOR, file);
  return {
    description: 'Elevation in metres above mean sea level (EGM96), block means of 2×2 one-arc-minute SRTM30_PLUS cells.',
    layout: 'values[row * ncols + col]; row 0 is the northernmost; cell (col,row) spans lon west+col*cellsize .. +cellsize, lat north-row*cellsize .. -cellsize',
    water: '0 = water or sea level (SRTM30_PLUS bathymetry is not shown)',
    resolution: 'a 2′ cell is about 2.4 km (E–W) × 3.7 km (N–S) at 48.5°N; spoil heaps, buildings and valleys narrower than a cell do not show',
    ...grid,
  };
}
