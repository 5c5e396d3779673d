// Build-time only: reads public/data/occupied-area.csv and scales it into chart paths, so the browser
// needs no charting code.
import { readDataText } from '../../../lib/data-files';
import { EVENTS, ISW_PROJECTION, STORY_END } from './occupied-share.config';
import type { ShareData } from './occupied-share.state';
import { round1 } from '../../../lib/fit';

const WIDTH = 800;
const HEIGHT = 480;
const PLOT = { left: 8, right: 792, top: 40, bottom: 440 };
const X_FROM = Date.UTC(2022, 0, 1);
const X_TO = Date.UTC(2027, 8, 30);

interface Row {
  date: string;
  series: string;
  donetsk_km2: number;
  donetsk_pct: number;
  luhansk_km2: number;
  luhansk_pct: number;
}

/** Parses occupied-area.csv (quoted fields allowed), failing with the line number on a bad row. */
export function parseAreaCsv(text: string): Row[] {
  const [header, ...lines] = text.trim().split('\n');
  const names = header.split(',');
  return lines.map((line, i) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    const get = (name: string) => cells[names.indexOf(name)];
    const row = {
      date: get('date'),
      series: get('series'),
      donetsk_km2: Number(get('donetsk_km2')),
      donetsk_pct: Number(get('donetsk_pct')),
      luhansk_km2: Number(get('luhansk_km2')),
      luhansk_pct: Number(get('luhansk_pct')),
    };
    if (!/^\d{4}-\d\d-\d\d$/.test(row.date) || Object.values(row).some((v) => typeof v === 'number' && !Number.isFinite(v)))
      throw new Error(`occupied-area.csv line ${i + 2}: malformed row "${line.slice(0, 60)}"`);
    return row;
  });
}

export const xOf = (date: string) =>
  PLOT.left + ((Date.parse(`${date}T00:00:00Z`) - X_FROM) / (X_TO - X_FROM)) * (PLOT.right - PLOT.left);
export const yOf = (pct: number) => PLOT.bottom - (pct / 100) * (PLOT.bottom - PLOT.top);


/** Event markers closer than this (viewBox units) share one label ("6·7") so numbers never collide. */
const MARKER_GAP = 28;
export function markerLabels(events: { n: number; x: number }[]): { text: string; x: number }[] {
  const groups: { n: number; x: number }[][] = [];
  for (const e of events) {
    const last = groups.at(-1);
    if (last && e.x - last[0].x < MARKER_GAP) last.push(e);
    else groups.push([e]);
  }
  return groups.map((g) => ({ text: g.map((e) => e.n).join('·'), x: round1(g.reduce((s, e) => s + e.x, 0) / g.length) }));
}
const line = (points: [number, number][]) => (points.length ? 'M' + points.map(([x, y]) => `${round1(x)},${round1(y)}`).join('L') : '');

export function prepare(): ShareData {
  const rows = parseAreaCsv(readDataText('occupied-area.csv'));
  const point = (r: Row, id: 'donetsk' | 'luhansk'): [number, number] => [xOf(r.date), yOf(r[`${id}_pct`])];
  const baseline = rows.filter((r) => r.series === 'ordlo');
  const mapped = rows.filter((r) => r.series !== 'ordlo');
  const story = mapped.filter((r) => r.date <= STORY_END);
  const after = mapped.filter((r) => r.date >= story.at(-1)!.date);
  const summary = (r: Row, id: 'donetsk' | 'luhansk') => ({
    x: round1(xOf(r.date)),
    y: round1(yOf(r[`${id}_pct`])),
    pct: r[`${id}_pct`],
    km2: r[`${id}_km2`],
    date: r.date,
  });

  const series = (['donetsk', 'luhansk'] as const).map((id) => ({
    id,
    name: id === 'donetsk' ? 'Donetsk Oblast' : 'Luhansk Oblast',
    line: line(story.map((r) => point(r, id))),
    gap: line([point(baseline[0], id), point(story[0], id)]),
    sinceThen: line(after.map((r) => point(r, id))),
    end: summary(story.at(-1)!, id),
    latest: summary(mapped.at(-1)!, id),
  }));

  const start = story.find((r) => r.date === ISW_PROJECTION.from)!;
  const years = [2022, 2023, 2024, 2025, 2026, 2027];
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    series,
    projection: {
      line: line([point(start, 'donetsk'), [xOf(ISW_PROJECTION.to), yOf(100)]]),
      endX: round1(xOf(ISW_PROJECTION.to)),
      endY: round1(yOf(100)),
    },
    events: EVENTS.map((e, i) => ({ n: i + 1, ...e, x: round1(xOf(e.date)) })),
    markers: markerLabels(EVENTS.map((e, i) => ({ n: i + 1, x: xOf(e.date) }))),
    xTicks: years.map((y) => ({ x: round1(xOf(`${y}-01-01`)), text: String(y) })),
    // 100% is drawn as a gridline but not labelled: Luhansk's line runs along it.
    yTicks: [0, 25, 50, 75, 100].map((p) => ({ y: round1(yOf(p)), text: p === 100 ? '' : `${p}%` })),
    storyEndX: round1(xOf(STORY_END)),
  };
}
