// The scene registry: every scene the site can show, once. The story, embed, image and classroom
// pages all read this list; content files name scenes by these ids and fail the build otherwise.
import type { SceneDefinition } from './types';
import Locator from './locator/Locator.svelte';
import { stateFor as locatorState } from './locator/locator.state';
import { LOCATOR_STATES } from './locator/locator.config';
import ControlTimeline from './control-timeline/ControlTimeline.svelte';
import { stateFor as controlTimelineState } from './control-timeline/control-timeline.state';
import { CONTROL_STATES } from './control-timeline/control-timeline.config';
import OccupiedShare from './occupied-share/OccupiedShare.svelte';
import { stateFor as occupiedShareState } from './occupied-share/occupied-share.state';
import { SHARE_STATES } from './occupied-share/occupied-share.config';
import TheTrade from './the-trade/TheTrade.svelte';
import { stateFor as theTradeState } from './the-trade/the-trade.state';
import { TRADE_STATES } from './the-trade/the-trade.config';
import GuaranteeLadder from './guarantee-ladder/GuaranteeLadder.svelte';
import { stateFor as guaranteeLadderState } from './guarantee-ladder/guarantee-ladder.state';
import { LADDER_STATES } from './guarantee-ladder/guarantee-ladder.config';

export const scenes = [
  {
    id: 'locator',
    title: 'Where the Donbas is',
    description:
      'Europe, then Ukraine, then Donetsk and Luhansk oblasts, with Crimea and the other oblasts Russia claims to have annexed outlined.',
    sources: ['natural-earth', 'geoboundaries-ukr', 'geonames', 'ukrstat-oblasts'],
    states: LOCATOR_STATES,
    stateFor: locatorState,
    component: Locator,
  },
  {
    id: 'control-timeline',
    title: 'Who controlled what, 2015–2026',
    description:
      'Donetsk and Luhansk oblasts at key dates, from the Minsk-era line of contact to late January 2026, with the area held by Russia and its proxies since 2014–15 hatched apart from what Russia has taken since 2022.',
    sources: ['deepstatemap', 'geoboundaries-ukr', 'geonames', 'natural-earth'],
    states: CONTROL_STATES,
    stateFor: controlTimelineState,
    component: ControlTimeline,
  },
  {
    id: 'occupied-share',
    title: 'How much of each oblast Russia holds',
    description:
      'The share (and km²) of Donetsk and Luhansk oblasts under Russian control from February 2022, measured on DeepState’s maps, with the main events and ISW’s January 2026 projection.',
    sources: ['occupied-area-calc', 'deepstatemap', 'isw-2026-01-27'],
    states: SHARE_STATES,
    stateFor: occupiedShareState,
    component: OccupiedShare,
  },
  {
    id: 'the-trade',
    title: 'The trade: what Ukraine would give, and what it would get',
    description:
      'A two-sided ledger of the trade reported by the Financial Times on 27 January 2026: the rest of Donetsk Oblast (area measured on DeepState’s map), the four fortress-belt cities and the defences built since 2014, against the reported US guarantee “mirroring” Article 5, more weapons and a demilitarised or “free economic” zone, with the White House’s denial. Every line is sourced and dated (src/stories/facts/the-trade.json).',
    sources: ['occupied-area-calc', 'deepstatemap', 'geoboundaries-ukr', 'kyiv-independent-ft-2026', 'isw-2026-01-27', 'unn-ft-denial-2026'],
    states: TRADE_STATES,
    stateFor: theTradeState,
    component: TheTrade,
  },
  {
    id: 'guarantee-ladder',
    title: 'A ladder of security promises',
    description:
      'Five kinds of security promise, from weakest to strongest in the site’s reading: the 1994 Budapest Memorandum, the 2024 bilateral security agreements, the proposed US guarantee “mirroring” Article 5, NATO’s Article 5 itself, and foreign troops on the ground. For each: who promises, what binds, what triggers it and what happened before (src/stories/facts/guarantee-ladder.json).',
    sources: ['un-budapest-memorandum', 'up-uk-agreement-2024', 'rferl-us-agreement-2024', 'isw-2026-01-27', 'nato-article-5', 'president-ua-paris-2026'],
    states: LADDER_STATES,
    stateFor: guaranteeLadderState,
    component: GuaranteeLadder,
  },
] as const satisfies readonly SceneDefinition[];

/** The scene with this id, or undefined: callers decide how to fall back. */
export function findScene(id: string): SceneDefinition | undefined {
  return scenes.find((s) => s.id === id);
}
