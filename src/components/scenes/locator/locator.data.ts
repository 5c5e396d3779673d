// Build-time only: projects the boundary data once into path strings and label anchors, so the
// browser needs neither d3-geo nor the TopoJSON.
import { geoConicConformal, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { readDataFile, type Place } from '../../../lib/data-files';
import { boxesOverlap, round1, type Box } from '../../../lib/fit';
import { kmPerUnit, pathAtDetail, projectedBox } from '../../../lib/projected-path';
import { LOCATOR_STATES, ANNEXED_OBLASTS, type Region } from './locator.config';
import type { LocatorData, Shape } from './locator.state';

export const WIDTH = 800;
export const HEIGHT = 600;

// Detail kept, in viewBox units at zoom 1 (about 0.9 px on a desktop): fine where the map zooms in
// (the Donbas, its neighbours, Russia; 0.06 units ≈ 0.9 px at the belt's zoom of ~16), coarse where it
// is only seen from afar (oblasts at zoom ≤ 3, other countries at zoom ≤ 2.5).
const FINE = 0.06;
const COARSE_OBLAST = 0.3;
const COARSE_COUNTRY = 0.8;
const FINE_OBLASTS = ['donetsk', 'luhansk', 'kharkiv', 'dnipropetrovsk', 'zaporizhzhia'];
const FINE_COUNTRIES = ['643']; // Russia

type Props = { name?: string; name_en?: string };

const REGION_BOXES: Record<Region, (f: (ids: string[]) => GeoPermissibleObjects) => GeoPermissibleObjects> = {
  europe: () => bboxPolygon([4, 40], [46, 58]),
  ukraine: (oblasts) => oblasts(['*']),
  donbas: (oblasts) => oblasts(['donetsk', 'luhansk']),
  annexed: (oblasts) => oblasts(ANNEXED_OBLASTS),
  belt: () => bboxPolygon([37.15, 48.42], [38.2, 49.08]),
};

function bboxPolygon([x0, y0]: [number, number], [x1, y1]: [number, number]): GeoPermissibleObjects {
  // Densified edges: a conic projection bends parallels, so corners alone would under-fit.
  const ring: [number, number][] = [];
  for (let i = 0; i <= 10; i++) ring.push([x0 + ((x1 - x0) * i) / 10, y0]);
  for (let i = 0; i <= 10; i++) ring.push([x1 - ((x1 - x0) * i) / 10, y1]);
  ring.push([x0, y0]);
  return { type: 'Polygon', coordinates: [ring.reverse()] };
}

export function prepare(): LocatorData {
  const topo = readDataFile<Topology>('boundaries.topo.json');
  const { places } = readDataFile<{ places: Place[] }>('places.json');
  const collection = (name: string) =>
    feature(topo, topo.objects[name] as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>;
  const rivers = readDataFile<Topology>('rivers.topo.json');
  const countries = collection('countries').features;
  const oblasts = collection('oblasts').features;

  // Conformal conic centred on Ukraine: true shapes around the Donbas, fine for Europe at this scale.
  const projection = geoConicConformal().parallels([45, 52]).rotate([-31, 0]).center([0, 49]);
  projection.fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], REGION_BOXES.europe(() => null as never));
  const shape = (f: Feature<Geometry, Props>, epsilon: number): Shape => ({
    id: String(f.id),
    name: f.properties?.name_en ?? f.properties?.name ?? String(f.id),
    d: pathAtDetail(projection, epsilon)(f) ?? '',
    box: projectedBox(projection, f).map(([x, y]) => [round1(x), round1(y)]) as Box,
  });

  const pick = (ids: string[]): GeoPermissibleObjects => ({
    type: 'FeatureCollection',
    features: ids[0] === '*' ? oblasts : oblasts.filter((f) => ids.includes(String(f.id))),
  });
  const boxes = Object.fromEntries(
    (Object.keys(REGION_BOXES) as Region[]).map((r) => [r, projectedBox(projection, REGION_BOXES[r](pick))]),
  ) as Record<Region, Box>;

  // Per state, because one label id (e.g. "russia") sits in different places at different zooms.
  const anchors: Record<string, Record<string, [number, number]>> = {};
  for (const [state, spec] of Object.entries(LOCATOR_STATES)) {
    anchors[state] = {};
    for (const label of spec.labels) {
      const place = places.find((p) => p.id === label.id);
      const at = label.at ?? (place ? ([place.lon, place.lat] as [number, number]) : undefined);
      if (!at) throw new Error(`locator: label "${label.id}" has no position and is not in places.json`);
      const xy = projection(at);
      if (!xy) throw new Error(`locator: label "${label.id}" cannot be projected`);
      anchors[state][label.id] = [round1(xy[0]), round1(xy[1])];
    }
  }

  const populations = Object.fromEntries(
    places.filter((p) => p.population2022 !== null).map((p) => [p.id, p.population2022!]),
  );

  return {
    width: WIDTH,
    populations,
    height: HEIGHT,
    countries: countries
      .filter((f) => String(f.id) !== '804')
      .map((f) => shape(f, FINE_COUNTRIES.includes(String(f.id)) ? FINE : COARSE_COUNTRY))
      .filter((c) => boxesOverlap(c.box, widened(boxes.europe))),
    ukraine: shape(countries.find((f) => String(f.id) === '804')!, COARSE_COUNTRY),
    oblasts: oblasts.map((f) => shape(f, FINE_OBLASTS.includes(String(f.id)) ? FINE : COARSE_OBLAST)),
    rivers: (feature(rivers, rivers.objects.rivers as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>).features
      .filter((f) => f.id !== 'dnipro')
      .map((f) => shape(f, FINE)),
    boxes,
    anchors,
    // At the Donbas, where the scale bar is shown.
    kmPerUnit: kmPerUnit(projection, [37.5, 48.5]),
  };
}

/** The widest view any state shows: the European box with the frame's slack on every side. */
const widened = ([[x0, y0], [x1, y1]]: Box): Box => [[x0 - 0.5 * WIDTH, y0 - 0.5 * HEIGHT], [x1 + 0.5 * WIDTH, y1 + 0.5 * HEIGHT]];
