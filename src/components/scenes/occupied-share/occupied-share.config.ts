/** The chart's named states, the events it marks and ISW's projection (sources in src/stories/sources.json). */
export interface ShareStateSpec {
  label: string;
  /** Draw ISW's assessment as a dashed projection to full control of Donetsk Oblast. */
  projection: boolean;
  /** Show the months after the story's end date (31 Jan 2026), marked "since then". */
  sinceThen: boolean;
}

export const STORY_END = '2026-01-31';

/** ISW, 27 Jan 2026: the rest of Donetsk Oblast not before August 2027 at the late-Nov-2025 pace. */
export const ISW_PROJECTION = { from: '2026-01-27', to: '2027-08-01', source: 'isw-2026-01-27' };

export const EVENTS: { date: string; text: string }[] = [
  { date: '2022-02-24', text: 'Full-scale invasion' },
  { date: '2022-07-03', text: 'Ukraine withdraws from Lysychansk' },
  { date: '2022-09-30', text: 'Russia claims to annex four oblasts' },
  { date: '2023-05-20', text: 'Wagner claims Bakhmut' },
  { date: '2024-02-17', text: 'Ukraine withdraws from Avdiivka' },
  { date: '2025-12-01', text: 'Kremlin claims Pokrovsk' },
  { date: '2026-01-27', text: 'FT report on guarantees for territory' },
];

export const SHARE_STATES: Record<string, ShareStateSpec> = {
  'to-2026': {
    label: 'Feb 2022 – Jan 2026',
    projection: false,
    sinceThen: false,
  },
  projection: {
    label: 'ISW’s projection',
    projection: true,
    sinceThen: false,
  },
  'since-then': {
    label: 'Since then',
    projection: true,
    sinceThen: true,
  },
};
