import { defineProject } from 'vitest/config';
import browser from './vitest.browser.config';

// The speed measurements (Lighthouse, the slow-CPU scroll) against the built dist/: the browser project's
// settings, in a group of their own run after every other project has finished (groupOrder 1). On a
// two-core machine, other test files running beside them made their timings swing widely.
export default defineProject({
  test: {
    ...browser.test,
    name: 'perf',
    include: ['tests/browser/lighthouse.test.ts', 'tests/browser/slow-cpu.test.ts'],
    exclude: [],
    sequence: { groupOrder: 1 },
  },
});
