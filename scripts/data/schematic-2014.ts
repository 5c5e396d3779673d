// Spring–summer 2014 has no mapped line. We draw a SCHEMATIC: circles around towns known to have been
// separatist-held (FACTS.md §1), merged where they touch; after 5–7 July 2014 the belt towns drop out.
import { geoCircle } from 'd3-geo';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { DataInputError } from './read-inputs.ts';
import type { Poly } from './geo.ts';
import { unionGeoms } from './geo-clip.ts';

export const SCHEMATIC_RADIUS_KM = 12;
const KM_PER_DEGREE = 111.195; // great-circle km per degree on the R = 6371.0088 km sphere

export interface HeldTown { town: string; until: '2014-07-05' | '2014-07-07' | null; fact: string; source: string; inFacts: boolean }

export const HELD_2014: HeldTown[] = [
  { town: 'Sloviansk', until: '2014-07-05', inFacts: true, fact: 'Seized 12 Apr 2014 (Girkin group); retaken by Ukrainian forces 5 Jul 2014', source: 'Wikipedia "Siege of Sloviansk"; BBC, 5 Jul 2014' },
  { town: 'Kramatorsk', until: '2014-07-05', inFacts: true, fact: 'Police HQ occupied 12 Apr 2014; city under militant control; abandoned 5 Jul 2014', source: 'TASS, 15 Apr 2014; dpa, 15 Apr 2014; BBC, 5 Jul 2014' },
  { town: 'Druzhkivka', until: '2014-07-07', inFacts: true, fact: 'Retaken by Ukrainian forces 7 Jul 2014', source: 'Wikipedia "Druzhkivka"' },
  { town: 'Kostiantynivka', until: '2014-07-07', inFacts: true, fact: 'Retaken by Ukrainian forces 7 Jul 2014', source: 'Wikipedia "Kostiantynivka"' },
  { town: 'Donetsk', until: null, inFacts: true, fact: '"DPR" proclaimed 7 Apr 2014; separatists withdrew to Donetsk city 5 Jul 2014', source: 'Wikipedia "Siege of Sloviansk"; BBC, 5 Jul 2014' },
  { town: 'Horlivka', until: null, inFacts: false, fact: 'Separatist-held in 2014 (project brief; not dated in FACTS.md §1, verify before citing)', source: 'project brief' },
  { town: 'Luhansk', until: null, inFacts: false, fact: 'Separatist-held in 2014; 11 May 2014 "referendums" in parts of Luhansk Oblast (FACTS.md §1); the city itself is not dated there', source: 'Wikipedia-derived (referendums); project brief' },
];

/** Circle polygon of `radiusKm` around [lon, lat] (d3 geoCircle, 64 steps). */
export function circlePolygon(lon: number, lat: number, radiusKm: number): Poly {
  return geoCircle().center([lon, lat]).radius(radiusKm / KM_PER_DEGREE).precision(360 / 64)() as Poly;
}

/** Merged circles around the towns held on `date` (ISO), plus the basis list to ship with it. */
export function schematicHeld(date: string, settlements: FeatureCollection<Point>, file: string) {
  const towns = HELD_2014.filter((t) => t.until === null || date < t.until);
  const circles = towns.map((t) => {
    const s: Feature<Point> | undefined = settlements.features.find((f) => f.properties?.name === t.town);
    if (!s) throw new DataInputError(file, `no settlement named "${t.town}" for the 2014 schematic`);
    const [lon, lat] = s.geometry.coordinates;
    return circlePolygon(lon, lat, SCHEMATIC_RADIUS_KM);
  });
  return { geometry: unionGeoms(circles), basis: towns };
}
