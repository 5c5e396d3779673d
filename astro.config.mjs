// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import headers from './src/integrations/headers.ts';

export default defineConfig({
  // Where the site is published: used for canonical URLs, social cards, oEmbed and embed snippets.
  // Set SITE_URL (and BASE_PATH when it is served under a sub-path) when building for production.
  site: process.env.SITE_URL || 'https://land-for-guarantees.example',
  base: process.env.BASE_PATH || '/',
  output: 'static',
  // Every page's CSS goes inline in its <head> (and into its CSP hashes): on a slow phone connection the
  // story's seven small stylesheets were seven render-blocking round trips before the first paint.
  build: { inlineStylesheets: 'always' },
  vite: {
    plugins: [
      {
        // No preload lists for the browser's lazy imports: they shipped every scene's list of dependencies
        // to the story (0.3 KB of its 45 KB budget). A scene's chunk now fetches its own few imports
        // itself, one level at a time; it loads a step before it is needed, so they have time to arrive.
        // (Astro sets `build.modulePreload` itself, so it is set here for the browser's build alone.)
        name: 'no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
  },
  integrations: [
    svelte(),
    // The sitemap lists the pages a reader should land on from a search: the story, the classroom guide,
    // the glossary, the printable edition and the embed index. One-graphic embed and presentation pages
    // are left out: they are made to sit in other sites' iframes and on projectors, and repeat the story.
    sitemap({ filter: (page) => !/\/(embed|present)\/[^/]+\/$/.test(new URL(page).pathname) }),
    headers(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  security: {
    // Astro hashes its own inline scripts and styles into a CSP <meta> on every page. Inline `style`
    // attributes stay allowed (style-src-attr): scenes position HTML labels with them, and a style
    // attribute cannot run code. Everything is loaded from the site itself.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
