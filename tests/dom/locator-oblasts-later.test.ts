import { describe, it, expect } from 'vitest';
import { flushSync } from 'svelte';
import Locator from '../../src/components/scenes/locator/Locator.svelte';
import { prepare } from '../../src/components/scenes/locator/locator.data';
import { stateFor } from '../../src/components/scenes/locator/locator.state';
import { mountScene, nextTask } from './mount-scene';

const data = prepare();

function mountAt(state: string) {
  const { target, show } = mountScene(Locator, stateFor, data, state);
  const ids = (selector: string) => [...target.querySelectorAll(selector)].map((p) => p.getAttribute('data-id'));
  /** How Ukraine is drawn now: one outline (plain or highlighted), oblasts, or not at all. */
  const ukraine = () => {
    const outline = target.querySelector('path.ukraine');
    if (outline) return outline.classList.contains('plain') ? 'outline, plain' : 'outline';
    return ids('path.oblast').length ? `${ids('path.oblast').length} oblasts` : 'missing';
  };
  /** Oblast paths added to the drawing from now on. */
  const oblastsAdded = () => {
    const added: Node[] = [];
    new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => n instanceof Element && n.matches('path.oblast') && added.push(n))),
    ).observe(target, { subtree: true, childList: true });
    return added;
  };
  return { target, show, ids, ukraine, oblastsAdded };
}

// Issue 10 (no long task while a slow phone scrolls the story): the first zoom into Ukraine was one long
// task, so Ukraine's outline and its oblasts trade places a task after the rest of the step's change.
describe('issue 10: the locator draws Ukraine as oblasts a task after the rest of a step', () => {
  it('zooming in: the new state at once, Ukraine kept as a plain outline, then its oblasts', async () => {
    const { target, show, ids, ukraine } = mountAt('europe');
    expect(ukraine()).toBe('outline');
    show('ukraine');
    expect(target.querySelector('[data-drawn-state]')?.getAttribute('data-drawn-state')).toBe('ukraine');
    expect(ukraine()).toBe('outline, plain');
    await nextTask();
    flushSync();
    expect(ukraine()).toBe(`${data.oblasts.length} oblasts`);
    expect(ids('path.oblast.focus').sort()).toEqual(['donetsk', 'luhansk']);
  });

  it('zooming out: the oblasts stay, none highlighted, then the outline comes back', async () => {
    const { show, ids, ukraine } = mountAt('ukraine');
    show('europe');
    expect(ukraine()).toBe(`${data.oblasts.length} oblasts`);
    expect(ids('path.oblast.focus')).toEqual([]);
    await nextTask();
    flushSync();
    expect(ukraine()).toBe('outline');
  });

  it('draws only the latest state when steps change faster than a task', async () => {
    const { show, ukraine, oblastsAdded } = mountAt('europe');
    const added = oblastsAdded();
    show('ukraine');
    show('europe');
    await nextTask();
    flushSync();
    expect(added).toEqual([]);
    expect(ukraine()).toBe('outline');
  });

  it('draws a state it mounts at whole, with nothing to wait for', () => {
    const { ids } = mountAt('donbas');
    expect(ids('path.oblast')).toEqual(stateFor(data, 'donbas').oblasts.map((o) => o.id));
  });
});
