// Shared helpers for the data tests: they read the COMMITTED outputs in public/data, never ../shared/data.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = resolve(HERE, '../../public/data');
export const FIXTURES = resolve(HERE, 'fixtures');
export const readOut = (name: string): string => readFileSync(resolve(OUT, name), 'utf8');
export const readJsonOut = <T = any>(name: string): T => JSON.parse(readOut(name)); // eslint-disable-line @typescript-eslint/no-explicit-any
export const gzipBytes = (name: string): number => gzipSync(readFileSync(resolve(OUT, name)), { level: 9 }).length;

/** TopoJSON object → GeoJSON features (throws if the object is missing). */
export function features(topo: any, name: string): Feature[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!topo.objects?.[name]) throw new Error(`object ${name} missing`);
  return (feature(topo, topo.objects[name]) as unknown as FeatureCollection).features;
}

export const R_KM = 6371.0088;
/** d3-geo area in km² — deliberately NOT the build's own helper, and winding-sensitive: a polygon wound
 *  the wrong way for d3 comes out as almost the whole sphere (≈ 5.1e8 km²). */
export const d3AreaKm2 = (g: Polygon | MultiPolygon): number => geoArea(g) * R_KM ** 2;

/** Minimal RFC 4180 parser (quoted fields, doubled quotes); enough for occupied-area.csv. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '', quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = false; else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function parseCsv(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split('\n').map(splitCsvLine);
  return rows.map((r) => {
    if (r.length !== head.length) throw new Error(`CSV row has ${r.length} fields, header has ${head.length}: ${r.join('|')}`);
    return Object.fromEntries(r.map((v, i) => [head[i], v]));
  });
}
