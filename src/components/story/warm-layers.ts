// Lays out the story's scene layers ahead of the reader, a small piece per idle moment after the load.
//
// A layer that is not on screen is `content-visibility: hidden`: the browser skips its style and layout,
// which keeps the page's load cheap. But the first time a step showed it, all of it was styled and laid
// out at once, and on a phone that took 60–100 ms for a text-heavy scene (the ladder's three stacked
// views). Here each layer is rendered once while unseen (`.is-warming` in global.css: transparent, behind
// the scene on screen, its size kept out of the figure's), a few of its parts at a time, then hidden
// again; the browser keeps the layout of a `content-visibility: hidden` element, so showing it later is
// cheap. A layer on screen only gets its deferred state views put in place, also a few parts at a time.
// The work is done while the reader is still at the top: pieces done during a scroll cost far more, as
// they compete with the scroll for the CPU.
import { expandLaterViews } from '../scenes/live-scene.svelte';
import { whenIdle, type Schedule } from './idle';

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

/** Ends a layer's warming at once, all its parts in place: when the warming is done, or when a step shows the layer. */
export function endWarming(layer: HTMLElement): void {
  if (!layer.classList.contains(WARMING)) return;
  layer.querySelectorAll('[data-cold]').forEach((part) => part.removeAttribute('data-cold'));
  layer.removeAttribute('aria-hidden');
  layer.classList.remove(WARMING);
}

/**
 * Warms `layer`, one piece per step of the generator: it leaves out its parts (`data-cold`, not displayed
 * while warming), then puts them back a batch at a time, then ends. A layer on screen warms only its
 * hidden state views. It stops once `endWarming` has been called or the layer has left the page.
 */
function* warming(layer: HTMLElement): Generator<void, void, void> {
  if (!layer.isConnected || layer.dataset.warm) return;
  layer.dataset.warm = 'started';
  const shown = layer.classList.contains('is-active');
  expandLaterViews(layer);
  const roots = shown ? [...layer.querySelectorAll('[data-state-view][hidden]')] : [layer.querySelector('[data-scene-body]') ?? layer];
  if (roots.length === 0) return;
  const batches = batch(roots.flatMap((root) => partsOf(root, PIECE_SIZE)), PIECE_SIZE);
  batches.flat().forEach((part) => part.setAttribute('data-cold', ''));
  // Not for screen readers while it is rendered unseen (a layer off screen is hidden from them).
  if (!shown) layer.setAttribute('aria-hidden', 'true');
  layer.classList.add(WARMING);
  layOut(layer);
  for (const parts of batches) {
    yield;
    if (!layer.isConnected || !layer.classList.contains(WARMING)) return;
    parts.forEach((part) => part.removeAttribute('data-cold'));
    layOut(layer);
  }
  // One more moment, so the browser renders a frame with every part in place: the frame is when each
  // view's size is remembered (`contain-intrinsic-size: auto`), the size it keeps while skipped.
  yield;
  if (!layer.isConnected || !layer.classList.contains(WARMING)) return;
  endWarming(layer);
  // Its views have been laid out, and remember their sizes: from now on a hidden one can be skipped (global.css).
  layer.dataset.warm = 'done';
}

/** Warms `layers` in order, one piece per moment `schedule` gives (by default, idle callbacks). */
export function warmLayers(layers: Iterable<HTMLElement>, schedule: Schedule = whenIdle): void {
  const queue = [...layers].map(warming);
  const work = () => {
    // A layer with nothing (more) to do costs nothing, so the moment goes to the next one's first piece.
    while (queue.length > 0 && queue[0].next().done) queue.shift();
    if (queue.length > 0) schedule(work);
  };
  schedule(work);
}
