import { defineProject } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Client-side component tests (mount/unmount in happy-dom): Svelte compiled for the browser.
export default defineProject({
  plugins: [svelte()],
  resolve: { conditions: ['browser'] },
  test: { name: 'dom', include: ['tests/dom/**/*.test.ts'], environment: 'happy-dom', sequence: { groupOrder: 0 } },
});
