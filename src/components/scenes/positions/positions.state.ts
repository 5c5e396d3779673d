import { POSITIONS_STATES } from './positions.config';

/** One matrix cell as drawn: the content file's cell with its dates and source credits resolved. */
export interface PositionCell {
  party: string;
  issue: string;
  tag: string;
  stance: string;
  noPosition: boolean;
  sources: string[];
  /** Short credit per source, in the same order (e.g. "Kyiv Independent"). */
  credits: string[];
  asOf: string;
  /** asOf written out for the reader, e.g. "27 Jan 2026". */
  asOfText: string;
}

/** Built at build time (positions.data.ts) from src/stories/facts/positions.json and public/data. */
export interface PositionsData {
  asOf: string;
  asOfText: string;
  /** The date of the Russian-held area on the inset (the story's "now"), written out. */
  controlDateText: string;
  note: string;
  parties: { id: string; name: string; short: string; note?: string }[];
  issues: { id: string; name: string; short: string }[];
  /** Row-major: cells[issueIndex][partyIndex]. */
  cells: PositionCell[][];
  /** The inset map of Ukraine: pre-projected oblast outlines and the Russian-held area. */
  inset: { width: number; height: number; oblasts: { id: string; d: string }[]; occupied: string; outline: string };
}

export interface PositionsDrawn extends PositionsData {
  state: string;
  /** The issues opened (their rows highlighted, stances shown), in grid order; none in the overview. */
  openIssues: string[];
  /** Oblast ids the inset highlights; ['*'] = all of Ukraine. */
  insetFocus: string[];
  insetCaption: string;
  /** The line naming what the step opens: the issue or pair of issues, or the grid in the overview. */
  heading: string;
}

export const DEFAULT_STATE = 'overview';

export function stateFor(data: PositionsData, state: string, _progress = 0): PositionsDrawn {
  const key = state in POSITIONS_STATES ? state : DEFAULT_STATE;
  const spec = POSITIONS_STATES[key];
  const heading = spec.issues.length ? spec.label : 'Six issues, four parties';
  return { ...data, state: key, openIssues: spec.issues, insetFocus: spec.inset, insetCaption: spec.insetCaption, heading };
}
