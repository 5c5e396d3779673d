// The scene registry: every scene the site can show, once. The story, embed, image and classroom
// pages all read this list; content files name scenes by these ids and fail the build otherwise.
import type { SceneDefinition } from './types';
import Locator from './locator/Locator.svelte';
import { stateFor as locatorState } from './locator/locator.state';
import { LOCATOR_STATES } from './locator/locator.config';
import { LOCATOR_ALTS } from './locator/locator.alt';
import ControlTimeline from './control-timeline/ControlTimeline.svelte';
import { stateFor as controlTimelineState } from './control-timeline/control-timeline.state';
import { CONTROL_STATES } from './control-timeline/control-timeline.config';
import { CONTROL_ALTS } from './control-timeline/control-timeline.alt';
import OccupiedShare from './occupied-share/OccupiedShare.svelte';
import { stateFor as occupiedShareState } from './occupied-share/occupied-share.state';
import { SHARE_STATES } from './occupied-share/occupied-share.config';
import { SHARE_ALTS } from './occupied-share/occupied-share.alt';
import AdvanceCalculator from './advance-calculator/AdvanceCalculator.svelte';
import { stateFor as advanceCalculatorState } from './advance-calculator/advance-calculator.state';
import { CALC_STATES } from './advance-calculator/advance-calculator.config';
import { CALC_ALTS } from './advance-calculator/advance-calculator.alt';
import Positions from './positions/Positions.svelte';
import { stateFor as positionsState } from './positions/positions.state';
import { POSITIONS_STATES } from './positions/positions.config';
import TalksTimeline from './talks-timeline/TalksTimeline.svelte';
import { stateFor as talksTimelineState } from './talks-timeline/talks-timeline.state';
import { TIMELINE_STATES } from './talks-timeline/talks-timeline.config';
import FortressBelt from './fortress-belt/FortressBelt.svelte';
import { stateFor as fortressBeltState } from './fortress-belt/fortress-belt.state';
import { BELT_STATES } from './fortress-belt/fortress-belt.config';
import { BELT_ALTS } from './fortress-belt/fortress-belt.alt';
import Terrain from './terrain/Terrain.svelte';
import { stateFor as terrainState } from './terrain/terrain.state';
import { TERRAIN_STATES } from './terrain/terrain.config';
import { TERRAIN_ALTS } from './terrain/terrain.alt';
import TheTrade from './the-trade/TheTrade.svelte';
import { stateFor as theTradeState } from './the-trade/the-trade.state';
import { TRADE_STATES } from './the-trade/the-trade.config';
import GuaranteeLadder from './guarantee-ladder/GuaranteeLadder.svelte';
import { stateFor as guaranteeLadderState } from './guarantee-ladder/guarantee-ladder.state';
import { LADDER_STATES } from './guarantee-ladder/guarantee-ladder.config';

/** A scene's named states with their text alternatives, which live apart so the browser never loads them. */
function withAlts<S extends { label: string }>(states: Record<string, S>, alts: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(states).map(([id, spec]) => {
      if (!alts[id]) throw new Error(`State ${id} has no text alternative`);
      return [id, { ...spec, alt: alts[id] }];
    }),
  ) as Record<string, S & { alt: string }>;
}

export const scenes = [
  {
    id: 'locator',
    title: 'Where the Donbas is',
    description:
      'Europe, then Ukraine, then Donetsk and Luhansk oblasts, with Crimea and the other oblasts Russia claims to have annexed outlined.',
    sources: ['natural-earth', 'geoboundaries-ukr', 'geonames', 'ukrstat-oblasts'],
    states: withAlts(LOCATOR_STATES, LOCATOR_ALTS),
    stateFor: locatorState,
    data: ['boundaries.topo.json', 'places.json'],
    component: Locator,
  },
  {
    id: 'control-timeline',
    title: 'Who controlled what, 2014–2026',
    description:
      'Donetsk and Luhansk oblasts at key dates, from the spring of 2014 and the Minsk-era line of contact to late January 2026, with the area held by Russia and its proxies since 2014–15 hatched apart from what Russia has taken since 2022.',
    sources: ['deepstatemap', 'geoboundaries-ukr', 'geonames', 'natural-earth'],
    states: withAlts(CONTROL_STATES, CONTROL_ALTS),
    stateFor: controlTimelineState,
    data: ['control.topo.json', 'boundaries.topo.json', 'places.json'],
    component: ControlTimeline,
  },
  {
    id: 'occupied-share',
    title: 'How much of each oblast Russia holds',
    description:
      'The share (and km²) of Donetsk and Luhansk oblasts under Russian control from February 2022, measured on DeepState’s maps, with the main events and ISW’s January 2026 projection.',
    sources: ['occupied-area-calc', 'deepstatemap', 'isw-2026-01-27'],
    states: withAlts(SHARE_STATES, SHARE_ALTS),
    stateFor: occupiedShareState,
    data: ['occupied-area.csv'],
    component: OccupiedShare,
  },
  {
    id: 'fortress-belt',
    title: 'The fortress belt',
    description:
      'Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka with their rivers and road, their pre-war populations, each city’s distance to the Russian-held area on 27 January 2026 (measured on DeepState’s map), and the directions of Russian attack named in the sources. The road, the defensive belt and the arrows are schematic.',
    sources: ['deepstatemap', 'geonames', 'natural-earth-rivers', 'geoboundaries-ukr', 'pop-kramatorsk', 'isw-2026-01-27'],
    states: withAlts(BELT_STATES, BELT_ALTS),
    stateFor: fortressBeltState,
    data: ['control.topo.json', 'places.json', 'rivers.topo.json', 'boundaries.topo.json'],
    component: FortressBelt,
    staticState: 'front',
  },
  {
    id: 'terrain',
    title: 'The lie of the land',
    description:
      'Shaded relief of the land around the fortress belt and an elevation profile from Bakhmut through Kramatorsk to the plain in Dnipropetrovsk Oblast, from the SRTM30_PLUS elevation grid, with the front line of 27 January 2026 marked.',
    sources: ['srtm30-plus', 'deepstatemap', 'geonames', 'natural-earth-rivers', 'geoboundaries-ukr'],
    states: withAlts(TERRAIN_STATES, TERRAIN_ALTS),
    stateFor: terrainState,
    data: ['relief.json', 'profile.json'],
    component: Terrain,
  },
  {
    id: 'advance-calculator',
    title: 'How long the rest of Donetsk Oblast would take',
    description:
      'The area of Donetsk Oblast Russia did not hold on 27 January 2026, divided by a pace of advance the reader picks (ISW’s observed pace, the pace Russia’s General Staff claimed, or a late-2025 pace from DeepState’s maps), gives the date Russia would hold the whole oblast.',
    sources: ['occupied-area-calc', 'deepstatemap', 'isw-2026-01-27', 'rbc-gerasimov-2026-01-27'],
    states: withAlts(CALC_STATES, CALC_ALTS),
    stateFor: advanceCalculatorState,
    data: ['occupied-area.csv'],
    component: AdvanceCalculator,
  },
  {
    id: 'the-trade',
    title: 'The trade: what Ukraine would give, and what it would get',
    description:
      'A two-sided ledger of the trade reported by the Financial Times on 27 January 2026: the rest of Donetsk Oblast (area measured on DeepState’s map), the four fortress-belt cities and the defences built since 2014, against the reported US guarantee “mirroring” Article 5, more weapons and a demilitarised or “free economic” zone, with the White House’s denial. Every line is sourced and dated (src/stories/facts/the-trade.json).',
    sources: ['occupied-area-calc', 'deepstatemap', 'geoboundaries-ukr', 'kyiv-independent-ft-2026', 'isw-2026-01-27', 'unn-ft-denial-2026'],
    states: TRADE_STATES,
    stateFor: theTradeState,
    data: ['facts/the-trade.json', 'occupied-area.csv', 'places.json'],
    serverOnly: true,
    component: TheTrade,
  },
  {
    id: 'guarantee-ladder',
    title: 'A ladder of security promises',
    description:
      'Five kinds of security promise, from weakest to strongest in the site’s reading: the 1994 Budapest Memorandum, the 2024 bilateral security agreements, the proposed US guarantee “mirroring” Article 5, NATO’s Article 5 itself, and foreign troops on the ground. For each: who promises, what binds, what triggers it and what happened before (src/stories/facts/guarantee-ladder.json).',
    sources: ['un-budapest-memorandum', 'up-uk-agreement-2024', 'rferl-us-agreement-2024', 'isw-2026-01-27', 'nato-article-5', 'president-ua-paris-2026-01-06'],
    states: LADDER_STATES,
    stateFor: guaranteeLadderState,
    data: ['facts/guarantee-ladder.json'],
    serverOnly: true,
    component: GuaranteeLadder,
  },
  {
    id: 'positions',
    title: 'Who says what: positions on the main issues',
    description:
      'What Ukraine, Russia, the United States and the European coalition say on withdrawal from the Donbas, when guarantees apply, foreign troops, the Zaporizhzhia nuclear plant, recognition of annexed oblasts and a demilitarised or free economic zone: the latest sourced stance up to 31 January 2026, each with its date.',
    sources: ['kyiv-independent-ft-2026', 'isw-2026-01-27', 'liga-paris-declaration-2026-01-06', 'ap-28-point-plan-2025', 'deepstatemap'],
    states: POSITIONS_STATES,
    stateFor: positionsState,
    data: ['facts/positions.json'],
    component: Positions,
    serverOnly: true,
  },
  {
    id: 'talks-timeline',
    title: 'How the talks unfolded',
    description:
      'The diplomacy from the US 28-point draft plan of November 2025 to the round expected on 1 February 2026: Geneva, Moscow, London, Berlin, Mar-a-Lago, Paris, Davos and Abu Dhabi, with the story’s “now” marked.',
    sources: ['ap-28-point-plan-2025', 'newser-berlin-2025-12-16', 'liga-paris-declaration-2026-01-06', 'xinhua-abu-dhabi-2026-01-24', 'kyiv-independent-ft-2026'],
    states: TIMELINE_STATES,
    stateFor: talksTimelineState,
    data: ['facts/talks-timeline.json'],
    component: TalksTimeline,
    serverOnly: true,
  },
] as const satisfies readonly SceneDefinition[];

/** The scene with this id, or undefined: callers decide how to fall back. */
export function findScene(id: string): SceneDefinition | undefined {
  return scenes.find((s) => s.id === id);
}
