/**
 * The ledger's named states: which lines are on the page (revealed) and which the step is about
 * (highlighted, with their detail and attribution open). Line ids are those of
 * src/stories/facts/the-trade.json; the data step fails the build if one is missing there.
 */
export interface TradeStateSpec {
  label: string;
  alt: string;
  reveal: readonly string[];
  highlight: readonly string[];
}

/** The story's date: the DeepState map of this day gives the area Ukraine would give up. */
export const STORY_DATE = '2026-01-27';

const GIVE = ['held-area', 'belt-cities', 'fortifications'];
const GET = ['us-guarantee', 'weapons', 'dmz'];
const ALL = [...GIVE, ...GET, 'white-house-denial'];

export const TRADE_STATES: Record<string, TradeStateSpec> = {
  'give-area': {
    label: 'What Ukraine would give: the land',
    alt: 'A two-sided ledger of the reported trade. Its first line, under “Ukraine would give”, is the rest of Donetsk Oblast that Ukraine still held on 27 January 2026, in square kilometres and as a share of the oblast, measured on DeepState’s map; a small map of the oblast shades that area.',
    reveal: ['held-area'],
    highlight: ['held-area'],
  },
  'give-all': {
    label: 'What Ukraine would give: cities and defences',
    alt: 'The ledger’s “give” side in full: the rest of Donetsk Oblast; the four fortress-belt cities of Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka with their populations in January 2022; and the defensive lines built since 2014, which no open data maps.',
    reveal: GIVE,
    highlight: ['belt-cities', 'fortifications'],
  },
  get: {
    label: 'What Ukraine would get, as reported',
    alt: 'The “get” side added, as the Financial Times reported on 27 January 2026: a US guarantee that “mirrors” NATO’s Article 5, offered only after a peace deal; more weapons for a peacetime army of 800,000; and the idea of a demilitarised or “free economic” zone, not agreed.',
    reveal: [...GIVE, ...GET],
    highlight: GET,
  },
  denial: {
    label: 'The White House denial',
    alt: 'The whole ledger, with the White House’s denial now beside the reported US guarantee: deputy press secretary Anna Kelly called the report “false”.',
    reveal: ALL,
    highlight: ['white-house-denial'],
  },
  all: {
    label: 'The whole ledger',
    alt: 'The whole ledger. Ukraine would give the rest of Donetsk Oblast, the four fortress-belt cities and the defensive lines built since 2014; as reported by the Financial Times on 27 January 2026, it would get a US guarantee “mirroring” Article 5 after a deal, more weapons, and possibly a demilitarised or “free economic” zone. The White House called the report “false”.',
    reveal: ALL,
    highlight: [],
  },
};
