import { defineProject } from 'vitest/config';

/** The speed tests: they run apart, with no other file beside them (vitest.perf.config.ts). */
export const SPEED_TESTS = ['tests/browser/lighthouse.test.ts', 'tests/browser/slow-cpu.test.ts', 'tests/browser/warm-layers.test.ts'];

// Not wrapped in getViteConfig: Astro's plugins stub `astro` itself, and global setup needs its preview().
export default defineProject({
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    exclude: SPEED_TESTS,
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    sequence: { groupOrder: 0 },
  },
});
