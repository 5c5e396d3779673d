// The two transects the terrain scene uses, built from place coordinates so they follow the data.
import type { FeatureCollection } from 'geojson';
import { buildTransect, type TransectSpec } from './profile.ts';
import type { Grid } from './read-grid.ts';
import type { Place } from './places.ts';
import type { LoadedControl } from './control.ts';

/** West end of the belt transect: inside Dnipropetrovsk Oblast, on the open plain ~15 km SE of Pavlohrad. */
export const PLAIN_END: [number, number] = [35.95, 48.4];
const PARALLEL = 48.7;

export function transectSpecs(places: Place[]): TransectSpec[] {
  const at = (name: string): [number, number] => {
    const p = places.find((x) => x.name === name);
    if (!p) throw new Error(`[data] profile: place "${name}" missing from places.json`);
    return [p.lon, p.lat];
  };
  const parallel: [number, number][] = [];
  for (let lon = 35.5; lon <= 39.5 + 1e-9; lon += 0.25) parallel.push([+lon.toFixed(2), PARALLEL]);
  return [
    { id: 'bakhmut-kramatorsk-plain', label: 'Bakhmut – Chasiv Yar – Kramatorsk – plain near Pavlohrad (Dnipropetrovsk Oblast)',
      vertices: [at('Bakhmut'), at('Chasiv Yar'), at('Kramatorsk'), PLAIN_END] },
    { id: 'parallel-48-7', label: 'West–east along 48.7°N, 35.5°E – 39.5°E', vertices: parallel },
  ];
}

export function buildProfiles(grid: Grid, places: Place[], oblasts: FeatureCollection, occupied: LoadedControl) {
  return {
    description: 'Elevation profiles (m above mean sea level) sampled every ~2 km by bilinear interpolation of the SRTM30_PLUS 1′ grid; 0 = water.',
    caveat: 'A 1′ grid (≈1.2 × 1.85 km) smooths hilltops by ~30 m and cannot show spoil heaps, buildings or narrow valleys.',
    transects: transectSpecs(places).map((s) => buildTransect(s, grid, places, oblasts, occupied)),
  };
}
