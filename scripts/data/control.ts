// Russian-controlled area per date, clipped to the Donbas map box and to land. Story states go in
// control.topo.json; the monthly series is split into two period files to stay under 60 KB gzip each.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { CONTROL_BBOX, STORY_NOW } from './config.ts';
import { areaKm2, type Poly } from './geo.ts';
import { clipToBBox, differenceGeom, intersectGeom } from './geo-clip.ts';
import { schematicHeld } from './schematic-2014.ts';
import { storyStateInfo, ordloInfo, mappedInfo, type StateProps } from './control-labels.ts';
import type { ControlInput } from './control-inputs.ts';

export interface LoadedControl extends ControlInput { geometry: Poly }
export interface ControlState { key: string; geometry: Poly; properties: StateProps; story: boolean }

export const STORY_MAPPED_DATES = ['2022-07-01', '2023-06-01', '2024-03-01', '2025-12-01', '2026-01-27'];

/** Earliest file of each month, plus 2026-01-27 (the story's "now") and the latest file. */
export function monthlyDates(dates: string[]): string[] {
  const firstOfMonth = new Map<string, string>();
  for (const d of [...dates].sort()) if (!firstOfMonth.has(d.slice(0, 7))) firstOfMonth.set(d.slice(0, 7), d);
  const keep = new Set([...firstOfMonth.values(), dates[dates.length - 1]]);
  if (dates.includes('2026-01-27')) keep.add('2026-01-27');
  return [...keep].sort();
}

export function controlStates(inputs: LoadedControl[], ordloRaw: Poly, settlements: FeatureCollection<Point>, settlementsFile: string, land: Poly) {
  const mask = clipToBBox(land, CONTROL_BBOX)!;
  const clip = (g: Poly | null) => (g ? intersectGeom(g, mask) : null);
  const ordlo = clip(ordloRaw)!;
  const states: ControlState[] = [];
  for (const date of ['2014-04-12', '2014-07-07']) {
    const { geometry, basis } = schematicHeld(date, settlements, settlementsFile);
    states.push({ key: date, geometry: clip(geometry)!, properties: storyStateInfo(date, { basis }), story: true });
  }
  states.push({ key: '2015-02-15', geometry: ordlo, properties: ordloInfo('2015-02-15'), story: true });
  states.push({ key: '2022-02-24', geometry: ordlo, properties: ordloInfo('2022-02-24'), story: true });
  const monthly = new Set(monthlyDates(inputs.map((i) => i.date)));
  let maxSliver = 0;
  for (const inp of inputs) {
    const isStory = STORY_MAPPED_DATES.includes(inp.date) || inp === inputs[inputs.length - 1];
    if (!isStory && !monthly.has(inp.date)) continue;
    const geometry = clip(inp.geometry);
    if (!geometry) throw new Error(`[data] ${inp.file}: no occupied area inside the map box`);
    maxSliver = Math.max(maxSliver, areaKm2(differenceGeom(ordlo, geometry)));
    states.push({ key: inp.date, geometry, properties: mappedInfo(inp, isStory, inp.date > STORY_NOW), story: isStory });
  }
  const since2014: Feature = { type: 'Feature', id: 'since2014', properties: { ...ordloInfo('since2014'), maxOutsideOccupiedKm2: Math.round(maxSliver) }, geometry: ordlo };
  return { states, since2014, monthly };
}
