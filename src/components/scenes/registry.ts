// The scene registry: every scene the site can show, once. The story, embed, image and classroom
// pages all read this list; content files name scenes by these ids and fail the build otherwise.
import type { SceneDefinition } from './types';
import Locator from './locator/Locator.svelte';
import { stateFor as locatorState } from './locator/locator.state';
import { LOCATOR_STATES } from './locator/locator.config';

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
] as const satisfies readonly SceneDefinition[];

/** The scene with this id, or undefined: callers decide how to fall back. */
export function findScene(id: string): SceneDefinition | undefined {
  return scenes.find((s) => s.id === id);
}
