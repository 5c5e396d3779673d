// rivers.topo.json: the named Donbas rivers (shared/data ne-rivers, Natural Earth 1:10m) plus the
// Dnipro, clipped to the region the maps show.
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import type { BBox } from './config.ts';
import { DataInputError, inputPath, readFeatureCollection } from './read-inputs.ts';
import { roundCoords } from './geo.ts';
import { clipLine } from './geo-clip.ts';
import { slugify } from './places.ts';
import { toTopology } from './topo.ts';

export const RIVERS_FILE = 'ne-rivers/ne_10m_rivers_donbas_named.geojson';
export const MAIN_RIVERS_FILE = 'ne-rivers/ne_10m_rivers_ukraine_east.geojson';
export const RIVERS_BBOX: BBox = [32.5, 46.3, 40.5, 50.5];
export const REQUIRED_RIVERS = ['Siverskyi Donets', 'Kazennyi Torets', 'Kryvyi Torets', 'Oskil', 'Aidar', 'Kalmius', 'Samara', 'Krynka'];

const lines = (g: LineString | MultiLineString): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

function clipped(id: string, name: string, nameUk: string, parts: Position[][]): Feature | null {
  const pieces = parts.flatMap((l) => clipLine(l, RIVERS_BBOX));
  if (pieces.length === 0) return null;
  return { type: 'Feature', id, properties: { name, name_uk: nameUk }, geometry: { type: 'MultiLineString', coordinates: roundCoords(pieces, 4) } };
}

export function buildRivers(base?: string) {
  const file = inputPath(RIVERS_FILE, base);
  const named = readFeatureCollection(file, ['LineString', 'MultiLineString']);
  const features: Feature[] = [];
  for (const name of REQUIRED_RIVERS) {
    const f = named.features.find((x) => x.properties?.name === name);
    if (!f) throw new DataInputError(file, `river "${name}" is missing`);
    const c = clipped(slugify(name), name, String(f.properties?.name_uk), lines(f.geometry as LineString));
    if (c) features.push(c);
  }
  const mainFile = inputPath(MAIN_RIVERS_FILE, base);
  const dnipro = readFeatureCollection(mainFile, ['LineString', 'MultiLineString']).features.filter((x) => x.properties?.name === 'Dnipro');
  if (dnipro.length === 0) throw new DataInputError(mainFile, 'no Dnipro feature');
  const d = clipped('dnipro', 'Dnipro', 'Дніпро', dnipro.flatMap((x) => lines(x.geometry as LineString)));
  if (d) features.push(d);
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  return toTopology({ rivers: fc }, 1e4);
}
