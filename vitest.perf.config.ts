import { defineProject } from 'vitest/config';
import browser from './vitest.browser.config';

// The speed measurements (Lighthouse, the slow-CPU scroll) against the built dist/: the browser project's
// settings, in a test group of their own (sequence.groupOrder), so no other test file runs beside them: on
// a two-core machine, other files running at the same time made their timings swing widely.
export default defineProject({
  test: {
    ...browser.test,
    name: 'perf',
    include: ['tests/browser/lighthouse.test.ts', 'tests/browser/slow-cpu.test.ts'],
    exclude: [],
    sequence: { groupOrder: 1 },
  },
});
