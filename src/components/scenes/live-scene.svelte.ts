// Browser side: mounts a scene's live component over its server-rendered figure and feeds it states.
// Used by the story's chapters and by embed pages, so a scene is driven the same way everywhere.
import { mount, unmount } from 'svelte';
import type { ClientScene } from './client-scenes';

export interface LiveScene {
  /** Draws the named state (progress through the step, for scenes that use it). */
  show(state: string, progress?: number): void;
  destroy(): void;
}

/**
 * Replaces the server-rendered figure in `target` with the live component. Data that cannot be drawn
 * (a corrupt file) throws before the figure is touched; if a later state cannot be drawn, the static
 * figure comes back and `onFail` is told, so a reader never sees an empty frame.
 */
export function mountLiveScene(
  scene: ClientScene,
  target: HTMLElement,
  data: unknown,
  state: string,
  onFail: (error: unknown) => void = () => {},
): LiveScene {
  const props = $state({ state: scene.stateFor(data, state, 0), progress: 0 });
  const staticFigure = [...target.childNodes];
  let app: Record<string, any> | undefined;
  const restore = () => {
    if (app) void unmount(app);
    app = undefined;
    target.replaceChildren(...staticFigure);
  };
  target.replaceChildren();
  try {
    app = mount(scene.component, { target, props });
  } catch (error) {
    restore();
    throw error;
  }
  return {
    show(next, progress = 0) {
      if (!app) return;
      try {
        props.state = scene.stateFor(data, next, progress);
        props.progress = progress;
      } catch (error) {
        restore();
        onFail(error);
      }
    },
    destroy: () => {
      if (app) void unmount(app);
      app = undefined;
    },
  };
}

/**
 * Server-only scenes: shows the drawing of `state` inside `root` and hides the others. The shown drawing
 * moves to the front, so a lookup of the scene's `[data-drawn-state]` finds the one on screen.
 */
export function showStateView(root: ParentNode, state: string): void {
  root.querySelectorAll<HTMLElement>('[data-state-view]').forEach((view) => {
    view.hidden = view.dataset.stateView !== state;
    if (!view.hidden && view.previousElementSibling) view.parentElement!.prepend(view);
  });
}

const ID_LISTS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns'];

/**
 * A copy of a server-drawn view whose ids (and every reference to them: `for`, `aria-*` id lists,
 * `href="#…"`, `url(#…)`) carry `suffix`, so the copy can sit on the same page as the original: a page's
 * ids must be unique, or a clip path or label would resolve to the wrong drawing.
 */
export function cloneWithUniqueIds<T extends Element>(view: T, suffix: string): T {
  const copy = view.cloneNode(true) as T;
  const elements = [copy, ...copy.querySelectorAll('*')];
  const ids = new Set(elements.map((el) => el.id).filter(Boolean));
  const rename = (id: string) => (ids.has(id) ? `${id}-${suffix}` : id);
  for (const el of elements) {
    for (const { name, value } of [...el.attributes]) {
      let next = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`);
      if (name === 'id') next = rename(value);
      else if (ID_LISTS.includes(name)) next = value.split(/\s+/).map(rename).join(' ');
      else if (name === 'href' && value.startsWith('#')) next = `#${rename(value.slice(1))}`;
      if (next !== value) el.setAttribute(name, next);
    }
  }
  return copy;
}
