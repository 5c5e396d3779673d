/**
 * The ledger's named states: which lines are on the page (revealed) and which the step is about
 * (highlighted, with their detail and attribution open). Line ids are those of
 * src/stories/facts/the-trade.json; the data step fails the build if one is missing there.
 * The White House denial is revealed whenever the claim it disputes is: the FT's report never shows alone.
 */
export interface TradeStateSpec {
  label: string;
  alt: string;
  reveal: readonly string[];
  highlight: readonly string[];
}

const GIVE = ['held-area', 'belt-cities', 'fortifications'];
const GET = ['us-guarantee', 'weapons', 'dmz'];
const ALL = [...GIVE, 'us-guarantee', 'white-house-denial', 'weapons', 'dmz'];

export const TRADE_STATES: Record<string, TradeStateSpec> = {
  give: {
    label: 'What Ukraine would give',
    alt: 'A two-sided ledger of the trade the Financial Times reported on 27 January 2026. The “Ukraine would give” side: the rest of Donetsk Oblast that Ukraine still held on 27 January 2026, in square kilometres and as a share of the oblast, measured on DeepState’s map and shaded on a small map of the oblast; the four fortress-belt cities of Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka, with their populations in January 2022; and the defensive lines built since 2014, which no open data maps. The “would get” side is still empty.',
    reveal: GIVE,
    highlight: GIVE,
  },
  get: {
    label: 'What Ukraine would get, as reported',
    alt: 'The “get” side added, as the Financial Times reported on 27 January 2026, not agreed: a US guarantee that “mirrors” NATO’s Article 5, offered only after a peace deal, with the White House’s denial right beside it (it called the report “false”); more weapons for Ukraine’s peacetime army, as two FT sources said; and the idea of a demilitarised or “free economic” zone, not agreed.',
    reveal: ALL,
    highlight: GET,
  },
  denial: {
    label: 'The White House denial',
    alt: 'The whole ledger, with the White House’s denial beside the reported US guarantee opened: deputy press secretary Anna Kelly called the report “false” and said the US’s “only role” was “to bring both sides together to make a deal”; a source familiar with the US position told the FT it was not forcing territorial concessions on Ukraine.',
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
