import { BELT, BELT_STATES } from './fortress-belt.config';
import { formatNumber } from '../../../lib/format-number';

type XY = [number, number];

/** One belt city with its measured distance to the Russian-held area (see fortress-belt.data.ts). */
export interface BeltCity {
  id: string;
  name: string;
  /** Official 1 Jan 2022 estimate (places.json population2022). */
  population: number;
  /** Great-circle distance (km, one decimal) from the city's point to the nearest edge of the Russian-held area. */
  km: number;
  /** Whether the city's point lies inside the Russian-held area (then km is to its edge). */
  inside: boolean;
  city: XY;
  /** The nearest point of the Russian-held area's edge, projected and as [lon, lat]. */
  nearest: XY;
  nearestLonLat: XY;
}

/** What the build step hands the scene: every position already projected into viewBox units. */
export interface BeltData {
  width: number;
  height: number;
  /** e.g. "27 Jan 2026". */
  frontDate: string;
  publisher: string;
  land: { id: string; d: string }[];
  rivers: { id: string; d: string }[];
  riverLabels: { id: string; text: string; xy: XY }[];
  occupied: string;
  cities: BeltCity[];
  towns: { id: string; name: string; side: 'left' | 'right' | 'above' | 'below'; xy: XY }[];
  highway: string;
  highwayLabel: { text: string; xy: XY };
  attacks: { id: string; text: string; sub?: string; d: string; labelXY: XY }[];
  scaleBar: { km: number; units: number };
}

export type LabelKind = 'city' | 'river' | 'region' | 'attack' | 'road';

/** A label placed on screen, in viewBox units. */
export interface BeltLabel {
  id: string;
  text: string;
  sub?: string;
  kind: LabelKind;
  side?: 'left' | 'right' | 'above' | 'below';
  /** A belt city (bold, larger dot). */
  belt?: boolean;
  x: number;
  y: number;
}

export interface BeltDrawn {
  state: string;
  width: number;
  height: number;
  frontDate: string;
  publisher: string;
  land: BeltData['land'];
  rivers: BeltData['rivers'];
  highway: string;
  /** Always drawn, so it can fade in and out; shown when `show.front`. */
  occupied: string;
  band: boolean;
  /** Leader lines from each city to the nearest edge of the Russian-held area. */
  leaders: { id: string; from: XY; to: XY }[];
  attacks: { id: string; d: string }[];
  labels: BeltLabel[];
  scaleBar: BeltData['scaleBar'];
  /** The state's flags, for the legend. */
  show: { population: boolean; front: boolean; distances: boolean; band: boolean; attacks: boolean };
}

export const DEFAULT_STATE = 'cities';

/** "21 km", or "<1 km" when the city is at the edge, or "inside" when the point is in the Russian-held area. */
export function distanceText(c: Pick<BeltCity, 'km' | 'inside'>): string {
  if (c.inside) return 'inside the Russian-held area';
  if (c.km < 1) return '<1 km';
  return `${Math.round(c.km)} km`;
}


export function stateFor(data: BeltData, state: string, _progress = 0): BeltDrawn {
  const key = state in BELT_STATES ? state : DEFAULT_STATE;
  const spec = BELT_STATES[key];
  const labels: BeltLabel[] = [];
  // The arrow toward Kostiantynivka and its label take the Kryvyi Torets label's place in the attacks state.
  for (const r of data.riverLabels)
    if (!(spec.attacks && r.id === 'kryvyi-torets')) labels.push({ id: r.id, text: r.text, kind: 'river', x: r.xy[0], y: r.xy[1] });
  if (!spec.attacks && !spec.front)
    labels.push({ id: 'highway', text: data.highwayLabel.text, kind: 'road', x: data.highwayLabel.xy[0], y: data.highwayLabel.xy[1] });
  for (const t of data.towns) labels.push({ id: t.id, text: t.name, kind: 'city', side: t.side, x: t.xy[0], y: t.xy[1] });
  for (const c of data.cities) {
    const side = BELT.find((b) => b.id === c.id)?.side ?? 'left';
    labels.push({
      id: c.id,
      text: c.name,
      kind: 'city',
      belt: true,
      side,
      // The distance goes in the city's own label, so it cannot be read as another city's.
      ...(spec.population ? { sub: formatNumber(c.population) } : spec.distances ? { sub: `· ${distanceText(c)}` } : {}),
      x: c.city[0],
      y: c.city[1],
    });
  }
  if (spec.attacks)
    for (const a of data.attacks) labels.push({ id: a.id, text: a.text, ...(a.sub ? { sub: a.sub } : {}), kind: 'attack', x: a.labelXY[0], y: a.labelXY[1] });
  return {
    state: key,
    width: data.width,
    height: data.height,
    frontDate: data.frontDate,
    publisher: data.publisher,
    land: data.land,
    rivers: data.rivers,
    highway: data.highway,
    occupied: data.occupied,
    band: spec.band,
    leaders: spec.distances ? data.cities.map((c) => ({ id: c.id, from: c.city, to: c.nearest })) : [],
    attacks: spec.attacks ? data.attacks.map(({ id, d }) => ({ id, d })) : [],
    labels,
    scaleBar: data.scaleBar,
    show: { population: spec.population, front: spec.front, distances: spec.distances, band: spec.band, attacks: spec.attacks },
  };
}
