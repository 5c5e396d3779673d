import { requireFields } from '../../../lib/require-fields';
import { SHARE_STATES } from './occupied-share.config';

/** Pre-scaled chart geometry (see occupied-share.data.ts); every coordinate is in viewBox units. */
export interface ShareData {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  series: {
    id: 'donetsk' | 'luhansk';
    name: string;
    /** The measured line up to the story's end; the pre-2022 to May 2022 gap (no usable maps) apart. */
    line: string;
    gap: string;
    sinceThen: string;
    /** Last value at the story's end, and at the newest date. */
    end: { x: number; y: number; pct: number; km2: number; date: string };
    latest: { x: number; y: number; pct: number; km2: number; date: string };
  }[];
  projection: { line: string; endX: number; endY: number };
  events: { n: number; date: string; text: string; x: number }[];
  /** The numbers drawn above the plot: close events share one ("6·7"). */
  markers: { text: string; x: number }[];
  xTicks: { x: number; text: string }[];
  yTicks: { y: number; text: string }[];
  storyEndX: number;
}

export interface ShareDrawn extends ShareData {
  state: string;
  projectionShown: boolean;
  sinceThenShown: boolean;
}

export const DEFAULT_STATE = 'to-2026';

export function stateFor(data: ShareData, state: string, _progress = 0): ShareDrawn {
  const key = state in SHARE_STATES ? state : DEFAULT_STATE;
  const spec = SHARE_STATES[key];
  return { ...requireFields(data, ['plot', 'series'], 'occupied-share'), state: key, projectionShown: spec.projection, sinceThenShown: spec.sinceThen };
}
