import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { mount, unmount, flushSync, createRawSnippet } from 'svelte';

// A stand-in scrollama that records what the wrapper sets up and tears down.
const scrollers: { destroyed: boolean; steps: number; progress: boolean }[] = [];
vi.mock('scrollama', () => ({
  default: () => {
    const record = { destroyed: false, steps: 0, progress: false };
    scrollers.push(record);
    const api = {
      setup: (opts: { step: unknown[]; progress?: boolean }) => (Object.assign(record, { steps: opts.step.length, progress: Boolean(opts.progress) }), api),
      onStepEnter: () => api,
      onStepExit: () => api,
      onStepProgress: () => api,
      resize: () => api,
      destroy: () => {
        record.destroyed = true;
      },
    };
    return api;
  },
}));

/** Observers (resize and intersection) that record what they watch and let the test fire them. */
const observers: { kind: string; observing: number; fire: (isIntersecting: boolean) => void }[] = [];
const fakeObserver = (kind: string) =>
  class {
    record: (typeof observers)[number];
    constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
      this.record = { kind, observing: 0, fire: (isIntersecting) => callback([{ isIntersecting }]) };
      observers.push(this.record);
    }
    observe() {
      this.record.observing++;
    }
    disconnect() {
      this.record.observing = 0;
    }
    unobserve() {}
  };

/** Animation frames as a set we can inspect: a leaked frame would stay pending after unmount. */
const frames = new Map<number, FrameRequestCallback>();
let nextFrame = 1;

describe('Scrolly', () => {
  const listeners = new Map<string, number>();
  beforeEach(() => {
    scrollers.length = 0;
    observers.length = 0;
    frames.clear();
    listeners.clear();
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', fakeObserver('resize'));
    vi.stubGlobal('IntersectionObserver', fakeObserver('intersection'));
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => (frames.set(nextFrame, cb), nextFrame++));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    vi.spyOn(window, 'addEventListener').mockImplementation((type: string, fn: any, opts?: any) => {
      listeners.set(type, (listeners.get(type) ?? 0) + 1);
      add(type, fn, opts);
    });
    vi.spyOn(window, 'removeEventListener').mockImplementation((type: string, fn: any, opts?: any) => {
      if (listeners.get(type)) listeners.set(type, listeners.get(type)! - 1);
      remove(type, fn, opts);
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  async function mountScrolly(props: Record<string, unknown> = {}) {
    const { default: Scrolly } = await import('../../src/components/scrolly/Scrolly.svelte');
    const target = document.createElement('div');
    document.body.append(target);
    const children = createRawSnippet(() => ({
      render: () => '<div><div data-step="0">one</div><div data-step="1">two</div><div data-step="2">three</div></div>',
    }));
    const app = mount(Scrolly, { target, props: { children, ...props } });
    flushSync();
    return app;
  }

  it('listens to scrolling only while on screen, and leaves nothing behind after unmount', async () => {
    const app = await mountScrolly();
    // Setting up scrollama and the observers waits for a task of its own, after hydration.
    expect(scrollers[0]).toMatchObject({ steps: 0 });
    expect(observers.map((o) => o.observing)).toEqual([0, 0]);
    vi.runOnlyPendingTimers();
    expect(scrollers).toHaveLength(1);
    expect(scrollers[0]).toMatchObject({ steps: 3, progress: false });
    expect(observers.map((o) => [o.kind, o.observing])).toEqual([['resize', 1], ['intersection', 1]]);
    expect(listeners.get('scroll') ?? 0).toBe(0);
    expect(listeners.get('resize')).toBe(1);

    observers[1].fire(true);
    expect(listeners.get('scroll')).toBe(1);
    observers[1].fire(false);
    expect(listeners.get('scroll')).toBe(0);
    observers[1].fire(true);

    // A resize burst leaves a debounce timer pending, and a sync leaves a frame pending.
    window.dispatchEvent(new Event('resize'));
    window.dispatchEvent(new Event('scroll'));
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    expect(frames.size).toBeGreaterThan(0);

    unmount(app);
    flushSync();
    expect(scrollers[0].destroyed).toBe(true);
    expect(observers.map((o) => o.observing)).toEqual([0, 0]);
    expect(listeners.get('scroll')).toBe(0);
    expect(listeners.get('resize')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(frames.size).toBe(0);
  });

  // scrollama's progress mode adds an observer with dozens of thresholds per step, all working on every
  // scroll frame; the wrapper measures progress in its own scroll frame instead.
  it('never asks scrollama for progress, even when a scene draws it', async () => {
    const app = await mountScrolly({ trackProgress: true });
    vi.runOnlyPendingTimers();
    expect(scrollers[0].steps).toBe(3);
    expect(scrollers[0].progress).toBe(false);
    unmount(app);
  });

  it('unmounted before its setup task runs, sets nothing up and leaves nothing behind', async () => {
    const app = await mountScrolly();
    unmount(app);
    flushSync();
    vi.runOnlyPendingTimers();
    expect(scrollers[0]).toMatchObject({ steps: 0, destroyed: true });
    expect(observers.map((o) => o.observing)).toEqual([0, 0]);
    expect(listeners.get('resize') ?? 0).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
