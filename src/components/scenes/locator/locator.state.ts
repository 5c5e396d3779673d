import { fitZoom, applyZoom, scaleBar, type Box, type Zoom } from '../../../lib/fit';
import { LOCATOR_STATES, ALL, type LabelSpec, type Region } from './locator.config';
import { formatNumber } from '../../../lib/format-number';

/** A projected outline: id, display name, SVG path and bounds (viewBox units, at zoom 1). */
export interface Shape {
  id: string;
  name: string;
  d: string;
  box: Box;
}

/** What the build step hands the locator (see locator.data.ts). */
export interface LocatorData {
  width: number;
  height: number;
  countries: Shape[];
  /** Ukraine as one country outline, drawn at continental scale instead of its oblasts. */
  ukraine: Shape;
  oblasts: Shape[];
  rivers: Shape[];
  boxes: Record<Region, Box>;
  /** Projected label positions, per state and label id. */
  anchors: Record<string, Record<string, [number, number]>>;
  /** Official 1 Jan 2022 population by place id, where places.json has a sourced figure. */
  populations: Record<string, number>;
  kmPerUnit: number;
}

/** A label placed on screen, in viewBox units. */
export interface PlacedLabel extends Omit<LabelSpec, 'at' | 'population'> {
  x: number;
  y: number;
}

/** What Locator.svelte draws for one step. */
export interface LocatorDrawn {
  state: string;
  width: number;
  height: number;
  /** Only the shapes the view can show (with a margin), so a static map carries no unseen geometry. */
  countries: Shape[];
  ukraine: Shape | null;
  oblasts: Shape[];
  rivers: Shape[];
  zoom: Zoom;
  /** Oblast ids filled with the focus colour (all of them for ALL). */
  focus: string[];
  annexed: string[];
  detail: boolean;
  labels: PlacedLabel[];
  /** Null at continental scale, where one bar would mislead (the scale varies across the map). */
  scale: { km: number; units: number } | null;
}

export const DEFAULT_STATE = 'europe';

/** Frame padding in viewBox units; the European view gets less so Ukraine reads large on phones. */
const PADDING: Record<Region, number> = { europe: 10, ukraine: 30, donbas: 45, annexed: 40, belt: 30 };

export function stateFor(data: LocatorData, state: string, _progress = 0): LocatorDrawn {
  const key = state in LOCATOR_STATES ? state : DEFAULT_STATE;
  const spec = LOCATOR_STATES[key];
  const zoom = fitZoom(data.boxes[spec.region], data.width, data.height, PADDING[spec.region]);
  const continental = spec.region === 'europe';
  const labels = spec.labels.map(({ at: _at, population, ...label }) => {
    const [x, y] = applyZoom(data.anchors[key]?.[label.id] ?? [0, 0], zoom);
    const people = population ? data.populations[label.id] : undefined;
    return { ...label, ...(people ? { sub: formatNumber(people) } : {}), x, y };
  });
  return {
    state: key,
    width: data.width,
    height: data.height,
    countries: visible(data.countries, zoom, data),
    ukraine: continental ? data.ukraine : null,
    oblasts: continental ? [] : visible(data.oblasts, zoom, data),
    // Only the Donbas rivers are in the data, so they are drawn only at Donbas scales.
    rivers: spec.region === 'donbas' || spec.region === 'belt' ? visible(data.rivers, zoom, data) : [],
    zoom,
    focus: spec.focus.includes(ALL) ? [data.ukraine.id] : spec.focus,
    annexed: spec.annexed,
    detail: spec.detail,
    labels,
    scale: continental ? null : scaleBar(data.kmPerUnit, zoom.k, 90),
  };
}

/** Shapes whose bounds meet the view, widened by half its size so shapes moving in during a zoom exist. */
function visible(shapes: Shape[], zoom: Zoom, frame: { width: number; height: number }): Shape[] {
  const w = frame.width / zoom.k;
  const h = frame.height / zoom.k;
  const x0 = -zoom.x / zoom.k - w / 2;
  const y0 = -zoom.y / zoom.k - h / 2;
  const x1 = x0 + 2 * w;
  const y1 = y0 + 2 * h;
  return shapes.filter(({ box: [[a, b], [c, d]] }) => a <= x1 && c >= x0 && b <= y1 && d >= y0);
}
