import { describe, it, expect } from 'vitest';
import { flushSync } from 'svelte';
import Locator from '../../src/components/scenes/locator/Locator.svelte';
import { prepare } from '../../src/components/scenes/locator/locator.data';
import { stateFor } from '../../src/components/scenes/locator/locator.state';
import { mountLiveScene } from '../../src/components/scenes/live-scene.svelte';

const data = prepare();
const scene = { component: Locator, stateFor: stateFor as (data: unknown, state: string, progress: number) => unknown };
const nextTask = () => new Promise((done) => setTimeout(done));

function mountAt(state: string) {
  const target = document.createElement('div');
  document.body.replaceChildren(target);
  const live = mountLiveScene(scene, target, data, state);
  flushSync();
  const oblasts = () => [...target.querySelectorAll('path.oblast')].map((p) => p.getAttribute('data-id'));
  const drawnState = () => target.querySelector('[data-drawn-state]')?.getAttribute('data-drawn-state');
  return { target, live, oblasts, drawnState };
}

// The first zoom into Ukraine brings in every oblast: they come a task after the rest of the step's
// change, so neither task is long on a slow phone, and the step still lands whole.
describe('the locator brings in oblasts a task after the rest of a step', () => {
  it('draws the new state at once and its oblasts in the next task', async () => {
    const { live, oblasts, drawnState, target } = mountAt('europe');
    expect(oblasts()).toEqual([]);
    live.show('ukraine');
    flushSync();
    expect(drawnState()).toBe('ukraine');
    expect(target.querySelector('path.ukraine')).toBeNull();
    expect(oblasts()).toEqual([]);
    await nextTask();
    flushSync();
    expect(oblasts()).toHaveLength(data.oblasts.length);
    expect([...target.querySelectorAll('path.oblast.focus')].map((p) => p.getAttribute('data-id')).sort()).toEqual(['donetsk', 'luhansk']);
    live.destroy();
  });

  it('draws only the latest state when steps change faster than a task', async () => {
    const { live, oblasts } = mountAt('europe');
    live.show('ukraine');
    flushSync();
    live.show('europe');
    flushSync();
    await nextTask();
    flushSync();
    expect(oblasts()).toEqual([]);
    live.show('belt');
    flushSync();
    await nextTask();
    flushSync();
    expect(oblasts()).toEqual(stateFor(data, 'belt').oblasts.map((o) => o.id));
    live.destroy();
  });

  it('draws a state it mounts at whole, with no task to wait for', () => {
    const { oblasts, live } = mountAt('donbas');
    expect(oblasts()).toEqual(stateFor(data, 'donbas').oblasts.map((o) => o.id));
    live.destroy();
  });
});
