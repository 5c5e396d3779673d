// boundaries.topo.json: `oblasts` (27 units of Ukraine) + `countries` (Europe and neighbours).
// Each set is simplified on its own topology (shared borders stay shared), then both are
// quantized into one file. The Donbas box keeps full detail; elsewhere vertices go sooner.
import type { FeatureCollection } from 'geojson';
import { DETAIL_BBOX } from './config.ts';
import { buildCountries } from './countries.ts';
import { regionalWeight, simplifyFeatures, toTopology } from './topo.ts';

export const BOUNDARIES_QUANTIZATION = 1e5;

/** `oblastsFull` = buildOblasts() output (full-resolution, land-clipped). */
export function buildBoundaries(oblastsFull: FeatureCollection) {
  const oblasts = simplifyFeatures(oblastsFull, {
    minWeight: 1e-5, // weight × 111.2² km² → ≈ 12 ha triangles: sub-pixel when 400 km fill 1280 px
    weight: regionalWeight(DETAIL_BBOX, 20), // outside the Donbas box: 20× coarser
    minRingArea: 2e-4,
  });
  const countries = simplifyFeatures(buildCountries(), {
    minWeight: 2.5e-4, // ≈ 3 km² inside the Donbas box (Russian border, Azov coast) …
    weight: regionalWeight(DETAIL_BBOX, 20), // … ≈ 60 km² elsewhere: Europe-scale detail
    minRingArea: 5e-2,
  });
  const withGeometry = (fc: FeatureCollection): FeatureCollection => ({
    ...fc,
    features: fc.features.filter((f) => f.geometry),
  });
  return toTopology({ oblasts: withGeometry(oblasts), countries: withGeometry(countries) }, BOUNDARIES_QUANTIZATION);
}
