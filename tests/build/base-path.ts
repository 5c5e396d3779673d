// The sub-path build (`npm run build:base`, scripts/build-base.ts): where the tests build and serve it.

/** How the site is built for a sub-path in the tests: into dist-base/, as if served at example.org/land-for-guarantees/. */
export const BASE_BUILD = { base: '/land-for-guarantees/', site: 'https://example.org', outDir: 'dist-base' } as const;
