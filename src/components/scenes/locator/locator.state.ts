import { fitZoom, applyZoom, scaleBar, type Box, type Zoom } from '../../../lib/fit';
import { LOCATOR_STATES, type LabelSpec, type Region } from './locator.config';

/** A projected outline: id, display name and SVG path (viewBox units, at zoom 1). */
export interface Shape {
  id: string;
  name: string;
  d: string;
}

/** What the build step hands the locator (see locator.data.ts). */
export interface LocatorData {
  width: number;
  height: number;
  countries: Shape[];
  oblasts: Shape[];
  boxes: Record<Region, Box>;
  anchors: Record<string, [number, number]>;
  kmPerUnit: number;
}

/** A label placed on screen, in viewBox units. */
export interface PlacedLabel extends Omit<LabelSpec, 'at'> {
  x: number;
  y: number;
}

/** What Locator.svelte draws for one step. */
export interface LocatorDrawn {
  state: string;
  width: number;
  height: number;
  countries: Shape[];
  oblasts: Shape[];
  zoom: Zoom;
  focus: string[];
  annexed: string[];
  oblastLines: boolean;
  labels: PlacedLabel[];
  /** Null at continental scale, where one bar would mislead (the scale varies across the map). */
  scale: { km: number; units: number } | null;
}

export const DEFAULT_STATE = 'europe';

/** Frame padding in viewBox units; the European view gets less so Ukraine reads large on phones. */
const PADDING: Record<Region, number> = { europe: 10, ukraine: 30, donbas: 45, annexed: 40, belt: 60 };

export function stateFor(data: LocatorData, state: string, _progress = 0): LocatorDrawn {
  const key = state in LOCATOR_STATES ? state : DEFAULT_STATE;
  const spec = LOCATOR_STATES[key];
  const zoom = fitZoom(data.boxes[spec.region], data.width, data.height, PADDING[spec.region]);
  const labels = spec.labels.map(({ at: _at, ...label }) => {
    const [x, y] = applyZoom(data.anchors[label.id] ?? [0, 0], zoom);
    return { ...label, x, y };
  });
  return {
    state: key,
    width: data.width,
    height: data.height,
    countries: data.countries,
    oblasts: data.oblasts,
    zoom,
    focus: spec.focus,
    annexed: spec.annexed,
    oblastLines: spec.oblastLines,
    labels,
    scale: spec.region === 'europe' ? null : scaleBar(data.kmPerUnit, zoom.k, 90),
  };
}
