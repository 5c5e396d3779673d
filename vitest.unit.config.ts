import { getViteConfig } from 'astro/config';
import { defineProject } from 'vitest/config';

export default getViteConfig(
  defineProject({
    test: {
      name: 'unit',
      include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/build/**/*.test.ts'],
      environment: 'node',
      // Runs with dom and browser; the perf project runs apart from all three (vitest.perf.config.ts).
      sequence: { groupOrder: 0 },
    },
  }),
);
