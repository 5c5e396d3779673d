// Build-time only: turns the 2′ elevation grid (public/data/relief.json) into two small greyscale PNG masks
// (height tint and hill shading) resampled onto the map's conformal conic projection, projects the map's
// lines, and scales the elevation profiles (public/data/profile.json) into chart coordinates.
import { geoConicConformal, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { readDataFile, type Place } from '../../../lib/data-files';
import { round1, scaleBar } from '../../../lib/fit';
import { kmPerUnit, pathAtDetail, projectedBox } from '../../../lib/projected-path';
import { greyPng, pngDataUri } from '../../../lib/png';
import { EARTH_RADIUS_KM } from '../fortress-belt/distance';
import { STORY_DATE } from '../../../lib/day-text';
import { BELT_IDS, MAP_LABELS, MAP_TOWNS, TERRAIN_STATES, TINT_HIGH, TINT_LOW, VIEW } from './terrain.config';
import type { Profile, TerrainData } from './terrain.state';

export const WIDTH = 800;
/** Mask pixels across the map: about 2.2 km each, close to the 2′ grid's cells; the browser smooths them. */
const IMAGE_WIDTH = 128;
/** Grey levels kept in each mask: enough for a smooth ramp, few enough to compress well. */
const LEVELS = 24;
const level = (v: number) => Math.round((Math.max(0, Math.min(1, v)) * (LEVELS - 1))) * Math.round(255 / (LEVELS - 1));
/** Hill shading: light from the north-west, 45° up; heights exaggerated so gentle slopes still read. */
const SHADE_EXAGGERATION = 12;
const DETAIL = 0.8;

/** The chart's plot area in viewBox units (the relief map shrinks into the top-left corner above it). */
/** The profile's plot: the y-axis labels sit left of `left`, the x-axis labels below the baseline. */
export const PLOT = { left: 104, right: 784, top: 36, bottomInset: 40 };
export const Y_MAX = 300;

export interface ReliefGrid {
  west: number;
  north: number;
  cellsize: number;
  ncols: number;
  nrows: number;
  min: number;
  max: number;
  values: number[];
}

interface Transect {
  id: string;
  label: string;
  lengthKm: number;
  startsOccupiedOn: { date: string; occupied: boolean };
  frontCrossings: { distanceKm: number; into: 'occupied' | 'ukraine-held' }[];
  oblastCrossings: { distanceKm: number; from: string; to: string }[];
  places: { name: string; belt: boolean; distanceKm: number; offsetKm: number }[];
  samples: { distanceKm: number; lon: number; lat: number; elevation: number }[];
  vertices: [number, number][];
}

/** Bilinear height at [lon, lat] from the grid's cell centres, clamped at the edges; 0 stays water. */
export function heightAt(g: ReliefGrid, lon: number, lat: number): number {
  const x = Math.max(0, Math.min(g.ncols - 1, (lon - g.west) / g.cellsize - 0.5));
  const y = Math.max(0, Math.min(g.nrows - 1, (g.north - lat) / g.cellsize - 0.5));
  const c0 = Math.min(Math.floor(x), g.ncols - 2);
  const r0 = Math.min(Math.floor(y), g.nrows - 2);
  const fx = x - c0;
  const fy = y - r0;
  const v = (c: number, r: number) => g.values[r * g.ncols + c];
  return (v(c0, r0) * (1 - fx) + v(c0 + 1, r0) * fx) * (1 - fy) + (v(c0, r0 + 1) * (1 - fx) + v(c0 + 1, r0 + 1) * fx) * fy;
}

/** A 2′ cell's size in km (north–south, and east–west at `lat`), on the sphere. */
export function cellSizeKm(cellsizeDeg: number, lat: number): { ns: number; ew: number } {
  const ns = (cellsizeDeg * Math.PI * EARTH_RADIUS_KM) / 180;
  return { ns, ew: ns * Math.cos((lat * Math.PI) / 180) };
}

/** Hill shade (0 = facing away from the light, ~0.71 on the flat) from a height field in metres, pixel size in km. */
export function hillshade(h: Float64Array, w: number, ht: number, pixelKm: number, exaggeration: number): Float64Array {
  const out = new Float64Array(w * ht);
  const at = (x: number, y: number) => h[Math.max(0, Math.min(ht - 1, y)) * w + Math.max(0, Math.min(w - 1, x))];
  const light = [-0.5, -0.5, Math.SQRT1_2]; // from the north-west (x east, y south), 45° up
  for (let y = 0; y < ht; y++)
    for (let x = 0; x < w; x++) {
      const dzdx = ((at(x + 1, y) - at(x - 1, y)) / (2 * pixelKm * 1000)) * exaggeration;
      const dzdy = ((at(x, y + 1) - at(x, y - 1)) / (2 * pixelKm * 1000)) * exaggeration;
      const n = Math.hypot(dzdx, dzdy, 1);
      out[y * w + x] = (-dzdx * light[0] - dzdy * light[1] + light[2]) / n;
    }
  return out;
}

type Props = Record<string, unknown> & { name_en?: string };
const features = (topo: Topology, name: string) =>
  (feature(topo, topo.objects[name] as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>).features;

export function prepare(): TerrainData {
  const grid = readDataFile<ReliefGrid>('relief.json');
  const { transects } = readDataFile<{ transects: Transect[] }>('profile.json');
  const boundaries = readDataFile<Topology>('boundaries.topo.json');
  const control = readDataFile<Topology>('control.topo.json');
  const rivers = readDataFile<Topology>('rivers.topo.json');
  const { places } = readDataFile<{ places: Place[] }>('places.json');

  const [[x0, y0], [x1, y1]] = VIEW;
  const ring: [number, number][] = [];
  for (let i = 0; i <= 20; i++) ring.push([x0 + ((x1 - x0) * i) / 20, y0]);
  for (let i = 0; i <= 20; i++) ring.push([x1 - ((x1 - x0) * i) / 20, y1]);
  ring.push([x0, y0]);
  const frame: GeoPermissibleObjects = { type: 'Polygon', coordinates: [ring.reverse()] };
  const projection = geoConicConformal().parallels([47.5, 49.5]).rotate([-37.5, 0]).fitWidth(WIDTH, frame);
  const height = Math.ceil(projectedBox(projection, frame)[1][1]);
  projection.clipExtent([[-10, -10], [WIDTH + 10, height + 10]]);
  const path = pathAtDetail(projection, DETAIL, 1);
  const xy = (lonLat: [number, number]) => projection(lonLat)!.map(round1) as [number, number];

  // Rasters: each mask pixel reads the grid at its centre's longitude and latitude.
  const iw = IMAGE_WIDTH;
  const ih = Math.round((IMAGE_WIDTH * height) / WIDTH);
  const heights = new Float64Array(iw * ih);
  const water = new Uint8Array(iw * ih);
  for (let py = 0; py < ih; py++)
    for (let px = 0; px < iw; px++) {
      const [lon, lat] = projection.invert!([((px + 0.5) * WIDTH) / iw, ((py + 0.5) * height) / ih])!;
      const h = heightAt(grid, lon, lat);
      heights[py * iw + px] = h;
      if (h < 1) water[py * iw + px] = 255;
    }
  const pixelKm = kmPerUnit(projection, [37.5, 48.5]) * (WIDTH / iw);
  const shade = hillshade(heights, iw, ih, pixelKm, SHADE_EXAGGERATION);
  const tint = new Uint8Array(iw * ih);
  const shadow = new Uint8Array(iw * ih);
  for (let i = 0; i < iw * ih; i++) {
    tint[i] = level((heights[i] - TINT_LOW) / (TINT_HIGH - TINT_LOW));
    // Darker than the flat only: slopes away from the light; a gentle curve keeps faint shading visible.
    shadow[i] = level(Math.max(0, (Math.SQRT1_2 - shade[i]) / 0.25) ** 0.8);
  }

  const [front] = features(control, STORY_DATE);
  const oblastNames = Object.fromEntries(features(boundaries, 'oblasts').map((f) => [String(f.id), String(f.properties.name_en ?? f.id)]));
  const place = (id: string) => {
    const p = places.find((x) => x.id === id);
    if (!p) throw new Error(`terrain: place "${id}" is not in public/data/places.json`);
    return p;
  };

  const neededTransects = new Set(Object.values(TERRAIN_STATES).map((s) => s.transect));
  const profiles: Profile[] = [...neededTransects].map((id) => {
    const t = transects.find((x) => x.id === id);
    if (!t) throw new Error(`terrain: transect "${id}" is not in public/data/profile.json`);
    return scaleProfile(t, height, oblastNames);
  });

  const cell = cellSizeKm(grid.cellsize, 48.5);
  return {
    width: WIDTH,
    height,
    tint: pngDataUri(greyPng(iw, ih, tint)),
    shadow: pngDataUri(greyPng(iw, ih, shadow)),
    water: water.some((v) => v) ? pngDataUri(greyPng(iw, ih, water)) : null,
    tintRange: [TINT_LOW, TINT_HIGH],
    gridRange: [Math.min(...grid.values.filter((v) => v > 0)), grid.max],
    cellKm: { ns: Math.round(cell.ns * 10) / 10, ew: Math.round(cell.ew * 10) / 10 },
    oblasts: features(boundaries, 'oblasts')
      .map((f) => path(f) ?? '')
      .filter((d) => d !== ''),
    russia: path(features(boundaries, 'countries').find((f) => String(f.id) === '643')!) ?? '',
    occupied: path(front) ?? '',
    rivers: features(rivers, 'rivers')
      .map((f) => path(f) ?? '')
      .filter((d) => d !== ''),
    transectLines: Object.fromEntries(transects.filter((t) => neededTransects.has(t.id as never)).map((t) => [t.id, `M${t.vertices.map((v) => xy(v).join(',')).join('L')}`])),
    belt: BELT_IDS.map((id) => xy([place(id).lon, place(id).lat])),
    mapLabels: [
      ...MAP_LABELS.map((l) => ({ id: l.id, text: l.text, ...(l.sub ? { sub: l.sub } : {}), kind: l.kind, xy: xy(l.at) })),
      ...MAP_TOWNS.map((t) => ({ id: t.id, text: place(t.id).name, kind: 'city' as const, side: t.side, xy: xy([place(t.id).lon, place(t.id).lat]) })),
    ],
    profiles,
    scaleBar: scaleBar(kmPerUnit(projection, [37.5, 48.5]), 1, 110),
  };
}

/** A proportion rounded to what a reader needs: 391 → 400, 87 → 90. */
export const roundScale = (v: number) => (v >= 95 ? Math.round(v / 100) * 100 : Math.round(v / 10) * 10);

/** Puts a transect into chart coordinates, west on the left whichever way it was sampled. */
export function scaleProfile(t: Transect, height: number, oblastNames: Record<string, string>): Profile {
  const bottom = height - PLOT.bottomInset;
  const L = t.lengthKm;
  const reversed = t.samples[0].lon > t.samples[t.samples.length - 1].lon;
  // Sample distances carry two decimals and the length one, so clamp: the line never leaves the plot.
  const X = (d: number) => {
    const c = Math.max(0, Math.min(L, d));
    return round1(PLOT.left + ((reversed ? L - c : c) / L) * (PLOT.right - PLOT.left));
  };
  const Y = (e: number) => round1(bottom - (Math.max(0, e) / Y_MAX) * (bottom - PLOT.top));
  const pts = t.samples.map((s) => [X(s.distanceKm), Y(s.elevation)] as [number, number]).sort((a, b) => a[0] - b[0]);
  const line = `M${pts.map((p) => p.join(',')).join('L')}`;
  const area = `${line}L${pts[pts.length - 1][0]},${bottom}L${pts[0][0]},${bottom}z`;
  const elevationAtX = (x: number) => {
    const i = pts.findIndex((p) => p[0] >= x);
    return i <= 0 ? pts[Math.max(0, i)][1] : pts[i - 1][1] + ((pts[i][1] - pts[i - 1][1]) * (x - pts[i - 1][0])) / (pts[i][0] - pts[i - 1][0] || 1);
  };
  // Stretches inside the Russian-held area, from where the line starts and each crossing.
  const held: [number, number][] = [];
  let inside = t.startsOccupiedOn.occupied;
  let from = 0;
  for (const c of t.frontCrossings) {
    if (inside && c.into === 'ukraine-held') held.push([from, c.distanceKm]);
    if (!inside && c.into === 'occupied') from = c.distanceKm;
    inside = c.into === 'occupied';
  }
  if (inside) held.push([from, L]);
  const xTickStep = L > 200 ? 50 : 20;
  const xTicks: { x: number; text: string }[] = [];
  for (let k = 0; k <= L - xTickStep / 2; k += xTickStep) xTicks.push({ x: round1(PLOT.left + (k / L) * (PLOT.right - PLOT.left)), text: `${k}` });
  const plotW = PLOT.right - PLOT.left;
  const plotH = bottom - PLOT.top;
  return {
    id: t.id,
    label: t.label,
    lengthKm: L,
    date: t.startsOccupiedOn.date,
    line,
    area,
    bottom,
    maxElevation: Math.max(...t.samples.map((s) => s.elevation)),
    minElevation: Math.min(...t.samples.map((s) => s.elevation)),
    held: held.map(([a, b]) => [X(a), X(b)].sort((p, q) => p - q) as [number, number]),
    fronts: t.frontCrossings.map((c) => ({ x: X(c.distanceKm), y: round1(elevationAtX(X(c.distanceKm))) })),
    oblastCrossings: t.oblastCrossings.map((c) => {
      const [west, east] = reversed ? [c.to, c.from] : [c.from, c.to];
      return { x: X(c.distanceKm), west: oblastNames[west] ?? west, east: oblastNames[east] ?? east };
    }),
    places: t.places
      .filter((p) => p.offsetKm <= 3)
      .map((p) => ({ name: p.name, belt: p.belt, x: X(p.distanceKm), y: round1(elevationAtX(X(p.distanceKm))) })),
    // Numbers only (the legend gives the unit): they sit left of the plot, where a small frame has little room.
    yTicks: [0, 100, 200, 300].map((e) => ({ y: Y(e), text: `${e}` })),
    xTicks,
    // Vertical exaggeration: metres per unit across vs. metres per unit up, rounded (it is only a scale
    // drawing's proportion): to the nearest 100 from 100 up, else to the nearest 10.
    exaggeration: roundScale(((L * 1000) / plotW) / (Y_MAX / plotH)),
  };
}
