// Browser side: each scene's component and `stateFor` as its own chunk, fetched when a page first shows
// the scene. The registry (titles, text alternatives, sources) stays on the server, so a chapter or an
// embed downloads only the drawing code of the scenes it shows.
import type { Component } from 'svelte';
import type { SceneDefinition } from './types';

export type ClientScene = Pick<SceneDefinition, 'component' | 'stateFor'>;

const components = import.meta.glob<Component<any>>('./*/*.svelte', { import: 'default' });
const states = import.meta.glob<SceneDefinition['stateFor']>('./*/*.state.ts', { import: 'stateFor' });

/** `fortress-belt` → `FortressBelt`: a scene's main component is named after its id. */
export const componentName = (id: string) => id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

export async function loadClientScene(id: string): Promise<ClientScene> {
  const component = components[`./${id}/${componentName(id)}.svelte`];
  const stateFor = states[`./${id}/${id}.state.ts`];
  if (!component || !stateFor) throw new Error(`Scene ${id} has no ${componentName(id)}.svelte or ${id}.state.ts`);
  const [c, s] = await Promise.all([component(), stateFor()]);
  return { component: c, stateFor: s };
}
