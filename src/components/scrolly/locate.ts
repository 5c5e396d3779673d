/** A step's vertical extent in viewport pixels (what getBoundingClientRect gives). */
export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * Which step holds the offset line, and how far through it the line is (0..1). Geometry decides, not
 * event order: before the first step the first is active, in a gap the previous step stays active,
 * past the last step the last stays active. This is the safety net for scrollama's dropped enters.
 */
export function locateStep(boxes: readonly StepBox[], line: number): { index: number; progress: number } {
  if (!boxes.length) return { index: 0, progress: 0 };
  let index = 0;
  for (let i = 0; i < boxes.length; i++) if (boxes[i].top <= line) index = i;
  const { top, bottom } = boxes[index];
  const progress = Math.min(1, Math.max(0, (line - top) / Math.max(bottom - top, 1)));
  return { index, progress };
}

/** Calls `fn` once, `ms` after the last of a burst of calls (resize, zoom, orientation change). */
export function debounce(fn: () => void, ms: number): (() => void) & { cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  return Object.assign(run, { cancel: () => clearTimeout(timer) });
}
