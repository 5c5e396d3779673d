import { defineConfig } from 'vitest/config';

// Four projects: `unit` (pure functions, data outputs, SSR components, build checks over dist/; runs
// through Astro's Vite config so .svelte/.astro compile), `dom` (components in happy-dom), `browser`
// (real Chromium against dist/) and `perf` (Lighthouse, the slow-CPU scroll and the layer warming, in a group of
// their own, with no other file beside them).
// The JSON report lets .ci/run print the plain "N passed, N failed" line.
export default defineConfig({
  test: {
    projects: ['./vitest.unit.config.ts', './vitest.dom.config.ts', './vitest.browser.config.ts', './vitest.perf.config.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
