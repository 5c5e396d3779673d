/**
 * The calculator's presets (paces named in the sources or measured on our data) and its named states,
 * each of which selects a preset. Source ids name entries of src/stories/sources.json.
 */

/** ISW, 27 Jan 2026: the rest of Donetsk Oblast not before August 2027 at the late-November 2025 pace. */
export const ISW_NOT_BEFORE = { date: '2027-08-01', label: 'Aug 2027', source: 'isw-2026-01-27' };

export interface PresetSpec {
  /** Who gives the figure, as the reader sees it ("ISW observed"). */
  who: string;
  /** The preset button's name, a few words ("Russia claimed"). */
  short: string;
  /** What the figure covers, in time and space, as the button and table say it. */
  period: string;
  /** The figure as the source gives it, e.g. "265.45 km²". */
  figure: string;
  /** Area gained (km²) over `days` days from `from` to `to`; null when the build measures it on our data. */
  km2: number | null;
  /** 1–27 Jan counts 27 days; between two maps (null here) the build counts the days between them. */
  days: number | null;
  from: string;
  to: string;
  /** The figure counts gains along the whole front, not only in Donetsk Oblast. */
  frontWide: boolean;
  /** A claim by a party to the war (drawn hatched, worded as a claim). */
  claim: boolean;
  source: string;
}

export const PRESETS = {
  claimed: {
    period: '1–27 Jan 2026, whole front',
    who: 'Russia’s General Staff claimed',
    short: 'Russia claimed',
    figure: 'over 500 km²',
    km2: 500,
    days: 27,
    from: '2026-01-01',
    to: '2026-01-27',
    frontWide: true,
    claim: true,
    source: 'rbc-gerasimov-2026-01-27',
  },
  observed: {
    period: '1–27 Jan 2026, whole front',
    who: 'ISW observed',
    short: 'ISW observed',
    figure: '265.45 km²',
    km2: 265.45,
    days: 27,
    from: '2026-01-01',
    to: '2026-01-27',
    frontWide: true,
    claim: false,
    source: 'isw-2026-01-27',
  },
  late2025: {
    who: 'On DeepState’s maps Russia gained',
    short: 'DeepState maps',
    period: 'Donetsk Oblast only, 1 Oct 2025 – 1 Jan 2026',
    figure: '',
    km2: null,
    days: null,
    // Two map dates: the change in Donetsk's occupied area between the 1 Oct 2025 and 1 Jan 2026 maps.
    from: '2025-10-01',
    to: '2026-01-01',
    frontWide: false,
    claim: false,
    source: 'occupied-area-calc',
  },
} as const satisfies Record<string, PresetSpec>;

export type PresetId = keyof typeof PRESETS;

export interface CalcStateSpec {
  label: string;
  preset: PresetId;
}

export const CALC_STATES: Record<string, CalcStateSpec> = {
  observed: {
    label: 'At the pace ISW observed',
    preset: 'observed',
  },
  claimed: {
    label: 'At the pace Russia claimed',
    preset: 'claimed',
  },
  explore: {
    label: 'Try a pace',
    preset: 'late2025',
  },
};

export const DEFAULT_STATE = 'observed';
