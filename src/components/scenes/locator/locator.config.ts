/**
 * What the locator shows at each named state. Shared by the build-time data step (which projects every
 * label's position) and the browser (which only looks positions up). Coordinates are [lon, lat];
 * city labels take their coordinates from public/data/places.json.
 */
export type Region = 'europe' | 'ukraine' | 'donbas' | 'annexed' | 'belt';

/** Every oblast: the whole of Ukraine. */
export const ALL = '*';

export interface LabelSpec {
  id: string;
  text: string;
  /** A second, smaller line shown with the name. */
  sub?: string;
  /** Show the place's 1 Jan 2022 population (from places.json) as the second line. */
  population?: boolean;
  kind: 'country' | 'region' | 'city' | 'capital' | 'river';
  /** Where the label sits; omitted for cities, which use places.json. */
  at?: [number, number];
  /** Which side of the point the text goes: cities get a dot, other labels are centred. */
  side?: 'left' | 'right' | 'above' | 'below';
}

export interface LocatorStateSpec {
  /** Short name for controls and embed step lists. */
  label: string;
  region: Region;
  /** Oblast ids filled with the focus colour. */
  focus: string[];
  /** Oblast ids drawn with the "claimed as annexed by Russia" outline. */
  annexed: string[];
  /** Draw oblast boundaries inside Ukraine and rivers (hidden at continental scale, where they are clutter). */
  detail: boolean;
  labels: LabelSpec[];
}

export const ANNEXED_OBLASTS = ['crimea', 'sevastopol', 'donetsk', 'luhansk', 'zaporizhzhia', 'kherson'];

const DONBAS = ['donetsk', 'luhansk'];
const RUSSIA: LabelSpec = { id: 'russia', text: 'RUSSIA', kind: 'country', at: [40.2, 47.75] };
const beltCities = (population: boolean): LabelSpec[] =>
  (
    [
      ['sloviansk', 'Sloviansk', 'right'],
      ['kramatorsk', 'Kramatorsk', 'left'],
      ['druzhkivka', 'Druzhkivka', 'right'],
      ['kostiantynivka', 'Kostiantynivka', 'left'],
    ] as const
  ).map(([id, text, side]) => ({ id, text, kind: 'city', side, population }));

const BELT_CONTEXT: LabelSpec[] = [
  { id: 'to-donetsk', text: 'to Donetsk ↓', kind: 'region', at: [38.2, 48.44] },
  { id: 'siverskyi-donets', text: 'Siverskyi Donets', kind: 'river', at: [37.93, 49.03] },
  // River names sit on their lines (Natural Earth draws the Kazennyi Torets from Druzhkivka down).
  { id: 'kazennyi-torets', text: 'Kazennyi Torets', kind: 'river', at: [37.575, 48.79] },
  { id: 'kryvyi-torets', text: 'Kryvyi Torets', kind: 'river', at: [37.72, 48.445] },
];

export const LOCATOR_STATES: Record<string, LocatorStateSpec> = {
  europe: {
    label: 'Ukraine in Europe',
    region: 'europe',
    focus: [ALL],
    annexed: [],
    detail: false,
    labels: [
      { id: 'ukraine', text: 'UKRAINE', kind: 'country', at: [31.5, 49.0] },
      { id: 'russia', text: 'RUSSIA', kind: 'country', at: [42, 57] },
      { id: 'belarus', text: 'BELARUS', kind: 'country', at: [28.0, 53.6] },
      { id: 'poland', text: 'POLAND', kind: 'country', at: [17.6, 52.3] },
      { id: 'romania', text: 'ROMANIA', kind: 'country', at: [24.8, 45.9] },
      { id: 'turkey', text: 'TURKEY', kind: 'country', at: [33.5, 39.3] },
    ],
  },
  ukraine: {
    label: 'Donetsk and Luhansk oblasts in Ukraine',
    region: 'ukraine',
    focus: DONBAS,
    annexed: [],
    detail: true,
    labels: [
      { id: 'kyiv', text: 'Kyiv', kind: 'capital', side: 'right' },
      { id: 'donbas', text: 'DONBAS', kind: 'region', at: [38.6, 48.35] },
      { id: 'russia', text: 'RUSSIA', kind: 'country', at: [37.2, 52.1] },
      { id: 'belarus', text: 'BELARUS', kind: 'country', at: [27.8, 52.2] },
    ],
  },
  donbas: {
    label: 'The Donbas: Donetsk and Luhansk oblasts',
    region: 'donbas',
    focus: DONBAS,
    annexed: [],
    detail: true,
    labels: [
      // Areas and 1 Jan 2022 present populations: Ukrstat (sources.json "ukrstat-oblasts").
      { id: 'donetsk-oblast', text: 'Donetsk Oblast', sub: '26,517 km² · 4.06m people', kind: 'region', at: [37.55, 47.6] },
      { id: 'luhansk-oblast', text: 'Luhansk Oblast', sub: '26,684 km² · 2.10m people', kind: 'region', at: [39.0, 49.35] },
      { id: 'donetsk', text: 'Donetsk', kind: 'city', side: 'right' },
      { id: 'luhansk', text: 'Luhansk', kind: 'city', side: 'right' },
      { id: 'kramatorsk', text: 'Kramatorsk', kind: 'city', side: 'left' },
      { id: 'mariupol', text: 'Mariupol', kind: 'city', side: 'right' },
      RUSSIA,
    ],
  },
  annexed: {
    label: 'Oblasts Russia claims to have annexed',
    region: 'annexed',
    focus: [],
    annexed: ANNEXED_OBLASTS,
    detail: true,
    labels: [
      { id: 'crimea', text: 'Crimea', kind: 'region', at: [34.2, 45.25] },
      { id: 'kherson', text: 'Kherson', kind: 'region', at: [33.2, 46.45] },
      { id: 'zaporizhzhia', text: 'Zaporizhzhia', kind: 'region', at: [35.75, 47.3] },
      { id: 'donetsk-o', text: 'Donetsk', kind: 'region', at: [37.7, 48.05] },
      { id: 'luhansk-o', text: 'Luhansk', kind: 'region', at: [39.1, 49.15] },
      { id: 'russia', text: 'RUSSIA', kind: 'country', at: [40.1, 47.3] },
    ],
  },
  belt: {
    label: 'The four cities of the fortress belt',
    region: 'belt',
    focus: [],
    annexed: [],
    detail: true,
    labels: [...beltCities(false), ...BELT_CONTEXT],
  },
  'belt-population': {
    label: 'Pre-war population of the four belt cities',
    region: 'belt',
    focus: [],
    annexed: [],
    detail: true,
    labels: [...beltCities(true), ...BELT_CONTEXT],
  },
};
