// The build must fail LOUDLY on broken inputs: file name + what is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataInputError, readFeatureCollection, readJson } from '../../scripts/data/read-inputs.ts';
import { parseAsciiGrid, readAsciiGrid } from '../../scripts/data/read-grid.ts';
import { elevationAt } from '../../scripts/data/elevation.ts';
import { FIXTURES } from './helpers.ts';

const fx = (name: string) => join(FIXTURES, name);

describe('readFeatureCollection rejects malformed GeoJSON', () => {
  it.each([
    ['does-not-exist.geojson', /does-not-exist\.geojson: missing input file/],
    ['invalid-json.geojson', /invalid-json\.geojson: invalid JSON/],
    ['not-fc.geojson', /not-fc\.geojson: not a GeoJSON FeatureCollection/],
    ['no-features.geojson', /no-features\.geojson: FeatureCollection has no features/],
    ['empty-geometry.geojson', /empty-geometry\.geojson: feature 1 has empty or missing geometry/],
    ['null-geometry.geojson', /null-geometry\.geojson: feature 0 has empty or missing geometry/],
    ['wrong-type.geojson', /wrong-type\.geojson: feature 0 is a Point, expected Polygon or MultiPolygon/],
  ])('%s', (name, message) => {
    expect(() => readFeatureCollection(fx(name), ['Polygon', 'MultiPolygon'])).toThrow(DataInputError);
    expect(() => readFeatureCollection(fx(name), ['Polygon', 'MultiPolygon'])).toThrow(message);
  });
  it('accepts a valid FeatureCollection', () => expect(readFeatureCollection(fx('valid.geojson'), ['Polygon']).features).toHaveLength(1));
  it('readJson names the file', () => expect(() => readJson(fx('invalid-json.geojson'))).toThrow(/fixtures\/invalid-json\.geojson/));
});

describe('ASCII grid reader', () => {
  it.each([
    ['bad-header.asc', /bad-header\.asc: unparseable grid header: xllcorner = "abc"/],
    ['missing-header.asc', /missing-header\.asc: unparseable grid header: missing xllcorner/],
    ['short-grid.asc', /short-grid\.asc: grid has 5 values, header says 3×2/],
    ['nope.asc.gz', /nope\.asc\.gz: missing input file/],
  ])('%s is rejected', (name, message) => expect(() => readAsciiGrid(fx(name))).toThrow(message));

  it('reads a gzipped grid with its georeference', () => {
    const g = readAsciiGrid(fx('valid.asc.gz'));
    expect(g).toMatchObject({ ncols: 3, nrows: 2, west: 37, north: 49, cellsize: 0.5, nodata: -9999 });
    expect([...g.values]).toEqual([10, 20, 30, -5, 40, 60]);
  });

  it.each([
    { name: 'cell centre', lon: 37.25, lat: 48.75, expected: 10 },
    { name: 'between two cells', lon: 37.5, lat: 48.75, expected: 15 },
    { name: 'centre of four cells, water clamped to 0', lon: 37.5, lat: 48.5, expected: (10 + 20 + 0 + 40) / 4 },
    { name: 'outside', lon: 36, lat: 48.5, expected: NaN },
  ])('elevationAt: $name', ({ lon, lat, expected }) => {
    const g = parseAsciiGrid('ncols 3\nnrows 2\nxllcorner 37\nyllcorner 48\ncellsize 0.5\n10 20 30\n-5 40 60\n', 'inline');
    const h = elevationAt(g, lon, lat);
    if (Number.isNaN(expected)) expect(h).toBeNaN();
    else expect(h).toBeCloseTo(expected, 6);
  });
});

describe('npm run data with SHARED_DATA_DIR pointing at broken inputs', () => {
  const node = existsSync(resolve('node_modules/.bin/node')) ? resolve('node_modules/.bin/node') : process.execPath;
  const run = (shared: string) => {
    const out = mkdtempSync(join(tmpdir(), 'lfg-data-'));
    const r = spawnSync(node, ['scripts/data/build.ts'], { encoding: 'utf8', env: { ...process.env, SHARED_DATA_DIR: shared, DATA_OUT_DIR: out } });
    return { ...r, written: readdirSync(out) };
  };
  // A shared/ folder whose first input is cut off mid-file (made here, so no file named like the raw
  // reference data is ever committed), and an empty one.
  const broken = mkdtempSync(join(tmpdir(), 'lfg-broken-'));
  mkdirSync(join(broken, 'geoboundaries-ukr-adm1'));
  writeFileSync(join(broken, 'geoboundaries-ukr-adm1', 'geoBoundaries-UKR-ADM1.geojson'), '{ "type": "FeatureCollection", "features": [ { "type": "Feature"');
  const empty = mkdtempSync(join(tmpdir(), 'lfg-empty-'));
  it.each([
    ['broken-shared', broken, /geoBoundaries-UKR-ADM1\.geojson: invalid JSON/],
    ['empty-shared', empty, /geoBoundaries-UKR-ADM1\.geojson: missing input file/],
  ])('%s: exits non-zero, names the file, writes nothing', (_name, dir, message) => {
    const r = run(dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.written).toEqual([]);
  }, 30_000);
});
