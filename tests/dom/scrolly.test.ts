import { describe, it, expect, vi, beforeEach } from 'vitest';
import { mount, unmount, flushSync, createRawSnippet } from 'svelte';

// A stand-in scrollama that records what the wrapper sets up and tears down.
const scrollers: { destroyed: boolean; steps: number }[] = [];
vi.mock('scrollama', () => ({
  default: () => {
    const record = { destroyed: false, steps: 0 };
    scrollers.push(record);
    const api = {
      setup: (opts: { step: unknown[] }) => ((record.steps = opts.step.length), api),
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

const observers: { observing: number }[] = [];
class FakeResizeObserver {
  record = { observing: 0 };
  constructor() {
    observers.push(this.record);
  }
  observe() {
    this.record.observing++;
  }
  disconnect() {
    this.record.observing = 0;
  }
  unobserve() {}
}

describe('Scrolly', () => {
  beforeEach(() => {
    scrollers.length = 0;
    observers.length = 0;
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });

  it('sets up on mount and leaves nothing observing or listening after unmount', async () => {
    const { default: Scrolly } = await import('../../src/components/scrolly/Scrolly.svelte');
    const added = new Map<string, number>();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    vi.spyOn(window, 'addEventListener').mockImplementation((type: string, fn: any, opts?: any) => {
      added.set(type, (added.get(type) ?? 0) + 1);
      add(type, fn, opts);
    });
    vi.spyOn(window, 'removeEventListener').mockImplementation((type: string, fn: any, opts?: any) => {
      added.set(type, (added.get(type) ?? 0) - 1);
      remove(type, fn, opts);
    });

    const target = document.createElement('div');
    document.body.append(target);
    const children = createRawSnippet(() => ({
      render: () => '<div><div data-step="0">one</div><div data-step="1">two</div><div data-step="2">three</div></div>',
    }));
    const app = mount(Scrolly, { target, props: { children } });
    flushSync();

    expect(scrollers).toHaveLength(1);
    expect(scrollers[0].steps).toBe(3);
    expect(observers[0].observing).toBe(1);
    expect(added.get('scroll')).toBe(1);
    expect(added.get('resize')).toBe(1);

    unmount(app);
    flushSync();
    expect(scrollers[0].destroyed).toBe(true);
    expect(observers[0].observing).toBe(0);
    expect(added.get('scroll')).toBe(0);
    expect(added.get('resize')).toBe(0);
  });
});
