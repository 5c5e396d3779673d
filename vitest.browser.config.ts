import { defineProject } from 'vitest/config';

// Not wrapped in getViteConfig: Astro's plugins stub `astro` itself, and global setup needs its preview().
export default defineProject({
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    // Speed measurements run apart, with no other file beside them: see vitest.perf.config.ts.
    exclude: ['tests/browser/lighthouse.test.ts', 'tests/browser/slow-cpu.test.ts', 'tests/browser/warm-layers.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    sequence: { groupOrder: 0 },
  },
});
