// Build-time only: projects the Donbas base map and every dated control state into path strings.
import { geoConicConformal, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { readDataFile, type Place } from '../../../lib/data-files';
import { kmPerUnit, pathAtDetail, projectedBox } from '../../../lib/projected-path';
import { boxesOverlap, round1, scaleBar } from '../../../lib/fit';
import { CONTROL_STATES } from './control-timeline.config';
import type { ControlTimelineData } from './control-timeline.state';

const WIDTH = 800;
const HEIGHT = 600;
/** The map's window: the two oblasts with their neighbours' edges and the Russian border. */
const VIEW: [[number, number], [number, number]] = [[35.6, 46.75], [40.3, 50.15]];
/** Detail kept, in viewBox units (≈ 0.5 km): finer than a phone or desktop pixel at this scale. */
const DETAIL = 0.8;
const DONBAS = ['donetsk', 'luhansk'];
/** The Minsk II ceasefire: from then on DeepState's pre-2022 polygon applies. */
const MINSK_II = '2015-02-15';

type Props = Record<string, unknown>;
const features = (topo: Topology, name: string) =>
  (feature(topo, topo.objects[name] as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>).features;

export function prepare(): ControlTimelineData {
  const boundaries = readDataFile<Topology>('boundaries.topo.json');
  const control = readDataFile<Topology>('control.topo.json');
  const rivers = readDataFile<Topology>('rivers.topo.json');
  const { places } = readDataFile<{ places: Place[] }>('places.json');

  const frame: GeoPermissibleObjects = {
    type: 'Polygon',
    coordinates: [[VIEW[0], [VIEW[0][0], VIEW[1][1]], VIEW[1], [VIEW[1][0], VIEW[0][1]], VIEW[0]]],
  };
  const projection = geoConicConformal().parallels([47, 50]).rotate([-38, 0]).fitExtent([[0, 0], [WIDTH, HEIGHT]], frame);
  const path = pathAtDetail(projection, DETAIL, 1);
  const view = projectedBox(projection, frame);
  const inView = (f: Feature) => boxesOverlap(projectedBox(projection, f), view);

  const land: ControlTimelineData['land'] = [
    ...features(boundaries, 'countries')
      .filter((f) => String(f.id) !== '804' && inView(f))
      .map((f) => ({ id: String(f.id), d: path(f) ?? '', kind: 'country' as const })),
    ...features(boundaries, 'oblasts')
      .filter(inView)
      .map((f) => ({ id: String(f.id), d: path(f) ?? '', kind: DONBAS.includes(String(f.id)) ? ('donbas' as const) : ('oblast' as const) })),
  ];

  const dates = Object.keys(CONTROL_STATES).map((id) => {
    const object = control.objects[id];
    if (!object) throw new Error(`control-timeline: public/data/control.topo.json has no state "${id}"`);
    const [f] = features(control, id);
    const p = f.properties as { publisher: string; sinceThen: boolean; schematic: boolean };
    return {
      id,
      label: CONTROL_STATES[id].label,
      occupied: path(f) ?? '',
      publisher: p.publisher,
      sinceThen: p.sinceThen,
      schematic: p.schematic,
      hatch: id >= MINSK_II,
      stampNote: CONTROL_STATES[id].stampNote ?? null,
    };
  });

  const towns: ControlTimelineData['towns'] = {};
  for (const spec of Object.values(CONTROL_STATES))
    for (const [id] of spec.towns) {
      const place = places.find((p) => p.id === id);
      if (!place) throw new Error(`control-timeline: town "${id}" is not in places.json`);
      const [x, y] = projection([place.lon, place.lat])!;
      towns[id] = { name: place.name, x: round1(x), y: round1(y) };
    }

  const at = (lonLat: [number, number]) => projection(lonLat)!.map(round1) as [number, number];

  return {
    width: WIDTH,
    height: HEIGHT,
    land,
    rivers: features(rivers, 'rivers').filter(inView).map((f) => path(f) ?? ''),
    since2014: path(features(control, 'since2014')[0]) ?? '',
    dates,
    towns,
    regions: [
      { text: 'DONETSK OBLAST', ...xy(at([37.0, 47.55])) },
      { text: 'LUHANSK OBLAST', ...xy(at([39.35, 49.45])) },
      { text: 'RUSSIA', ...xy(at([40.05, 47.45])) },
    ],
    scaleBar: scaleBar(kmPerUnit(projection, [38, 48.5]), 1, 90),
  };
}

const xy = ([x, y]: [number, number]) => ({ x, y });
