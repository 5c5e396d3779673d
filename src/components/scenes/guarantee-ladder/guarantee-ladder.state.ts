import { LADDER_STATES } from './guarantee-ladder.config';

/** One rung as prepared at build time (see guarantee-ladder.data.ts); `level` 1 is the weakest. */
export interface Rung {
  id: string;
  level: number;
  name: string;
  when: string;
  summary: string;
  who: string;
  binds: string;
  trigger: string;
  record: string;
  /** Who says so, from the rung's source ids (src/stories/facts/credits.ts). */
  attribution: string;
  asOf: string;
  asOfText: string;
  sources: string[];
  proposal: boolean;
}

export interface LadderData {
  /** Why the rungs are in this order: the site's reading, shown under the ladder. */
  reading: string;
  /** Weakest first. */
  rungs: Rung[];
}

export interface RungDrawn extends Rung {
  highlighted: boolean;
}

/** What GuaranteeLadder.svelte draws for one step: rungs strongest first, as a ladder reads top-down. */
export interface LadderDrawn {
  state: string;
  reading: string;
  rungs: RungDrawn[];
  proposalMarked: boolean;
}

export const DEFAULT_STATE = 'overview';

export function stateFor(data: LadderData, state: string, _progress = 0): LadderDrawn {
  const key = state in LADDER_STATES ? state : DEFAULT_STATE;
  const spec = LADDER_STATES[key];
  return {
    state: key,
    reading: data.reading,
    rungs: [...data.rungs].reverse().map((r) => ({ ...r, highlighted: spec.highlight.includes(r.id) })),
    proposalMarked: spec.markProposal,
  };
}
