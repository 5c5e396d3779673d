/**
 * What the terrain scene shows at each named state. Transect ids name entries of public/data/profile.json;
 * coordinates are [lon, lat]. Heights are never typed in here: they are read from the elevation grid.
 */
export interface TerrainStateSpec {
  label: string;
  /** The relief map fills the frame, or shrinks to an inset beside the elevation profile. */
  mode: 'map' | 'profile';
  /** The profile.json transect drawn (and highlighted on the map). */
  transect: 'bakhmut-kramatorsk-plain' | 'parallel-48-7';
  /** Mark the front crossing, the Russian-held stretch and the belt on the profile. */
  marks: boolean;
}

/** The relief map's window (inside relief.json's 35.5–39.5°E, 47.3–49.6°N, so every pixel has data). */
export const VIEW: [[number, number], [number, number]] = [[35.62, 47.55], [39.38, 49.5]];

/** Heights (m) at the two ends of the tint ramp; the grid's own min/max are reported beside it. */
export const TINT_LOW = 50;
export const TINT_HIGH = 300;

/** Labels on the relief map. */
export const MAP_LABELS: { id: string; text: string; sub?: string; kind: 'region' | 'river' | 'country'; at: [number, number] }[] = [
  { id: 'donets-ridge', text: 'DONETS RIDGE', kind: 'region', at: [38.75, 48.2] },
  { id: 'belt', text: 'Fortress belt', kind: 'region', at: [36.95, 49.0] },
  { id: 'dnipropetrovsk', text: 'DNIPROPETROVSK', sub: 'OBLAST', kind: 'country', at: [36.42, 48.1] },
  { id: 'kharkiv', text: 'KHARKIV', sub: 'OBLAST', kind: 'country', at: [36.5, 49.3] },
  { id: 'siverskyi-donets', text: 'Siverskyi Donets', kind: 'river', at: [38.15, 49.08] },
];
export const MAP_TOWNS: { id: string; side: 'left' | 'right' | 'below' }[] = [
  // The four belt cities, 10–13 km apart: alternate sides so that their labels clear each other.
  { id: 'sloviansk', side: 'left' },
  { id: 'kramatorsk', side: 'right' },
  { id: 'druzhkivka', side: 'left' },
  { id: 'kostiantynivka', side: 'below' },
  { id: 'bakhmut', side: 'right' },
  { id: 'pokrovsk', side: 'left' },
  { id: 'donetsk', side: 'right' },
];
export const BELT_IDS = ['sloviansk', 'kramatorsk', 'druzhkivka', 'kostiantynivka'];

export const TERRAIN_STATES: Record<string, TerrainStateSpec> = {
  relief: {
    label: 'Shaded relief',
    mode: 'map',
    transect: 'bakhmut-kramatorsk-plain',
    marks: false,
  },
  profile: {
    label: 'Elevation profile: Bakhmut – Kramatorsk – the plain',
    mode: 'profile',
    transect: 'bakhmut-kramatorsk-plain',
    marks: false,
  },
  'profile-front': {
    label: 'Profile with the front line and the belt',
    mode: 'profile',
    transect: 'bakhmut-kramatorsk-plain',
    marks: true,
  },
  parallel: {
    label: 'West–east along 48.7°N',
    mode: 'profile',
    transect: 'parallel-48-7',
    marks: true,
  },
};
