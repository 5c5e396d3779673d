// Paths and constants shared by the data build. Inputs live outside the repo (../shared/data);
// SHARED_DATA_DIR overrides that so tests can point the build at small fixtures.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DATA_DIR = resolve(REPO_DIR, process.env.SHARED_DATA_DIR ?? '../shared/data');
export const OUT_DIR = resolve(REPO_DIR, process.env.DATA_OUT_DIR ?? 'public/data');
export const WORLD_ATLAS_DIR = resolve(REPO_DIR, 'node_modules/world-atlas');

/** Mean Earth radius (IUGG R1), km. Every area in the outputs is geoArea (steradians) × R². */
export const EARTH_RADIUS_KM = 6371.0088;

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** The locator map: Europe and neighbours. */
export const EUROPE_BBOX: BBox = [-12, 34, 50, 72];
/** Mainland Ukraine plus margin, used to cut the land mask before clipping coastal oblasts. */
export const UKRAINE_BBOX: BBox = [21.5, 43.8, 41, 52.8];
/** What the control maps show: Donetsk + Luhansk oblasts plus a margin (Crimea dropped). */
export const CONTROL_BBOX: BBox = [34.5, 46.3, 40.5, 50.3];
/** Arcs wholly inside this box keep full detail when the boundaries are simplified. */
export const DETAIL_BBOX: BBox = [33.5, 46.0, 41.0, 50.6];
/** Relief grid window. */
export const RELIEF_BBOX: BBox = [35.5, 47.3, 39.5, 49.6];

/** Gzip budget per map file (bytes); a page may load ≤ 150 KB in all (tests/data/budgets.test.ts). */
export const MAP_FILE_BUDGET = 60 * 1024;

/** The story's "now": map states after this date are "since then" notes. */
export const STORY_NOW = '2026-01-31';
