// Split the control states into output topologies. All states are simplified together first, so a
// date that appears in two files has identical geometry in both.
import type { Feature, FeatureCollection } from 'geojson';
import { regionalWeight, simplifyFeatures, toTopology } from './topo.ts';
import type { ControlState } from './control.ts';

export const CONTROL_QUANTIZATION = 1e4;
export const CONTROL_FILES = {
  story: 'control.topo.json',
  early: 'control-monthly-2022-2023.topo.json',
  late: 'control-monthly-2024-2026.topo.json',
} as const;

export function controlTopologies(states: ControlState[], since2014: Feature, monthly: Set<string>) {
  const all: FeatureCollection = {
    type: 'FeatureCollection',
    features: [since2014, ...states.map((s): Feature => ({ type: 'Feature', id: s.key, properties: s.properties, geometry: s.geometry }))],
  };
  const simplified = simplifyFeatures(all, { minWeight: 1e-5, weight: regionalWeight(null), minRingArea: 2e-5 });
  const byId = new Map(simplified.features.map((f) => [String(f.id), f]));
  const pick = (keys: string[]) => {
    const objects: Record<string, FeatureCollection> = {};
    for (const k of ['since2014', ...keys]) objects[k] = { type: 'FeatureCollection', features: [byId.get(k)!] };
    return toTopology(objects, CONTROL_QUANTIZATION);
  };
  const keys = states.map((s) => s.key);
  return {
    [CONTROL_FILES.story]: pick(states.filter((s) => s.story).map((s) => s.key)),
    [CONTROL_FILES.early]: pick(keys.filter((k) => monthly.has(k) && k < '2024-01-01')),
    [CONTROL_FILES.late]: pick(keys.filter((k) => monthly.has(k) && k >= '2024-01-01')),
  };
}
