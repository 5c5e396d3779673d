// Build-time only: reads the ledger (src/stories/facts/the-trade.json), validates it, fills its figures
// from public/data (held area from occupied-area.csv, populations from places.json) and projects a
// small map of Donetsk Oblast, so the browser gets finished text and path strings.
import { geoConicConformal } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { readDataFile, type Place } from '../../../lib/data-files';
import { donetskHeldOn, type HeldArea } from '../../../lib/held-area';
import { pathAtDetail, projectedBox } from '../../../lib/projected-path';
import { round1 } from '../../../lib/fit';
import { dayText, STORY_DATE } from '../../../lib/day-text';
import { formatNumber } from '../../../lib/format-number';
import { creditLine } from '../../../stories/facts/credits';
import { parseFacts, tradeFile, type TradeLine } from '../../../stories/facts/schema';
import ledger from '../../../stories/facts/the-trade.json';
import { TRADE_STATES } from './the-trade.config';
import type { TradeData, TradeItem } from './the-trade.state';

const MAP_WIDTH = 200;

/**
 * The values the ledger's `{placeholders}` stand for. The held area is given to the km², as chapter 2
 * gives it (the same DeepState polygons, the same calculation), so the two chapters show one figure.
 */
export function placeholders(held: HeldArea, belt: { name: string; population: number }[]): Record<string, string> {
  return {
    heldKm2: formatNumber(Math.round(held.heldKm2)),
    heldPct: `${held.heldPct.toFixed(1)}%`,
    date: dayText(held.date, true),
    beltPopulation: formatNumber(belt.reduce((s, c) => s + c.population, 0)),
    beltList: belt.map((c) => `${c.name} ${formatNumber(c.population)}`).join(' · '),
  };
}

/** Replaces each `{name}` in `text`; an unknown name fails the build with the line's id. */
export function fill(text: string, values: Record<string, string>, id: string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`the-trade.json, line "${id}": unknown placeholder {${name}} (known: ${Object.keys(values).join(', ')})`);
    return values[name];
  });
}

type Props = Record<string, unknown>;
const features = (topo: Topology, name: string) =>
  (feature(topo, topo.objects[name] as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>).features;

function miniMap(cities: Place[]): TradeData['map'] {
  const boundaries = readDataFile<Topology>('boundaries.topo.json');
  const control = readDataFile<Topology>('control.topo.json');
  const oblast = features(boundaries, 'oblasts').find((f) => f.id === 'donetsk');
  if (!oblast) throw new Error('the-trade: boundaries.topo.json has no "donetsk" oblast');
  if (!control.objects[STORY_DATE]) throw new Error(`the-trade: control.topo.json has no state "${STORY_DATE}"`);
  const occupied = features(control, STORY_DATE)[0] as Feature;
  const projection = geoConicConformal().parallels([47, 50]).rotate([-38, 0]).fitWidth(MAP_WIDTH - 4, oblast);
  const [[, y0], [, y1]] = projectedBox(projection, oblast);
  const height = Math.ceil(y1 - y0) + 4;
  projection.fitExtent([[2, 2], [MAP_WIDTH - 2, height - 2]], oblast);
  // Clip the (country-wide) occupied area to the frame so the path carries nothing off-map.
  projection.clipExtent([[-4, -4], [MAP_WIDTH + 4, height + 4]]);
  const path = pathAtDetail(projection, 1.2, 1);
  return {
    width: MAP_WIDTH,
    height,
    oblast: path(oblast) ?? '',
    occupied: path(occupied) ?? '',
    cities: cities.map((c) => {
      const [x, y] = projection([c.lon, c.lat])!;
      return { id: c.id, x: round1(x), y: round1(y) };
    }),
  };
}

export function prepare(): TradeData {
  const file = parseFacts(tradeFile, ledger, 'the-trade.json');
  const ids = [...file.give, ...file.get].map((l) => l.id);
  for (const [state, spec] of Object.entries(TRADE_STATES))
    for (const id of [...spec.reveal, ...spec.highlight])
      if (!ids.includes(id)) throw new Error(`the-trade state "${state}" names line "${id}", which src/stories/facts/the-trade.json does not have`);

  const held = donetskHeldOn(STORY_DATE);
  const { places } = readDataFile<{ places: Place[] }>('places.json');
  const belt = places.filter((p) => p.belt && p.population2022).sort((a, b) => b.lat - a.lat);
  if (belt.length !== 4) throw new Error(`the-trade: places.json should have 4 belt cities with populations, has ${belt.length}`);
  const values = placeholders(held, belt.map((p) => ({ name: p.name, population: p.population2022! })));

  const item = (l: TradeLine): TradeItem => ({
    id: l.id,
    title: fill(l.title, values, l.id),
    value: l.value ? fill(l.value, values, l.id) : null,
    detail: fill(l.detail, values, l.id),
    attribution: creditLine(l.sources),
    asOf: l.asOf,
    asOfText: dayText(l.asOf),
    sources: l.sources,
    denies: l.denies ?? null,
  });
  return { date: held.date, dateText: dayText(held.date), give: file.give.map(item), get: file.get.map(item), map: miniMap(belt) };
}
