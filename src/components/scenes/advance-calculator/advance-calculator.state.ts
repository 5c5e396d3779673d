import { requireFields } from '../../../lib/require-fields';
import { CALC_STATES, DEFAULT_STATE, type PresetId, type PresetSpec } from './advance-calculator.config';
import { daysBetween, type Finish } from './advance-calculator.calc';

/** A preset with its pace (km² a day) and the finish date at that pace, computed at build time. */
export interface Preset extends PresetSpec {
  id: PresetId;
  km2: number;
  days: number;
  pace: number;
  finish: Finish;
}

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The chart of the area Russia does not hold, pre-scaled in viewBox units (see advance-calculator.data.ts). */
export interface CalcChart {
  width: number;
  height: number;
  plot: Plot;
  /** x runs linearly in days from `from` to `to`; y from 0 km² (plot.bottom) to `yMax` (plot.top). */
  from: string;
  to: string;
  yMax: number;
  /** Measured on DeepState's maps, May 2022 – the story's date: the line, and the area under it. */
  line: string;
  area: string;
  start: { x: number; y: number };
  xTicks: { x: number; text: string }[];
  yTicks: { y: number; text: string }[];
  isw: { x: number; label: string };
}

export interface CalcData {
  /** The story's date: held area measured then, projection starts then. */
  start: string;
  /** Donetsk Oblast on `start`, km² rounded to whole km². */
  held: { oblastKm2: number; occupiedKm2: number; heldKm2: number; heldPct: number };
  /** Exact (unrounded) held area, the calculator's input. */
  remainingKm2: number;
  presets: Preset[];
  chart: CalcChart;
}

export interface CalcDrawn extends CalcData {
  state: string;
  /** The preset the step selects. */
  preset: PresetId;
}

export function stateFor(data: CalcData, state: string, _progress = 0): CalcDrawn {
  const key = state in CALC_STATES ? state : DEFAULT_STATE;
  return { ...requireFields(data, ['held', 'presets', 'chart'], 'advance-calculator'), state: key, preset: CALC_STATES[key].preset };
}

/** x of a day (or of a fractional number of days after `chart.from`). */
export function xOfDays(chart: Pick<CalcChart, 'plot' | 'from' | 'to'>, days: number): number {
  const { left, right } = chart.plot;
  return left + (days / daysBetween(chart.from, chart.to)) * (right - left);
}
export const xOf = (chart: Pick<CalcChart, 'plot' | 'from' | 'to'>, iso: string) => xOfDays(chart, daysBetween(chart.from, iso));
export const yOf = (chart: Pick<CalcChart, 'plot' | 'yMax'>, km2: number) =>
  chart.plot.bottom - (km2 / chart.yMax) * (chart.plot.bottom - chart.plot.top);

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The projected straight line from the story's date down to zero at the finish: cut at the plot's right
 * edge when the finish lies beyond it, flat when there is no advance.
 */
export function projection(chart: CalcChart, finish: Finish, start: string): { d: string; end: { x: number; y: number }; clipped: boolean } {
  const { x: x0, y: y0 } = chart.start;
  const { right, bottom } = chart.plot;
  let end: { x: number; y: number };
  let clipped = false;
  if (finish.kind === 'never') {
    end = { x: right, y: y0 };
    clipped = true;
  } else {
    const xf = xOfDays(chart, daysBetween(chart.from, start) + finish.days);
    clipped = xf > right;
    end = clipped ? { x: right, y: y0 + ((bottom - y0) * (right - x0)) / (xf - x0) } : { x: xf, y: bottom };
  }
  end = { x: r1(end.x), y: r1(end.y) };
  return { d: `M${r1(x0)},${r1(y0)}L${end.x},${end.y}`, end, clipped };
}
