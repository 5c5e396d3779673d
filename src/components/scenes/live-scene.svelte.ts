// Browser side: mounts a scene's live component over its server-rendered figure and feeds it states.
// Used by the story's chapters and by embed pages, so a scene is driven the same way everywhere. Also
// `oneTaskLater`, with which a live scene draws part of a heavy change in a task of its own (here, in a
// module the pages load anyway: as a file of its own it put the story over its JavaScript budget).
import { hydrate, mount, unmount, untrack } from 'svelte';
import type { ClientScene } from './client-scenes';

export interface LiveScene {
  /** Draws the named state (progress through the step, for scenes that use it). */
  show(state: string, progress?: number): void;
  destroy(): void;
}

/**
 * Takes over the server-rendered figure in `target` with the live component. A figure the server drew
 * with the same component (it carries Svelte's hydration marks and names its state in
 * `data-drawn-state`) is hydrated: the browser keeps its nodes, so nothing is built, laid out or
 * painted again. Anything else is replaced by a fresh mount. Data that cannot be drawn (a corrupt file)
 * throws before the figure is touched; if a later state cannot be drawn, the static figure comes back
 * and `onFail` is told, so a reader never sees an empty frame.
 */
export function mountLiveScene(
  scene: ClientScene,
  target: HTMLElement,
  data: unknown,
  state: string,
  onFail: (error: unknown) => void = () => {},
): LiveScene {
  const drawn = serverDrawnState(target);
  const props = $state({ state: scene.stateFor(data, drawn ?? state, 0), progress: 0 });
  // Hydration adopts the server's nodes, so keep a copy of them to put back on failure.
  const staticFigure = [...target.childNodes].map((node) => (drawn ? node.cloneNode(true) : node));
  let app: Record<string, any> | undefined;
  const restore = () => {
    if (app) void unmount(app);
    app = undefined;
    target.replaceChildren(...staticFigure);
  };
  try {
    if (drawn) app = hydrate(scene.component, { target, props });
    else {
      target.replaceChildren();
      app = mount(scene.component, { target, props });
    }
    if (drawn && drawn !== state) props.state = scene.stateFor(data, state, 0);
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

/** What to do when a scene cannot come alive: say why in the console and mark `holder` (`.is-static`), whose CSS keeps the server's figure and shows the note. */
export function keepStatic(sceneId: string, holder: Element): (error: unknown) => void {
  return (error) => {
    console.warn(`Scene ${sceneId} stays static:`, error);
    holder.classList.add('is-static');
  };
}

/**
 * The state a server-drawn figure in `target` shows, if Svelte can hydrate it: its first node is the
 * hydration mark the server writes before a component, and its drawing names its state.
 */
function serverDrawnState(target: HTMLElement): string | undefined {
  const first = target.firstChild;
  if (!(first instanceof Comment) || first.data !== '[') return undefined;
  return target.querySelector<HTMLElement>('[data-drawn-state]')?.dataset.drawnState;
}

/**
 * Server-only scenes: shows the drawing of `state` inside `root` and hides the others. The others stay
 * laid out (invisible), so switching costs no layout and the figure keeps the tallest one's height.
 * Deferred views (in templates) are put in place first if `state` is one of them.
 */
export function showStateView(root: ParentNode, state: string): void {
  if (root.querySelector('template[data-later-view]') && !root.querySelector(`[data-state-view="${CSS.escape(state)}"]`)) expandLaterViews(root);
  root.querySelectorAll<HTMLElement>('[data-state-view]').forEach((view) => {
    // Written only when it changes: any write makes the browser restyle the whole view.
    const hide = view.dataset.stateView !== state;
    if (view.hidden !== hide) view.hidden = hide;
  });
}

/** Puts a server-only scene's deferred views (see SceneFigure's `deferLaterViews`) into the page. */
export function expandLaterViews(root: ParentNode): void {
  root.querySelectorAll<HTMLTemplateElement>('template[data-later-view]').forEach((t) => t.replaceWith(t.content));
}

/**
 * A value that follows `get()` one task later, and starts equal to it: a scene draws part of a step's
 * change from it, so that part lands in a task of its own. Done in one task, the heaviest changes made
 * long tasks on a phone with a slow CPU. Only the latest value lands. Call it while a component starts
 * (Locator, Terrain).
 */
export function oneTaskLater<T>(get: () => T): { readonly current: T } {
  let value = $state.raw(untrack(get));
  $effect(() => {
    const next = get();
    if (next === untrack(() => value)) return;
    const later = setTimeout(() => (value = next));
    return () => clearTimeout(later);
  });
  return {
    get current() {
      return value;
    },
  };
}
