import { describe, it, expect, vi } from 'vitest';
import { locateStep, debounce } from '../../src/components/scrolly/locate';

const boxes = [
  { top: 100, bottom: 300 },
  { top: 500, bottom: 700 },
  { top: 900, bottom: 1000 },
];

describe('locateStep', () => {
  it.each([
    { name: 'before the first step: first step, no progress', line: 50, index: 0, progress: 0 },
    { name: 'inside the first step', line: 200, index: 0, progress: 0.5 },
    { name: 'in the gap after a step: that step stays active, complete', line: 400, index: 0, progress: 1 },
    { name: 'exactly on a step top', line: 500, index: 1, progress: 0 },
    { name: 'inside the last step', line: 975, index: 2, progress: 0.75 },
    { name: 'past the last step', line: 5000, index: 2, progress: 1 },
  ])('$name', ({ line, index, progress }) => {
    expect(locateStep(boxes, line)).toEqual({ index, progress });
  });

  it('handles no steps and zero-height steps', () => {
    expect(locateStep([], 100)).toEqual({ index: 0, progress: 0 });
    expect(locateStep([{ top: 10, bottom: 10 }], 10).progress).toBe(0);
  });

  it('jumping mid-page lands on the right step directly (regression: scrollama step-skip)', () => {
    // Boxes as seen after a jump: steps 0 and 1 scrolled far above the line.
    const after = boxes.map((b) => ({ top: b.top - 800, bottom: b.bottom - 800 }));
    expect(locateStep(after, 150).index).toBe(2);
  });
});

describe('debounce', () => {
  it('runs once after a burst, and not at all when cancelled', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d();
    d();
    d();
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    d.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
