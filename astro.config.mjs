// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

export default defineConfig({
  site: 'https://land-for-guarantees.example',
  output: 'static',
  integrations: [svelte()],
  server: { host: '127.0.0.1', port: 4321 },
});
