import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure functions, data outputs, SSR components; runs through Astro's Vite
// config so .svelte/.astro compile) and `browser` (real Chromium against the built dist/).
export default defineConfig({
  test: { projects: ['./vitest.unit.config.ts', './vitest.browser.config.ts'] },
});
