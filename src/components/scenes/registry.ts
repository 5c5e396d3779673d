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
import FortressBelt from './fortress-belt/FortressBelt.svelte';
import { stateFor as fortressBeltState } from './fortress-belt/fortress-belt.state';
import { BELT_STATES } from './fortress-belt/fortress-belt.config';
import Terrain from './terrain/Terrain.svelte';
import { stateFor as terrainState } from './terrain/terrain.state';
import { TERRAIN_STATES } from './terrain/terrain.config';

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
    id: 'fortress-belt',
    title: 'The fortress belt',
    description:
      'Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka with their rivers and road, their pre-war populations, each city’s distance to the Russian-held area on 27 January 2026 (measured on DeepState’s map), and the directions of Russian attack named in the sources. The road, the defensive belt and the arrows are schematic.',
    sources: ['deepstatemap', 'geonames', 'natural-earth-rivers', 'geoboundaries-ukr', 'pop-kramatorsk', 'isw-2026-01-27'],
    states: BELT_STATES,
    stateFor: fortressBeltState,
    component: FortressBelt,
  },
  {
    id: 'terrain',
    title: 'The lie of the land',
    description:
      'Shaded relief of the land around the fortress belt and an elevation profile from Bakhmut through Kramatorsk to the plain in Dnipropetrovsk Oblast, from the SRTM30_PLUS elevation grid, with the front line of 27 January 2026 marked.',
    sources: ['srtm30-plus', 'deepstatemap', 'geonames', 'natural-earth-rivers', 'geoboundaries-ukr'],
    states: TERRAIN_STATES,
    stateFor: terrainState,
    component: Terrain,
  },
] as const satisfies readonly SceneDefinition[];

/** The scene with this id, or undefined: callers decide how to fall back. */
export function findScene(id: string): SceneDefinition | undefined {
  return scenes.find((s) => s.id === id);
}
