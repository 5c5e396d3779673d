// Read and validate build inputs. Every failure names the file and what is wrong, so a broken or
// missing input stops the build loudly instead of producing a silently empty map.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { SHARED_DATA_DIR } from './config.ts';

export class DataInputError extends Error {
  constructor(file: string, problem: string) {
    super(`[data] ${file}: ${problem}`);
    this.name = 'DataInputError';
  }
}

/** Absolute path of an input under the shared data folder (or SHARED_DATA_DIR). */
export const inputPath = (rel: string, base = SHARED_DATA_DIR): string => resolve(base, rel);

export function readText(file: string): string {
  if (!existsSync(file)) throw new DataInputError(file, 'missing input file');
  return readFileSync(file, 'utf8');
}

export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataInputError(file, `invalid JSON (${(err as Error).message})`);
  }
}

/** Number of finite [lon, lat] positions in a coordinates array of any depth. */
export function countPositions(coords: unknown): number {
  if (!Array.isArray(coords)) return 0;
  if (typeof coords[0] === 'number') return Number.isFinite(coords[0]) && Number.isFinite(coords[1]) ? 1 : 0;
  return coords.reduce((n: number, c: unknown) => n + countPositions(c), 0);
}

const isEmptyGeometry = (g: Geometry | null | undefined): boolean =>
  !g || (g.type === 'GeometryCollection' ? g.geometries.length === 0 : countPositions(g.coordinates) === 0);

/** Read a GeoJSON FeatureCollection whose features all have non-empty geometry of the allowed types. */
export function readFeatureCollection(file: string, allowed: Geometry['type'][]): FeatureCollection {
  const json = readJson(file) as Partial<FeatureCollection> | null;
  if (!json || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new DataInputError(file, `not a GeoJSON FeatureCollection (type: ${String(json?.type)})`);
  if (json.features.length === 0) throw new DataInputError(file, 'FeatureCollection has no features');
  json.features.forEach((f, i) => {
    if (isEmptyGeometry(f.geometry)) throw new DataInputError(file, `feature ${i} has empty or missing geometry`);
    if (!allowed.includes(f.geometry.type))
      throw new DataInputError(file, `feature ${i} is a ${f.geometry.type}, expected ${allowed.join(' or ')}`);
  });
  return json as FeatureCollection;
}

/** Read a TopoJSON Topology and check that the named objects exist. */
export function readTopology(file: string, objects: string[]): TopologyLike {
  const json = readJson(file) as Partial<TopologyLike> | null;
  if (!json || json.type !== 'Topology' || !Array.isArray(json.arcs) || typeof json.objects !== 'object')
    throw new DataInputError(file, 'not a TopoJSON Topology');
  for (const name of objects)
    if (!json.objects[name]) throw new DataInputError(file, `TopoJSON object "${name}" is missing`);
  return json as TopologyLike;
}

// Loose structural type; topojson-client's own types are stricter than we need at read time.
export interface TopologyLike {
  type: 'Topology';
  arcs: number[][][];
  objects: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  transform?: { scale: [number, number]; translate: [number, number] };
  bbox?: number[];
}
