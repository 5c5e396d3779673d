import { describe, it, expect } from 'vitest';
import { flushSync } from 'svelte';
import Terrain from '../../src/components/scenes/terrain/Terrain.svelte';
import { prepare } from '../../src/components/scenes/terrain/terrain.data';
import { stateFor } from '../../src/components/scenes/terrain/terrain.state';
import { mountScene, nextTask } from './mount-scene';

const data = prepare();

function mountAt(state: string) {
  const { target, show } = mountScene(Terrain, stateFor, data, state);
  /** What the figure shows now: its state, whether the profile chart is drawn, and its labels. */
  const seen = () => ({
    state: target.querySelector('[data-drawn-state]')?.getAttribute('data-drawn-state'),
    chart: !!target.querySelector('svg .chart'),
    profileLabels: [...target.querySelectorAll('.plabel')].map((l) => l.getAttribute('data-label')),
    ticks: target.querySelectorAll('.tick').length,
    mapLabels: target.querySelectorAll('.label[data-label]').length,
  });
  return { show, seen };
}

// Issue 10 (no long task while a slow phone scrolls the story): laying out a profile's labels with its
// chart made the step's frame a long one, so they come a task later.
describe('issue 10: the terrain draws a profile’s labels a task after its chart', () => {
  it('from the map to a profile: the chart at once, its labels a task later', async () => {
    const { show, seen } = mountAt('relief');
    expect(seen().mapLabels).toBeGreaterThan(0);
    show('profile');
    expect(seen()).toMatchObject({ state: 'profile', chart: true, profileLabels: [], ticks: 0, mapLabels: 0 });
    await nextTask();
    flushSync();
    expect(seen().profileLabels.length).toBeGreaterThan(2);
    expect(seen().ticks).toBeGreaterThan(2);
  });

  it('from one profile to another: the old labels go at once, the new ones come a task later', async () => {
    const { show, seen } = mountAt('profile-front');
    const before = seen().profileLabels;
    expect(before.length).toBeGreaterThan(2);
    show('parallel');
    expect(seen().profileLabels).toEqual([]);
    await nextTask();
    flushSync();
    expect(seen().profileLabels.length).toBeGreaterThan(2);
    expect(seen().profileLabels).not.toEqual(before);
  });

  it('back to the map: its labels at once', () => {
    const { show, seen } = mountAt('profile');
    show('relief');
    expect(seen()).toMatchObject({ state: 'relief', chart: false, profileLabels: [], ticks: 0 });
    expect(seen().mapLabels).toBeGreaterThan(0);
  });

  it('draws a profile it mounts at whole, labels and all', () => {
    const { seen } = mountAt('parallel');
    expect(seen().profileLabels.length).toBeGreaterThan(2);
    expect(seen().ticks).toBeGreaterThan(2);
  });
});
