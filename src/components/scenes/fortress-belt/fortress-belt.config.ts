/**
 * What the fortress-belt map shows at each named state, and the fixed parts of its design: the belt
 * cities (places.json ids), the context towns, river labels, the schematic road and attack arrows.
 * Coordinates are [lon, lat]. Nothing here is measured: distances come from the data (fortress-belt.data.ts).
 */
type Side = 'left' | 'right' | 'above' | 'below';

export interface BeltStateSpec {
  /** Short name for controls and embed step lists. */
  label: string;
  /** City labels carry the 1 Jan 2022 population. */
  population: boolean;
  /** The Russian-held area on the story's date. */
  front: boolean;
  /** Leaders from each belt city to the nearest edge of the Russian-held area, with the distance. */
  distances: boolean;
  /** The schematic band for the defensive lines. */
  band: boolean;
  /** Schematic arrows for the directions of attack the sources name. */
  attacks: boolean;
}

/** The map's window: the belt with Siversk, Bakhmut, Pokrovsk and Dobropillia around it. */
export const VIEW: [[number, number], [number, number]] = [[36.82, 48.22], [38.42, 49.12]];

/** The four belt cities, north to south: label side in every state (west: the front lies east). */
export const BELT: { id: string; side: Side }[] = [
  { id: 'sloviansk', side: 'left' },
  { id: 'kramatorsk', side: 'left' },
  { id: 'druzhkivka', side: 'left' },
  { id: 'kostiantynivka', side: 'left' },
];

/** Towns named in the story around the belt. */
export const TOWNS: { id: string; side: Side }[] = [
  { id: 'siversk', side: 'right' },
  { id: 'bakhmut', side: 'right' },
  { id: 'pokrovsk', side: 'right' },
  { id: 'dobropillia', side: 'right' },
];

/** River names, placed on their Natural Earth lines. */
export const RIVER_LABELS: { id: string; text: string; at: [number, number] }[] = [
  { id: 'siverskyi-donets', text: 'Siverskyi Donets', at: [37.47, 49.075] },
  { id: 'kazennyi-torets', text: 'Kazennyi Torets', at: [37.43, 48.79] },
  { id: 'kryvyi-torets', text: 'Kryvyi Torets', at: [37.69, 48.425] },
];

/** The cities the highway strings together, in order: drawn through their points (schematic). */
export const HIGHWAY = ['sloviansk', 'kramatorsk', 'druzhkivka', 'kostiantynivka'];
export const HIGHWAY_LABEL = { text: 'H20 road (schematic)', at: [37.88, 48.67] as [number, number] };

/** Directions of Russian attack named in the sources, drawn as schematic arrows (tail → head). */
export const ATTACKS: { id: string; text: string; sub?: string; line: [number, number][]; labelAt: [number, number] }[] = [
  // Siversk: Russian-held since December 2025 (Ukraine confirmed the withdrawal on 23 Dec); ISW, 27 Jan 2026:
  // recent Russian advances near Sloviansk.
  { id: 'toward-sloviansk', text: 'toward Sloviansk', line: [[38.07, 48.9], [37.93, 48.935], [37.79, 48.9]], labelAt: [37.98, 48.985] },
  // ISW, 27 Jan 2026: recent advances in the Kostiantynivka–Druzhkivka area.
  { id: 'toward-kostiantynivka', text: 'toward', sub: 'Kostiantynivka', line: [[37.9, 48.4], [37.8, 48.46], [37.755, 48.5]], labelAt: [38.05, 48.36] },
  // Gerasimov (via ISW, 27 Jan 2026): the Central Grouping is "developing an offensive toward Dobropillya".
  { id: 'toward-dobropillia', text: 'toward Dobropillia', sub: '(Russian claim)', line: [[37.2, 48.31], [37.16, 48.37], [37.115, 48.425]], labelAt: [37.42, 48.37] },
];

export const BELT_STATES: Record<string, BeltStateSpec> = {
  cities: {
    label: 'The four cities, their rivers and road',
    population: false,
    front: false,
    distances: false,
    band: false,
    attacks: false,
  },
  population: {
    label: 'Pre-war populations',
    population: true,
    front: false,
    distances: false,
    band: false,
    attacks: false,
  },
  defences: {
    label: 'A defensive belt since 2014 (schematic)',
    population: false,
    front: false,
    distances: false,
    band: true,
    attacks: false,
  },
  front: {
    label: 'Distance to the front line, 27 Jan 2026',
    population: false,
    front: true,
    distances: true,
    band: true,
    attacks: false,
  },
  attacks: {
    label: 'Directions of Russian attack',
    population: false,
    front: true,
    distances: false,
    band: true,
    attacks: true,
  },
};
