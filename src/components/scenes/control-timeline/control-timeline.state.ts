import { CONTROL_STATES } from './control-timeline.config';

/** One dated control state, pre-projected (see control-timeline.data.ts). */
export interface ControlDate {
  id: string;
  /** e.g. "1 Jul 2022". */
  label: string;
  /** Russian-held area on that date (SVG path, viewBox units). */
  occupied: string;
  /** Who drew it, shown in the date stamp. */
  publisher: string;
  /** After the story's "now": shown only as a dated "since then" state. */
  sinceThen: boolean;
  /** Drawn from town positions, not from a mapped line: the map says so. */
  schematic: boolean;
  /** Whether DeepState's 2014–15 area is hatched (from the Minsk II ceasefire on). */
  hatch: boolean;
  /** The stamp's second line when the publisher alone would not say enough (schematic, approximate). */
  stampNote: string | null;
}

export interface TownLabel {
  id: string;
  text: string;
  side: 'left' | 'right' | 'above';
  x: number;
  y: number;
}

export interface ControlTimelineData {
  width: number;
  height: number;
  /** Neighbouring countries and oblasts, the two Donbas oblasts, rivers: the unchanging base map. */
  land: { id: string; d: string; kind: 'country' | 'oblast' | 'donbas' }[];
  rivers: string[];
  /** DeepState's drawing of the area held since 2014–15, hatched on every date. */
  since2014: string;
  dates: ControlDate[];
  towns: Record<string, { name: string; x: number; y: number }>;
  /** Oblast name labels. */
  regions: { text: string; x: number; y: number }[];
  scaleBar: { km: number; units: number };
}

export interface ControlTimelineDrawn {
  state: string;
  width: number;
  height: number;
  land: ControlTimelineData['land'];
  rivers: string[];
  since2014: string;
  /** Every date, for the reader's date control; `index` is the step's own date. */
  dates: ControlDate[];
  index: number;
  towns: TownLabel[];
  regions: ControlTimelineData['regions'];
  scaleBar: ControlTimelineData['scaleBar'];
}

export const DEFAULT_STATE = '2026-01-27';

export function stateFor(data: ControlTimelineData, state: string, _progress = 0): ControlTimelineDrawn {
  const key = state in CONTROL_STATES ? state : DEFAULT_STATE;
  const index = Math.max(0, data.dates.findIndex((d) => d.id === key));
  const towns = CONTROL_STATES[key].towns
    .filter(([id]) => id in data.towns)
    .map(([id, side]) => ({ id, side, text: data.towns[id].name, x: data.towns[id].x, y: data.towns[id].y }));
  return {
    state: key,
    width: data.width,
    height: data.height,
    land: data.land,
    rivers: data.rivers,
    since2014: data.since2014,
    dates: data.dates,
    index,
    towns,
    regions: data.regions,
    scaleBar: data.scaleBar,
  };
}
