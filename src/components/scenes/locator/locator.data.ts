// Build-time only: projects the boundary data once into path strings and label anchors, so the
// browser needs neither d3-geo nor the TopoJSON.
import { geoConicConformal, geoPath, geoDistance, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { readDataFile, type Place } from '../../../lib/data-files';
import type { Box } from '../../../lib/fit';
import { LOCATOR_STATES, ANNEXED_OBLASTS, type Region } from './locator.config';
import type { LocatorData, Shape } from './locator.state';

export const WIDTH = 800;
export const HEIGHT = 600;
const EARTH_RADIUS_KM = 6371.0088;

type Props = { name?: string; name_en?: string };

const REGION_BOXES: Record<Region, (f: (ids: string[]) => GeoPermissibleObjects) => GeoPermissibleObjects> = {
  europe: () => bboxPolygon([2, 38], [52, 61]),
  ukraine: (oblasts) => oblasts(['*']),
  donbas: (oblasts) => oblasts(['donetsk', 'luhansk']),
  annexed: (oblasts) => oblasts(ANNEXED_OBLASTS),
  belt: () => bboxPolygon([37.0, 47.95], [38.25, 48.95]),
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
  const places = readDataFile<Place[]>('places.json');
  const collection = (name: string) =>
    feature(topo, topo.objects[name] as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>;
  const countries = collection('countries').features;
  const oblasts = collection('oblasts').features;

  // Conformal conic centred on Ukraine: true shapes around the Donbas, fine for Europe at this scale.
  const projection = geoConicConformal().parallels([45, 52]).rotate([-31, 0]).center([0, 49]);
  projection.fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], REGION_BOXES.europe(() => null as never));
  const fine = geoPath(projection).digits(2);
  const coarse = geoPath(projection).digits(1);
  const shape = (f: Feature<Geometry, Props>, path: typeof fine): Shape => ({
    id: String(f.id),
    name: f.properties?.name_en ?? f.properties?.name ?? String(f.id),
    d: path(f) ?? '',
  });

  const pick = (ids: string[]): GeoPermissibleObjects => ({
    type: 'FeatureCollection',
    features: ids[0] === '*' ? oblasts : oblasts.filter((f) => ids.includes(String(f.id))),
  });
  const boxes = Object.fromEntries(
    (Object.keys(REGION_BOXES) as Region[]).map((r) => [r, fine.bounds(REGION_BOXES[r](pick)) as Box]),
  ) as Record<Region, Box>;

  const anchors: Record<string, [number, number]> = {};
  for (const spec of Object.values(LOCATOR_STATES)) {
    for (const label of spec.labels) {
      const place = places.find((p) => p.id === label.id);
      const at = label.at ?? (place ? ([place.lon, place.lat] as [number, number]) : undefined);
      if (!at) throw new Error(`locator: label "${label.id}" has no position and is not in places.json`);
      const xy = projection(at);
      if (!xy) throw new Error(`locator: label "${label.id}" cannot be projected`);
      anchors[label.id] = [round(xy[0]), round(xy[1])];
    }
  }

  // Kilometres per viewBox unit at the Donbas, for the scale bar (conformal: the same in every direction).
  const a = projection([37.5, 48.5])!;
  const b = projection.invert!([a[0] + 100, a[1]])!;
  const kmPerUnit = (geoDistance([37.5, 48.5], b) * EARTH_RADIUS_KM) / 100;

  return {
    width: WIDTH,
    height: HEIGHT,
    countries: countries.filter((f) => String(f.id) !== '804').map((f) => shape(f, coarse)),
    oblasts: oblasts.map((f) => shape(f, fine)),
    boxes,
    anchors,
    kmPerUnit,
  };
}

const round = (v: number) => Math.round(v * 10) / 10;
