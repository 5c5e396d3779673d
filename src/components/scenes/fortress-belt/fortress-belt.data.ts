// Build-time only: projects the belt's base map, rivers and the Russian-held area on the story's date, and
// measures each belt city's distance to that area on the sphere, so the browser gets only paths and numbers.
import { geoConicConformal, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { readDataFile, type Place } from '../../../lib/data-files';
import { round1, scaleBar } from '../../../lib/fit';
import { kmPerUnit, pathAtDetail, projectedBox } from '../../../lib/projected-path';
import { distanceToBoundary } from './distance';
import { STORY_DATE as FRONT_DATE, dayText } from '../../../lib/day-text';
import { ATTACKS, BELT, HIGHWAY, HIGHWAY_LABEL, RIVER_LABELS, TOWNS, VIEW } from './fortress-belt.config';
import type { BeltData } from './fortress-belt.state';

export const WIDTH = 800;
/** Detail kept, in viewBox units (≈ 0.15 km): finer than a pixel even on a wide screen. */
const DETAIL = 0.6;
const OBLASTS_SHOWN = ['donetsk', 'kharkiv', 'luhansk', 'dnipropetrovsk'];

type Props = Record<string, unknown> & { name?: string };
const features = (topo: Topology, name: string) =>
  (feature(topo, topo.objects[name] as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>).features;

/** Places by id from places.json, failing loudly on a missing one. */
function placeFinder(places: Place[]) {
  return (id: string) => {
    const p = places.find((x) => x.id === id);
    if (!p) throw new Error(`fortress-belt: place "${id}" is not in public/data/places.json`);
    return p;
  };
}

export function prepare(): BeltData {
  const boundaries = readDataFile<Topology>('boundaries.topo.json');
  const control = readDataFile<Topology>('control.topo.json');
  const rivers = readDataFile<Topology>('rivers.topo.json');
  const { places } = readDataFile<{ places: (Place & { populationSource: { publisher: string; date: string } | null })[] }>('places.json');
  const place = placeFinder(places);
  const sourced = (id: string) => places.find((x) => x.id === id)?.populationSource != null;

  const [[x0, y0], [x1, y1]] = VIEW;
  const ring: [number, number][] = [];
  for (let i = 0; i <= 10; i++) ring.push([x0 + ((x1 - x0) * i) / 10, y0]);
  for (let i = 0; i <= 10; i++) ring.push([x1 - ((x1 - x0) * i) / 10, y1]);
  ring.push([x0, y0]);
  const frame: GeoPermissibleObjects = { type: 'Polygon', coordinates: [ring.reverse()] };

  // Conformal conic centred on the belt, as the other maps: true shapes and one scale in every direction.
  const projection = geoConicConformal().parallels([48, 49.5]).rotate([-37.6, 0]).fitWidth(WIDTH, frame);
  const height = Math.ceil(projectedBox(projection, frame)[1][1]);
  projection.clipExtent([[-20, -20], [WIDTH + 20, height + 20]]);
  const path = pathAtDetail(projection, DETAIL, 1);
  const xy = (lonLat: [number, number]) => projection(lonLat)!.map(round1) as [number, number];

  const frontObject = control.objects[FRONT_DATE];
  if (!frontObject) throw new Error(`fortress-belt: public/data/control.topo.json has no object "${FRONT_DATE}"`);
  const [front] = features(control, FRONT_DATE);
  const frontProps = front.properties as { publisher: string; sinceThen: boolean };
  if (frontProps.sinceThen) throw new Error(`fortress-belt: ${FRONT_DATE} is after the story's date`);

  const cities = BELT.map(({ id }) => {
    const p = place(id);
    const d = distanceToBoundary([p.lon, p.lat], front.geometry as Polygon | MultiPolygon);
    if (!p.population2022 || !sourced(id)) throw new Error(`fortress-belt: ${id} has no sourced 2022 population`);
    return {
      id,
      name: p.name,
      population: p.population2022,
      km: Math.round(d.km * 10) / 10,
      inside: d.inside,
      city: xy([p.lon, p.lat]),
      nearest: xy(d.at),
      nearestLonLat: d.at.map((v) => Math.round(v * 1e4) / 1e4) as [number, number],
    };
  });

  const arrow = (line: [number, number][]) => {
    const pts = line.map(xy);
    return `M${pts.map((p) => p.join(',')).join('L')}`;
  };

  return {
    width: WIDTH,
    height,
    frontDate: dayText(FRONT_DATE),
    publisher: frontProps.publisher,
    land: features(boundaries, 'oblasts')
      .filter((f) => OBLASTS_SHOWN.includes(String(f.id)))
      .map((f) => ({ id: String(f.id), d: path(f) ?? '' })),
    rivers: features(rivers, 'rivers')
      .map((f) => ({ id: String(f.id), d: path(f) ?? '' }))
      .filter((r) => r.d !== ''),
    riverLabels: RIVER_LABELS.map((r) => ({ id: r.id, text: r.text, xy: xy(r.at) })),
    occupied: path(front) ?? '',
    cities,
    towns: TOWNS.map(({ id, side }) => ({ id, name: place(id).name, side, xy: xy([place(id).lon, place(id).lat]) })),
    highway: arrow(HIGHWAY.map((id) => [place(id).lon, place(id).lat])),
    highwayLabel: { text: HIGHWAY_LABEL.text, xy: xy(HIGHWAY_LABEL.at) },
    attacks: ATTACKS.map((a) => ({ id: a.id, text: a.text, ...(a.sub ? { sub: a.sub } : {}), d: arrow(a.line), labelXY: xy(a.labelAt) })),
    scaleBar: scaleBar(kmPerUnit(projection, [37.6, 48.65]), 1, 110),
  };
}
