/**
 * The positions matrix's named states: an overview of the grid, one state per issue, and the states the
 * story uses, which open two related issues at once (their rows, with each party's dated, sourced
 * stance; on phones, each party's card). Text alternatives are built from the content file
 * (src/stories/facts/positions.json), so a stance is written once.
 */
import facts from '../../../stories/facts/positions.json';
import { dayText, STORY_DATE } from '../../../lib/day-text';

export interface PositionsStateSpec {
  label: string;
  alt: string;
  /** The issues opened, in grid order; none in the overview. */
  issues: string[];
  /** Oblasts the inset map highlights ('*' = all of Ukraine). */
  inset: string[];
  /** One line under the inset saying what the highlight on it shows (the red area is explained apart). */
  insetCaption: string;
}

const CLAIMED = ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'sevastopol'];

/** What the inset highlights for each issue. */
const INSETS: Record<string, { inset: string[]; insetCaption: string }> = {
  withdrawal: { inset: ['donetsk', 'luhansk'], insetCaption: 'Shaded: Donetsk and Luhansk oblasts, the Donbas' },
  sequencing: { inset: ['*'], insetCaption: 'Shaded: Ukraine, which the guarantees would cover' },
  troops: { inset: ['*'], insetCaption: 'Shaded: Ukraine, where a force would deploy after a ceasefire' },
  znpp: { inset: ['zaporizhzhia'], insetCaption: 'Shaded: Zaporizhzhia Oblast, where the plant is' },
  recognition: { inset: CLAIMED, insetCaption: 'Shaded: the four oblasts Russia claims, and Crimea' },
  dmz: { inset: ['donetsk'], insetCaption: 'Shaded: Donetsk Oblast, where a zone is discussed' },
};

/** The pairs of issues the story opens together, and what the inset shows for each pair. */
const GROUPS: Record<string, { label: string; issues: string[]; inset: string[]; insetCaption: string }> = {
  donbas: {
    label: 'The Donbas: withdrawal or a demilitarised zone',
    issues: ['withdrawal', 'dmz'],
    ...INSETS.withdrawal,
  },
  guarantees: {
    label: 'Guarantees: when, and whose troops',
    issues: ['sequencing', 'troops'],
    ...INSETS.sequencing,
  },
  'plant-recognition': {
    label: 'The nuclear plant and recognition',
    issues: ['znpp', 'recognition'],
    inset: CLAIMED,
    insetCaption: 'Shaded: the four oblasts Russia claims (the plant is in Zaporizhzhia), and Crimea',
  },
};

const cell = (party: string, issue: string) => facts.cells.find((c) => c.party === party && c.issue === issue)!;

/** The text alternative of a state that opens these issues: every party's stance with its date. */
export function issuesAlt(ids: string[]): string {
  return ids
    .map((id) => {
      const issue = facts.issues.find((i) => i.id === id)!;
      const lines = facts.parties.map((p) => `${p.name} (as of ${dayText(cell(p.id, id).asOf)}): ${cell(p.id, id).stance}`);
      return `Positions on “${issue.name}”. ${lines.join(' ')}`;
    })
    .join(' ');
}

const OVERVIEW_ALT = `A grid of six issues by four parties (Ukraine, Russia, the United States, the European coalition), each cell a two-word summary: ${facts.issues
  .map((i) => `${i.name}: ${facts.parties.map((p) => `${p.short} “${cell(p.id, i.id).tag}”`).join(', ')}`)
  .join('; ')}. Latest sourced stances up to ${dayText(facts.asOf)}; each cell’s own date shows when its row is opened.`;

export const POSITIONS_STATES: Record<string, PositionsStateSpec> = {
  overview: {
    label: 'All issues',
    alt: OVERVIEW_ALT,
    issues: [],
    inset: [],
    insetCaption: `Red: Russian-held area, ${dayText(STORY_DATE)} (DeepState)`,
  },
  ...Object.fromEntries(
    facts.issues.map((i) => [i.id, { label: i.name, alt: issuesAlt([i.id]), issues: [i.id], ...(INSETS[i.id] ?? { inset: [], insetCaption: '' }) }]),
  ),
  ...Object.fromEntries(
    Object.entries(GROUPS).map(([id, g]) => [id, { label: g.label, alt: issuesAlt(g.issues), issues: g.issues, inset: g.inset, insetCaption: g.insetCaption }]),
  ),
};
