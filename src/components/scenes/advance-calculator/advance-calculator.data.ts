// Build-time only: the held area on the story's date, each preset's pace and finish date, and the
// chart of the held area since May 2022, all from public/data/occupied-area.csv.
import { readDataText } from '../../../lib/data-files';
import { donetskHeldOn } from '../../../lib/held-area';
import { round1 } from '../../../lib/fit';
import { STORY_DATE as START } from '../../../lib/day-text';
import { formatNumber } from '../../../lib/format-number';
import { ISW_NOT_BEFORE, PRESETS, type PresetId } from './advance-calculator.config';
import { daysBetween, finishDate } from './advance-calculator.calc';
import { xOf, yOf, type CalcChart, type CalcData, type Preset } from './advance-calculator.state';

const WIDTH = 800;
const HEIGHT = 390;
const PLOT = { left: 8, right: 792, top: 14, bottom: 340 };
const FROM = '2022-01-01';
const TO = '2030-01-01';
const Y_MAX = 13_000;
/** The first map of the full-scale war in the series (the row before it is DeepState's pre-2022 drawing). */
const FIRST = '2022-05-01';

/** The dates of occupied-area.csv's rows (first column), in file order. */
export function csvDates(text: string): string[] {
  return text.trim().split('\n').slice(1).map((line) => line.slice(0, line.indexOf(',')));
}

/** Preset with its pace: the source's own figure, or the change in Donetsk's occupied area between two maps. */
export function presetPace(id: PresetId): Preset {
  const spec = PRESETS[id];
  const km2 = spec.km2 ?? donetskHeldOn(spec.to).occupiedKm2 - donetskHeldOn(spec.from).occupiedKm2;
  const days = spec.days ?? daysBetween(spec.from, spec.to);
  const pace = km2 / days;
  const figure = spec.figure || `${formatNumber(km2)} km²`;
  return { ...spec, id, km2, days, figure, pace, finish: finishDate(donetskHeldOn(START).heldKm2, pace, START) };
}

export function prepare(): CalcData {
  const held = donetskHeldOn(START);
  const dates = csvDates(readDataText('occupied-area.csv')).filter((d) => d >= FIRST && d <= START);
  const frame = { plot: PLOT, from: FROM, to: TO, yMax: Y_MAX };
  const points = dates.map((d) => [round1(xOf(frame, d)), round1(yOf(frame, donetskHeldOn(d).heldKm2))]);
  const line = 'M' + points.map(([x, y]) => `${x},${y}`).join('L');
  const [first, last] = [points[0], points.at(-1)!];
  const chart: CalcChart = {
    width: WIDTH,
    height: HEIGHT,
    ...frame,
    line,
    area: `${line}L${last[0]},${PLOT.bottom}L${first[0]},${PLOT.bottom}Z`,
    start: { x: last[0], y: last[1] },
    xTicks: [2023, 2024, 2025, 2026, 2027, 2028, 2029].map((y) => ({ x: round1(xOf(frame, `${y}-01-01`)), text: String(y) })),
    yTicks: [0, 5000, 10000].map((v) => ({ y: round1(yOf(frame, v)), text: v ? `${formatNumber(v)} km²` : '' })),
    isw: { x: round1(xOf(frame, ISW_NOT_BEFORE.date)), label: ISW_NOT_BEFORE.label },
  };
  return {
    start: START,
    held: {
      oblastKm2: Math.round(held.oblastKm2),
      occupiedKm2: held.occupiedKm2,
      heldKm2: Math.round(held.heldKm2),
      heldPct: held.heldPct,
    },
    remainingKm2: held.heldKm2,
    presets: (['claimed', 'observed', 'late2025'] as const).map(presetPace),
    chart,
  };
}
