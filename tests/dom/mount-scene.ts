// Mounts a real scene component, live, at a state, for the tests of what it draws a task later.
import { flushSync, type Component } from 'svelte';
import { mountLiveScene } from '../../src/components/scenes/live-scene.svelte';

export const nextTask = () => new Promise((done) => setTimeout(done));

/** Mounts `component` with `data` at `state`; `show` moves it to another state and applies the change. */
export function mountScene<D>(
  component: Component<any>,
  stateFor: (data: D, state: string) => unknown,
  data: D,
  state: string,
): { target: HTMLElement; show: (next: string) => void } {
  const target = document.createElement('div');
  document.body.replaceChildren(target);
  const live = mountLiveScene({ component, stateFor: stateFor as (data: unknown, state: string) => unknown }, target, data, state);
  flushSync();
  return {
    target,
    show: (next) => {
      live.show(next);
      flushSync();
    },
  };
}
