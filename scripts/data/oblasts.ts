// The 27 units of Ukraine from geoBoundaries ADM1, coastal units clipped to Natural Earth land
// (as shared/data/derived/donetsk_oblast_landclipped does) so no territorial sea is counted.
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import { UKRAINE_BBOX, WORLD_ATLAS_DIR } from './config.ts';
import { readFeatureCollection, readTopology, inputPath, DataInputError } from './read-inputs.ts';
import { bboxesOverlap, coordsBBox, type Poly } from './geo.ts';
import { clipToBBox, intersectGeom } from './geo-clip.ts';
import { OBLASTS } from './oblast-table.ts';

export const ADM1_FILE = 'geoboundaries-ukr-adm1/geoBoundaries-UKR-ADM1.geojson';
export const LAND_FILE = resolve(WORLD_ATLAS_DIR, 'land-10m.json');

/** Natural Earth 10m land, cut to the Ukraine box (one MultiPolygon). */
export function readLandMask(file = LAND_FILE): Poly {
  const topo = readTopology(file, ['land']);
  const land = feature(topo as never, topo.objects.land) as unknown as FeatureCollection;
  const polys: Poly['coordinates'][] = [];
  for (const f of land.features) {
    const g = f.geometry as Poly;
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of parts) if (bboxesOverlap(coordsBBox(p), UKRAINE_BBOX)) polys.push(p);
  }
  const mask = clipToBBox({ type: 'MultiPolygon', coordinates: polys as never }, UKRAINE_BBOX);
  if (!mask) throw new DataInputError(file, 'no land inside the Ukraine box');
  return mask;
}

export function buildOblasts(base?: string): FeatureCollection {
  const file = inputPath(ADM1_FILE, base);
  const adm1 = readFeatureCollection(file, ['Polygon', 'MultiPolygon']);
  const land = readLandMask();
  const features: Feature[] = OBLASTS.map((o) => {
    const src = adm1.features.find((f) => f.properties?.shapeISO === o.iso);
    if (!src) throw new DataInputError(file, `no feature with shapeISO ${o.iso} (${o.name_en})`);
    const geom = o.coastal ? intersectGeom(src.geometry as Poly, land) : (src.geometry as Poly);
    if (!geom) throw new DataInputError(file, `${o.iso} does not overlap Natural Earth land`);
    return { type: 'Feature', id: o.id, properties: { name_en: o.name_en, name_uk: o.name_uk, iso: o.iso }, geometry: geom };
  });
  return { type: 'FeatureCollection', features };
}
