/**
 * The talks timeline's named states: an overview, and one state per phase of the diplomacy that opens
 * that phase's events. Labels and text alternatives come from the content file
 * (src/stories/facts/talks-timeline.json), so an event is written once.
 */
import facts from '../../../stories/facts/talks-timeline.json';

export interface TimelineStateSpec {
  label: string;
  alt: string;
  /** The phase highlighted, or null for the overview. */
  phase: string | null;
}

const phaseAlt = (id: string) => {
  const phase = facts.phases.find((p) => p.id === id)!;
  const events = facts.events.filter((e) => e.phase === id).map((e) => `${e.title}: ${e.text}`);
  return `Timeline of the talks, ${phase.name} (${phase.span}) highlighted. ${events.join(' ')}`;
};

export const TIMELINE_STATES: Record<string, TimelineStateSpec> = {
  overview: {
    label: 'All phases',
    alt: `A vertical timeline of the diplomacy from 19 November 2025 to the round expected on 1 February 2026, in ${facts.phases.length} phases: ${facts.phases
      .map((p) => `${p.name} (${p.span})`)
      .join('; ')}. A marker shows the story’s “now”, 31 January 2026.`,
    phase: null,
  },
  ...Object.fromEntries(facts.phases.map((p) => [p.id, { label: p.name, alt: phaseAlt(p.id), phase: p.id }])),
};
