import { dayText } from '../../../lib/day-text';
import { TERRAIN_STATES } from './terrain.config';

type XY = [number, number];

/** One elevation transect in chart coordinates (viewBox units), west on the left. */
export interface Profile {
  id: string;
  label: string;
  lengthKm: number;
  /** The control date of the front crossings. */
  date: string;
  line: string;
  area: string;
  /** The chart's baseline (0 m). */
  bottom: number;
  maxElevation: number;
  minElevation: number;
  /** x ranges inside the Russian-held area. */
  held: [number, number][];
  fronts: { x: number; y: number }[];
  oblastCrossings: { x: number; west: string; east: string }[];
  places: { name: string; belt: boolean; x: number; y: number }[];
  yTicks: { y: number; text: string }[];
  xTicks: { x: number; text: string }[];
  exaggeration: number;
}

export interface TerrainData {
  width: number;
  height: number;
  /** Greyscale PNG data URIs used as luminance masks: height tint, hill shadow, water. */
  tint: string;
  shadow: string;
  water: string | null;
  tintRange: [number, number];
  /** Lowest land cell and highest cell of the grid (m). */
  gridRange: [number, number];
  /** A grid cell's size in km at 48.5°N. */
  cellKm: { ns: number; ew: number };
  oblasts: string[];
  russia: string;
  occupied: string;
  rivers: string[];
  transectLines: Record<string, string>;
  belt: XY[];
  mapLabels: { id: string; text: string; sub?: string; kind: 'region' | 'river' | 'country' | 'city'; side?: 'left' | 'right' | 'below'; xy: XY }[];
  profiles: Profile[];
  scaleBar: { km: number; units: number };
}

export interface TerrainLabel {
  id: string;
  text: string;
  sub?: string;
  kind: 'region' | 'river' | 'country' | 'city' | 'place' | 'front' | 'oblast';
  side?: 'left' | 'right' | 'below';
  belt?: boolean;
  x: number;
  y: number;
}

export interface TerrainDrawn extends Omit<TerrainData, 'profiles' | 'mapLabels' | 'transectLines'> {
  state: string;
  /** The transect drawn on the map (SVG path). */
  transectLine: string;
  mode: 'map' | 'profile';
  marks: boolean;
  /** The map's zoom: the whole frame, or a small inset in the top-left corner. */
  zoom: { x: number; y: number; k: number };
  transect: string;
  profile: Profile;
  labels: TerrainLabel[];
  /** The control date of the Russian-held area, as the legend shows it ("27 Jan 2026"). */
  frontDate: string;
}

export const DEFAULT_STATE = 'relief';
/** The map's size as an inset beside the profile (fraction of the frame). */
export const INSET_SCALE = 0.32;
/** The inset's left edge: right of the y-axis labels, above the low western end of every profile. */
export const INSET_X = 140;

export function stateFor(data: TerrainData, state: string, _progress = 0): TerrainDrawn {
  const key = state in TERRAIN_STATES ? state : DEFAULT_STATE;
  const spec = TERRAIN_STATES[key];
  const profile = data.profiles.find((p) => p.id === spec.transect) ?? data.profiles[0];
  const { profiles: _p, mapLabels, transectLines, ...base } = data;
  const labels: TerrainLabel[] = [];
  if (spec.mode === 'map') {
    for (const l of mapLabels) labels.push({ id: l.id, text: l.text, sub: l.sub, kind: l.kind, side: l.side, x: l.xy[0], y: l.xy[1] });
  } else {
    for (const p of profile.places)
      // A place at the east end is labelled well under the line, which rises to its west: the line never runs
      // through it, and it clears the labels of the places and the front further west.
      labels.push(
        p.x > data.width - 90
          ? { id: `place-${p.name}`, text: p.name, kind: 'place', belt: p.belt, side: 'left', x: p.x, y: p.y + 40 }
          : { id: `place-${p.name}`, text: p.name, kind: 'place', belt: p.belt, x: p.x, y: p.y - 14 },
      );
    if (spec.marks) {
      for (const [i, f] of profile.fronts.entries())
        labels.push({ id: `front-${i}`, text: 'Front line', sub: dayText(profile.date), kind: 'front', x: f.x, y: profile.bottom - 40 });
      for (const [i, c] of profile.oblastCrossings.entries())
        labels.push({ id: `oblast-${i}`, text: `← ${c.west}`, sub: `${c.east} →`, kind: 'oblast', x: c.x, y: profile.bottom - 110 });
    }
  }
  return {
    ...base,
    transectLine: transectLines[profile.id],
    state: key,
    mode: spec.mode,
    marks: spec.marks,
    zoom: spec.mode === 'map' ? { x: 0, y: 0, k: 1 } : { x: INSET_X, y: 8, k: INSET_SCALE },
    transect: profile.id,
    profile,
    labels,
    frontDate: dayText(profile.date),
  };
}
