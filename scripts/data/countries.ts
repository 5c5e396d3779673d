// Europe and neighbours from world-atlas countries-50m (Natural Earth 1:50m), clipped to the locator box.
// Natural Earth assigns Crimea to Russia; the project shows internationally recognised borders, so the
// Crimea polygon is moved from Russia (643) to Ukraine (804) with topojson merge on shared arcs.
import { resolve } from 'node:path';
import { feature, merge } from 'topojson-client';
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { EUROPE_BBOX, WORLD_ATLAS_DIR } from './config.ts';
import { readTopology, DataInputError } from './read-inputs.ts';
import { bboxesOverlap, coordsBBox, type Poly } from './geo.ts';
import { clipToBBox, unwrapAntimeridian } from './geo-clip.ts';

export const COUNTRIES_FILE = resolve(WORLD_ATLAS_DIR, 'countries-50m.json');
const CRIMEA_POINT: [number, number] = [34.1, 45.0];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function buildCountries(file = COUNTRIES_FILE): FeatureCollection {
  const topo = readTopology(file, ['countries']);
  const geoms = topo.objects.countries.geometries as any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const rus = geoms.find((g) => g.id === '643');
  const ukr = geoms.find((g) => g.id === '804');
  if (!rus || !ukr) throw new DataInputError(file, 'Russia (643) or Ukraine (804) missing');
  const crimeaIdx = rus.arcs.findIndex((arcs: unknown) =>
    geoContains(feature(topo as never, { type: 'Polygon', arcs } as never), CRIMEA_POINT));
  const toFeature = (g: any): Feature<Poly> => { // eslint-disable-line @typescript-eslint/no-explicit-any
    if (g === rus && crimeaIdx >= 0)
      return feature(topo as never, { ...g, arcs: rus.arcs.filter((_: unknown, i: number) => i !== crimeaIdx) }) as never;
    if (g === ukr && crimeaIdx >= 0)
      return { type: 'Feature', properties: {}, geometry: merge(topo as never, [g, { type: 'Polygon', arcs: rus.arcs[crimeaIdx] }] as never) } as never;
    return feature(topo as never, g) as never;
  };
  const features: Feature[] = [];
  for (const g of geoms) {
    const f = toFeature(g);
    if (!f.geometry || !bboxesOverlap(coordsBBox(f.geometry.coordinates), EUROPE_BBOX)) continue;
    const clipped = clipToBBox(unwrapAntimeridian(f.geometry), EUROPE_BBOX);
    if (!clipped) continue;
    const name = String(g.properties?.name ?? '');
    features.push({ type: 'Feature', id: g.id ?? `x-${slug(name)}`, properties: { name }, geometry: clipped });
  }
  features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return { type: 'FeatureCollection', features };
}
