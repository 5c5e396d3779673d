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
