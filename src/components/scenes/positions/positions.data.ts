// Build-time only: validates src/stories/facts/positions.json (a bad file fails the build with a message
// naming the cell), resolves each cell's source credits and dates, and projects the small inset map of
// Ukraine (oblasts and the Russian-held area on 27 Jan 2026) from public/data.
import { geoConicConformal } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { readDataFile } from '../../../lib/data-files';
import { pathAtDetail } from '../../../lib/projected-path';
import facts from '../../../stories/facts/positions.json';
import { creditsFor } from '../../../stories/facts/credits';
import { dayText, STORY_DATE } from '../../../lib/day-text';
import { parseFacts, positionsFile, type PositionsFile } from '../../../stories/facts/positions.schema';
import type { PositionsData } from './positions.state';

const WIDTH = 200;
const HEIGHT = 136;

/** Turns a validated content file into rows of drawn cells (issues × parties, in file order). */
export function buildCells(file: PositionsFile): PositionsData['cells'] {
  return file.issues.map((issue) =>
    file.parties.map((party) => {
      const c = file.cells.find((c) => c.party === party.id && c.issue === issue.id)!;
      return {
        party: c.party,
        issue: c.issue,
        tag: c.tag,
        stance: c.stance,
        noPosition: c.noPosition ?? false,
        sources: c.sources,
        credits: creditsFor(c.sources),
        asOf: c.asOf,
        asOfText: dayText(c.asOf),
      };
    }),
  );
}

type Props = Record<string, unknown>;

function inset(): PositionsData['inset'] {
  const boundaries = readDataFile<Topology>('boundaries.topo.json');
  const control = readDataFile<Topology>('control.topo.json');
  if (!control.objects[STORY_DATE]) throw new Error(`positions: public/data/control.topo.json has no state "${STORY_DATE}"`);
  const oblasts = (feature(boundaries, boundaries.objects.oblasts as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>).features;
  const ukraine = { type: 'FeatureCollection', features: oblasts } as FeatureCollection;
  const projection = geoConicConformal().parallels([45, 52]).rotate([-31, 0]).fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], ukraine);
  // Coarse on purpose, in whole units: the inset is 5–5.5 rem wide (about 140 px in presentation mode).
  const path = pathAtDetail(projection, 1.5, 0);
  const occupied = (feature(control, control.objects[STORY_DATE] as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>).features;
  return {
    width: WIDTH,
    height: HEIGHT,
    oblasts: oblasts.map((f) => ({ id: String(f.id), d: path(f) ?? '' })),
    occupied: occupied.map((f) => path(f) ?? '').join(''),
    outline: path(merge(boundaries, (boundaries.objects.oblasts as GeometryCollection).geometries as never)) ?? '',
  };
}

export function prepare(): PositionsData {
  const file = parseFacts(positionsFile, facts, 'src/stories/facts/positions.json');
  return {
    asOf: file.asOf,
    asOfText: dayText(file.asOf),
    controlDateText: dayText(STORY_DATE),
    note: file.note,
    parties: file.parties,
    issues: file.issues.map(({ id, name, short }) => ({ id, name, short })),
    cells: buildCells(file),
    inset: inset(),
  };
}
