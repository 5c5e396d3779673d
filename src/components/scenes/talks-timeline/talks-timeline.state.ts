import { TIMELINE_STATES } from './talks-timeline.config';

/** One event as drawn: the content file's event with dates written out, credits and its place on the strip. */
export interface TimelineEvent {
  id: string;
  phase: string;
  date: string;
  /** e.g. "19–21 Nov 2025", "2 Dec 2025". */
  dateText: string;
  title: string;
  text: string;
  expected: boolean;
  sources: string[];
  credits: string[];
  asOf: string;
  sinceThen?: string;
  sinceThenCredits?: string[];
  /** Position on the date strip (viewBox units): start, and end for multi-day events. */
  x: number;
  x2: number;
}

/** Built at build time (talks-timeline.data.ts) from src/stories/facts/talks-timeline.json. */
export interface TimelineData {
  title: string;
  now: string;
  nowText: string;
  nowLabel: string;
  phases: { id: string; name: string; span: string; x0: number; x1: number }[];
  events: TimelineEvent[];
  /** The proportional date strip above the list. */
  strip: { width: number; height: number; axisY: number; dayTicks: string; months: { x: number; text: string }[]; nowX: number };
}

export interface TimelineDrawn extends TimelineData {
  state: string;
  /** The phases opened (highlighted, events with text), in time order; none in the overview. */
  openPhases: string[];
}

export const DEFAULT_STATE = 'overview';

export function stateFor(data: TimelineData, state: string, _progress = 0): TimelineDrawn {
  const key = state in TIMELINE_STATES ? state : DEFAULT_STATE;
  return { ...data, state: key, openPhases: TIMELINE_STATES[key].phases };
}
