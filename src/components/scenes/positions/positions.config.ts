/**
 * The positions matrix's named states: an overview of the grid, and one state per issue that highlights
 * that row (on phones: shows it as four party cards). Text alternatives are built from the content file
 * (src/stories/facts/positions.json), so a stance is written once.
 */
import facts from '../../../stories/facts/positions.json';

export interface PositionsStateSpec {
  label: string;
  alt: string;
  /** The issue highlighted, or null for the overview. */
  issue: string | null;
  /** Oblasts the inset map highlights for this issue ('*' = all of Ukraine). */
  inset: string[];
  /** One line under the inset saying what it highlights. */
  insetCaption: string;
}

const day = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

const INSETS: Record<string, { inset: string[]; insetCaption: string }> = {
  overview: { inset: [], insetCaption: 'Russian-held area in red, 27 Jan 2026 (DeepState)' },
  withdrawal: { inset: ['donetsk', 'luhansk'], insetCaption: 'Highlighted: the Donbas Ukraine still holds' },
  sequencing: { inset: ['*'], insetCaption: 'Guarantees would cover Ukraine' },
  troops: { inset: ['*'], insetCaption: 'A force would deploy after a ceasefire' },
  znpp: { inset: ['zaporizhzhia'], insetCaption: 'The plant is in Zaporizhzhia Oblast' },
  recognition: { inset: ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'sevastopol'], insetCaption: 'The oblasts Russia claims, and Crimea' },
  dmz: { inset: ['donetsk'], insetCaption: 'Highlighted: the Donetsk area in question' },
};

function issueAlt(issueId: string): string {
  const issue = facts.issues.find((i) => i.id === issueId)!;
  const lines = facts.parties.map((p) => {
    const c = facts.cells.find((c) => c.party === p.id && c.issue === issueId)!;
    return `${p.name} (as of ${day(c.asOf)}): ${c.stance}`;
  });
  return `Positions on “${issue.name}”. ${lines.join(' ')}`;
}

export const POSITIONS_STATES: Record<string, PositionsStateSpec> = {
  overview: {
    label: 'All issues',
    alt: `A grid of six issues by four parties (Ukraine, Russia, the United States, the European coalition), each cell a two-word summary: ${facts.issues
      .map((i) => `${i.name}: ${facts.parties.map((p) => `${p.short} “${facts.cells.find((c) => c.party === p.id && c.issue === i.id)!.tag}”`).join(', ')}`)
      .join('; ')}. Latest sourced stances up to 31 Jan 2026.`,
    issue: null,
    ...INSETS.overview,
  },
  ...Object.fromEntries(
    facts.issues.map((i) => [i.id, { label: i.name, alt: issueAlt(i.id), issue: i.id, ...(INSETS[i.id] ?? INSETS.overview) }]),
  ),
};
