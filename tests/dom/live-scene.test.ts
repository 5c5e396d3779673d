import { describe, it, expect } from 'vitest';
import { flushSync } from 'svelte';
import Drawn from './fixtures/Drawn.svelte';
import { mountLiveScene, showStateView, expandLaterViews } from '../../src/components/scenes/live-scene.svelte';

// A scene whose data can draw every state but 'broken' (as a corrupt file would fail on some state).
const scene = {
  component: Drawn,
  stateFor: (data: unknown, state: string) => {
    if (data === null || state === 'broken') throw new Error(`cannot draw ${state}`);
    return { state };
  },
};

function staticFigure() {
  const target = document.createElement('div');
  target.innerHTML = '<svg class="static"><path d="M0 0h10"/></svg>';
  document.body.replaceChildren(target);
  return target;
}

describe('mountLiveScene', () => {
  it('replaces the static figure with the live scene and redraws on show()', () => {
    const target = staticFigure();
    const live = mountLiveScene(scene, target, {}, 'a');
    flushSync();
    expect(target.querySelector('svg.static')).toBeNull();
    expect(target.querySelector('[data-drawn-state]')?.getAttribute('data-drawn-state')).toBe('a');
    live.show('b');
    flushSync();
    expect(target.querySelector('[data-drawn-state]')?.getAttribute('data-drawn-state')).toBe('b');
    live.destroy();
  });

  it('throws on data it cannot draw and leaves the static figure untouched', () => {
    const target = staticFigure();
    expect(() => mountLiveScene(scene, target, null, 'a')).toThrow(/cannot draw/);
    expect(target.querySelector('svg.static')).not.toBeNull();
    expect(target.querySelector('.live')).toBeNull();
  });

  it('puts the static figure back and reports when a later state cannot be drawn', () => {
    const target = staticFigure();
    const failures: unknown[] = [];
    const live = mountLiveScene(scene, target, {}, 'a', (e) => failures.push(e));
    flushSync();
    live.show('broken');
    flushSync();
    expect(failures).toHaveLength(1);
    expect(target.querySelector('svg.static')).not.toBeNull();
    expect(target.querySelector('.live')).toBeNull();
    live.show('b'); // a dead scene ignores later steps instead of throwing
    expect(target.querySelector('.live')).toBeNull();
    live.destroy();
  });

  // What the server writes for <Drawn state={{ state: 'a' }} />: Svelte's hydration marks around the drawing.
  function serverDrawnFigure() {
    const target = document.createElement('div');
    target.innerHTML = '<!--[--><p class="live" data-drawn-state="a">a</p><!--]-->';
    document.body.replaceChildren(target);
    return { target, drawing: target.querySelector('p')! };
  }

  it.each([
    ['the state the server drew', 'a'],
    ['another state', 'b'],
  ])('hydrates a server-drawn figure, keeping its nodes, when asked for %s', (_, state) => {
    const { target, drawing } = serverDrawnFigure();
    const live = mountLiveScene(scene, target, {}, state);
    flushSync();
    expect(target.querySelector('p')).toBe(drawing);
    expect(drawing.dataset.drawnState).toBe(state);
    live.show('c');
    flushSync();
    expect(target.querySelectorAll('p')).toHaveLength(1);
    expect(target.querySelector('p')).toBe(drawing);
    expect(drawing.textContent).toBe('c');
    live.destroy();
  });

  it('puts a copy of the server drawing back when a hydrated scene cannot draw a later state', () => {
    const { target } = serverDrawnFigure();
    const failures: unknown[] = [];
    const live = mountLiveScene(scene, target, {}, 'b', (e) => failures.push(e));
    flushSync();
    live.show('broken');
    flushSync();
    expect(failures).toHaveLength(1);
    expect(target.querySelectorAll('p')).toHaveLength(1);
    expect(target.querySelector('p')?.dataset.drawnState).toBe('a');
    live.destroy();
  });
});

describe('showStateView with deferred views (the story ships views after the first in templates)', () => {
  const figure = () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<div data-state-view="a"><p>A</p></div>' +
      '<template data-later-view><div data-state-view="b" hidden><p>B</p></div></template>' +
      '<template data-later-view><div data-state-view="c" hidden><p>C</p></div></template>';
    return root;
  };
  const shown = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-state-view]')].filter((v) => !v.hidden).map((v) => v.dataset.stateView);

  it('leaves the templates alone while the state asked for is already in the page', () => {
    const root = figure();
    showStateView(root, 'a');
    expect(shown(root)).toEqual(['a']);
    expect(root.querySelectorAll('template')).toHaveLength(2);
  });

  it('puts every deferred view in place, in order, when a step needs one, and shows only that one', () => {
    const root = figure();
    showStateView(root, 'c');
    expect(root.querySelectorAll('template')).toHaveLength(0);
    expect([...root.querySelectorAll<HTMLElement>('[data-state-view]')].map((v) => v.dataset.stateView)).toEqual(['a', 'b', 'c']);
    expect(shown(root)).toEqual(['c']);
    showStateView(root, 'b');
    expect(shown(root)).toEqual(['b']);
  });

  it('expandLaterViews, in idle time, puts them in place still hidden', () => {
    const root = figure();
    expandLaterViews(root);
    expect(shown(root)).toEqual(['a']);
    expect(root.querySelectorAll('[data-state-view]')).toHaveLength(3);
  });
});
