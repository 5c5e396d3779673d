/**
 * The talks timeline's named states: an overview, one state per phase of the diplomacy, and the states
 * the story uses that open two neighbouring phases at once (December, January). An opened phase shows its
 * events with their text and sources. Labels and text alternatives come from the content file
 * (src/stories/facts/talks-timeline.json), so an event is written once.
 */
import facts from '../../../stories/facts/talks-timeline.json';
import { dayText } from '../../../lib/day-text';

export interface TimelineStateSpec {
  label: string;
  alt: string;
  /** The phases opened, in time order; none in the overview. */
  phases: string[];
}

/** The text alternative of a state that opens these phases: each phase with its events. */
export function phasesAlt(ids: string[]): string {
  const parts = ids.map((id) => {
    const phase = facts.phases.find((p) => p.id === id)!;
    const events = facts.events
      .filter((e) => e.phase === id)
      .map((e) => `${e.title}: ${e.text}${e.sinceThen ? ` ${e.sinceThen}` : ''}`);
    return `${phase.name} (${phase.span}): ${events.join(' ')}`;
  });
  return `Timeline of the talks, with ${ids.length > 1 ? 'these phases' : 'this phase'} opened. ${parts.join(' ')}`;
}

/** Neighbouring phases the story opens together. */
const GROUPS: Record<string, { label: string; phases: string[] }> = {
  december: { label: 'December: red lines, Berlin and the 20 points', phases: ['pushback', 'berlin'] },
  january: { label: 'January: Paris, Davos and Abu Dhabi', phases: ['paris-davos', 'abu-dhabi'] },
};

export const TIMELINE_STATES: Record<string, TimelineStateSpec> = {
  overview: {
    label: 'All phases',
    alt: `A vertical timeline of the diplomacy from 19 November 2025 to the round expected on 1 February 2026, in ${facts.phases.length} phases: ${facts.phases
      .map((p) => `${p.name} (${p.span})`)
      .join('; ')}. A marker shows the story’s “now”, ${dayText(facts.now, true)}.`,
    phases: [],
  },
  ...Object.fromEntries(facts.phases.map((p) => [p.id, { label: p.name, alt: phasesAlt([p.id]), phases: [p.id] }])),
  ...Object.fromEntries(Object.entries(GROUPS).map(([id, g]) => [id, { label: g.label, alt: phasesAlt(g.phases), phases: g.phases }])),
};
