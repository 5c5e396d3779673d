import { defineProject } from 'vitest/config';

// The speed measurements (Lighthouse, the slow-CPU scroll) against the built dist/. A group of their own,
// run after every other project has finished (groupOrder 1): on a two-core machine, other test files
// running beside them made their timings swing widely.
export default defineProject({
  test: {
    name: 'perf',
    include: ['tests/browser/lighthouse.test.ts', 'tests/browser/slow-cpu.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    sequence: { groupOrder: 1 },
  },
});
