// Build-time only: validates src/stories/facts/talks-timeline.json (a bad file fails the build with a
// message naming the event), writes dates out, resolves source credits and lays the events on a
// proportional date strip, so the browser only draws.
import facts from '../../../stories/facts/talks-timeline.json';
import { parseFacts, timelineFile, type TimelineFile } from '../../../stories/facts/positions.schema';
import { creditsFor } from '../../../stories/facts/credits';
import { dayText } from '../../../lib/day-text';
import { round1 } from '../../../lib/fit';
import type { TimelineData } from './talks-timeline.state';

const WIDTH = 600;
const HEIGHT = 40;
const AXIS_Y = 24;
const PAD = 8;
const MS_DAY = 86_400_000;

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** "19–21 Nov 2025", "30 Nov – 2 Dec 2025", "28 Dec 2025 – 2 Jan 2026", or one day. */
export function rangeText(from: string, to?: string): string {
  if (!to || to === from) return dayText(from);
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  if (y1 !== y2) return `${dayText(from)} – ${dayText(to)}`;
  // dayText writes "d Mon yyyy": drop the parts the end date repeats.
  const start = dayText(from).split(' ');
  if (m1 !== m2) return `${start[0]} ${start[1]} – ${dayText(to)}`;
  return `${start[0]}–${dayText(to)}`;
}

/** A linear scale from dates to strip x, with a few days' margin on each side of the events and "now". */
export function stripScale(first: string, last: string) {
  const t0 = utc(first) - 3 * MS_DAY;
  const t1 = utc(last) + 3 * MS_DAY;
  const x = (date: string) => round1(PAD + ((utc(date) - t0) / (t1 - t0)) * (WIDTH - 2 * PAD));
  return { x, t0, t1 };
}

export function build(file: TimelineFile): TimelineData {
  const last = [file.now, ...file.events.map((e) => e.dateEnd ?? e.date)].sort().at(-1)!;
  const { x, t0, t1 } = stripScale(file.events[0].date, last);
  const ticks: string[] = [];
  const months: { x: number; text: string }[] = [];
  for (let t = t0 + MS_DAY; t < t1; t += MS_DAY) {
    const day = iso(t);
    const first = day.endsWith('-01');
    // A tick a day, taller on the first of a month (labelled below the strip).
    ticks.push(`M${x(day)},${AXIS_Y}v${first ? 9 : 3}`);
    if (first) months.push({ x: x(day), text: dayText(day).slice(2) });
  }
  const events = file.events.map((e) => ({
    id: e.id,
    phase: e.phase,
    date: e.date,
    dateText: rangeText(e.date, e.dateEnd),
    title: e.title,
    text: e.text,
    expected: e.expected ?? false,
    sources: e.sources,
    credits: creditsFor(e.sources),
    asOf: e.asOf,
    ...(e.sinceThen ? { sinceThen: e.sinceThen, sinceThenCredits: creditsFor(e.sinceThenSources ?? []) } : {}),
    x: x(e.date),
    x2: x(e.dateEnd ?? e.date),
  }));
  return {
    title: file.title,
    now: file.now,
    nowText: dayText(file.now),
    nowLabel: file.nowLabel,
    phases: file.phases.map((p) => {
      const inPhase = events.filter((e) => e.phase === p.id);
      return { ...p, x0: Math.min(...inPhase.map((e) => e.x)), x1: Math.max(...inPhase.map((e) => e.x2)) };
    }),
    events,
    strip: { width: WIDTH, height: HEIGHT, axisY: AXIS_Y, dayTicks: ticks.join(''), months, nowX: x(file.now) },
  };
}

export function prepare(): TimelineData {
  return build(parseFacts(timelineFile, facts, 'src/stories/facts/talks-timeline.json'));
}
