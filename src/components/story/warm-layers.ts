// Lays out the story's scene layers ahead of the reader, a small piece per idle moment after the load.
//
// A layer that is not on screen is `content-visibility: hidden`: the browser skips its style and layout,
// which keeps the page's load cheap. But the first time a step showed it, all of it was styled and laid
// out at once, and on a phone that took 60–100 ms for a text-heavy scene (the ladder's three stacked
// views). Here each layer is rendered once while unseen (`.is-warming` in global.css: transparent, behind
// the scene on screen, its size kept out of the figure's), a few of its parts at a time, then hidden
// again; the browser keeps the layout of a `content-visibility: hidden` element, so showing it later is
// cheap; and its hidden state views are skipped from then on (global.css). Of a layer on screen, only the
// hidden state views are laid out. The work is done while the reader is still at the top: pieces done
// during a scroll cost far more, as they compete with the scroll for the CPU.
import { expandLaterViews } from '../scenes/live-scene.svelte';
import { debounce } from '../scrolly/locate';

/** Runs a task at some later moment. */
export type Schedule = (task: () => void) => void;

const WARMING = 'is-warming';
/**
 * About how many elements one piece styles and lays out. At 4× CPU slow-down on the test machine one of
 * the ladder's views (about 150 elements, 450 layout objects) took 20–30 ms at rest.
 */
export const PIECE_SIZE = 120;

const size = (el: Element) => el.getElementsByTagName('*').length + 1;

/** Splits `el` into its largest parts of at most `limit` elements, in document order (a part with no child elements stays whole). */
export function partsOf(el: Element, limit: number): Element[] {
  if (size(el) <= limit || el.children.length === 0) return [el];
  return [...el.children].flatMap((child) => partsOf(child, limit));
}

/** Groups consecutive parts into batches of at most `limit` elements (a larger part is a batch alone). */
export function batch(parts: Element[], limit: number): Element[][] {
  const batches: Element[][] = [];
  let total = 0;
  for (const part of parts) {
    const n = size(part);
    if (batches.length === 0 || total + n > limit) {
      batches.push([]);
      total = 0;
    }
    batches.at(-1)!.push(part);
    total += n;
  }
  return batches;
}

/** Makes the browser style and lay out what changed now, so the work lands in this (idle) task. */
const layOut = (layer: HTMLElement) => void layer.getBoundingClientRect();

/** Ends a layer's warming at once, all its parts in place: when the warming is done, or when a step shows or leaves the layer. */
export function endWarming(layer: HTMLElement): void {
  layer.querySelectorAll('[data-cold]').forEach((part) => part.removeAttribute('data-cold'));
  layer.inert = false;
  layer.classList.remove(WARMING);
}

/** Yielded by `warming` when it must wait until the browser has drawn a frame, not just for an idle moment. */
const AFTER_A_FRAME = 'frame';

/**
 * Warms `layer`, one piece per step of the generator: it leaves out its parts (`data-cold`, not displayed
 * while warming), then puts them back a batch at a time, then ends. A layer on screen warms only its
 * hidden state views. It stops once `endWarming` has been called.
 */
function* warming(layer: HTMLElement): Generator<typeof AFTER_A_FRAME | void, void, void> {
  if (!layer.isConnected || layer.dataset.warm) return;
  const stopped = () => !layer.classList.contains(WARMING);
  layer.dataset.warm = 'started';
  const shown = layer.classList.contains('is-active');
  try {
    expandLaterViews(layer);
    const roots = shown ? [...layer.querySelectorAll('[data-state-view][hidden]')] : [layer.querySelector('[data-scene-body]') ?? layer];
    if (roots.length === 0) return;
    // The scene on screen (after a reload or a resize) is laid out whole: leaving parts of its hidden
    // views out for a while would change its height in front of the reader.
    const box = layer.getBoundingClientRect();
    const inView = shown && box.bottom > 0 && box.top < innerHeight;
    const batches = inView ? [] : batch(roots.flatMap((root) => partsOf(root, PIECE_SIZE)), PIECE_SIZE);
    batches.flat().forEach((part) => part.setAttribute('data-cold', ''));
    // Rendered unseen, it is out of reach of the keyboard, the pointer and screen readers (as a layer off screen is).
    if (!shown) layer.inert = true;
    layer.classList.add(WARMING);
    layOut(layer);
    for (const parts of batches) {
      yield;
      if (stopped()) return;
      parts.forEach((part) => part.removeAttribute('data-cold'));
      layOut(layer);
    }
    // A frame drawn with every part in place is when each state view's size is remembered
    // (`contain-intrinsic-size: auto`): the size it keeps once it is skipped (global.css).
    yield AFTER_A_FRAME;
    if (stopped()) return;
    layer.dataset.warm = 'done';
    // Back within reach, and restyled as such now, while the layer is still rendered. Were it hidden
    // first, the browser would put the restyle off (inertness is inherited by every part) until a step
    // showed the layer, and do it in that step's frame: about 90 elements, 10 ms at 4× CPU slow-down.
    layer.inert = false;
    layOut(layer);
  } finally {
    endWarming(layer);
  }
}

/** When warming's pieces run: in idle moments, and after the browser has drawn a frame. Tests run them by hand. */
export interface Moments {
  idle: Schedule;
  afterFrame: Schedule;
}
/** Runs `task` when the browser is next idle (within 4 s), or 300 ms later in a browser without idle callbacks (Safari). */
export const whenIdle = (task: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(() => task(), { timeout: 4000 }) : setTimeout(task, 300);

const inTheBrowser: Moments = {
  // (warmLayers does nothing in a browser without idle callbacks, so its fallback never runs here.)
  idle: (task) => void whenIdle(task),
  afterFrame: (task) => requestAnimationFrame(() => setTimeout(task)),
};

/**
 * Warms `layers` in order, one piece per idle moment. Not in browsers without idle callbacks (Safari):
 * there the pieces could only be timed blindly, in the middle of a scroll, so the layers stay as they were.
 */
export function warmLayers(layers: Iterable<HTMLElement>, moments: Moments = inTheBrowser): void {
  if (moments === inTheBrowser && !('requestIdleCallback' in window)) return;
  const queue = [...layers].map(warming);
  const work = () => {
    // A layer with nothing (more) to do costs nothing, so the moment goes to the next one's first piece.
    while (queue.length > 0) {
      try {
        const step = queue[0].next();
        if (step.done) queue.shift();
        else return step.value === AFTER_A_FRAME ? moments.afterFrame(() => moments.idle(work)) : moments.idle(work);
      } catch {
        queue.shift(); // that layer stays as it was (its `finally` ended the warming); the others go on
      }
    }
  };
  moments.idle(work);
}

/** Warms `layer` once more: a live scene has mounted on it, which changed its drawing. */
export function warmAgain(layer: HTMLElement): void {
  delete layer.dataset.warm;
  warmLayers([layer]);
}

/**
 * The story's warming: every layer, those at or below the reader first (after a reload in mid-page the
 * chapters above can wait), and all of them again when the window changes size, as a skipped view's
 * remembered size is then out of date.
 */
export function warmStory(layers: HTMLElement[]): void {
  const ahead = (layer: HTMLElement) => (layer.closest('.chapter') ?? layer).getBoundingClientRect().bottom > 0;
  warmLayers([...layers.filter(ahead), ...layers.filter((l) => !ahead(l))]);
  const root = document.documentElement;
  const sizeNow = () => [root.clientWidth, root.clientHeight] + '';
  let size = sizeNow();
  addEventListener(
    'resize',
    debounce(() => {
      if (sizeNow() === size) return;
      size = sizeNow();
      layers.forEach((layer) => {
        endWarming(layer);
        delete layer.dataset.warm;
      });
      warmLayers(layers);
    }, 300),
  );
}
