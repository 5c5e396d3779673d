/**
 * The ladder's named states: which rungs the step is about (highlighted, with who promises, what binds,
 * what triggers it and what happened before). Rung ids are those of
 * src/stories/facts/guarantee-ladder.json; the data step fails the build if one is missing there.
 */
export interface LadderStateSpec {
  label: string;
  alt: string;
  highlight: readonly string[];
  /** Mark the rung the current proposal sits on. */
  markProposal: boolean;
}

const LADDER_ALT =
  'A ladder of five kinds of security promise, weakest at the bottom: the 1994 Budapest Memorandum’s assurances; the bilateral security agreements signed from January 2024; the proposed US guarantee “mirroring” NATO’s Article 5; NATO’s Article 5 itself; and foreign troops on the ground, as planned by the Coalition of the Willing. The order is the site’s own reading.';

export const LADDER_STATES: Record<string, LadderStateSpec> = {
  overview: { label: 'Five kinds of promise', alt: LADDER_ALT, highlight: [], markProposal: false },
  budapest: {
    label: '1994: the Budapest Memorandum',
    alt: `${LADDER_ALT} The bottom rung is highlighted: Russia, the US and the UK assured Ukraine they would respect its borders and seek UN Security Council action if it faced nuclear aggression, but did not promise to defend it; Russia annexed Crimea in 2014 and invaded in 2022.`,
    highlight: ['budapest-1994'],
    markProposal: false,
  },
  bilateral: {
    label: '2024: bilateral security agreements',
    alt: `${LADDER_ALT} The second rung is highlighted: the UK (12 January 2024) and the US (13 June 2024) were among 23 countries that signed agreements pledging aid and consultation after a new attack; the US one is an executive agreement with no US troops.`,
    highlight: ['bilateral-2024'],
    markProposal: false,
  },
  proposal: {
    label: 'Where the current proposal sits',
    alt: `${LADDER_ALT} The middle rung, marked as the proposal on the table, is highlighted: a US pledge of a coordinated military response to a “sustained” Russian attack, to go to Congress, for 15 years, without US ground troops, and reportedly only after a peace deal; the 20-point draft names the US, NATO and European signatories. It sits below NATO’s Article 5, where an attack on one ally is an attack on all and each acts as it deems necessary, “including the use of armed force”.`,
    highlight: ['us-article-5-mirror'],
    markProposal: true,
  },
  'article-5': {
    label: 'NATO’s Article 5',
    alt: `${LADDER_ALT} The fourth rung is highlighted: under Article 5 an armed attack on one NATO member is an attack on all, and each takes the action it deems necessary, including armed force; it has been invoked once, on 12 September 2001.`,
    highlight: ['nato-article-5'],
    markProposal: false,
  },
  troops: {
    label: 'Foreign troops on the ground',
    alt: `${LADDER_ALT} The top rung is highlighted: under the Paris Declaration of 6 January 2026, a multinational force would deploy after a ceasefire; Russia rejects troops from NATO states in Ukraine.`,
    highlight: ['troops-on-ground'],
    markProposal: false,
  },
};
