// `npm run build:base` (part of `npm test`): builds the site as if published under a sub-path
// (tests/build/base-path.ts: https://example.org/land-for-guarantees/) into dist-base/, so the tests can
// check that every link, script, data file and picture resolves there. The pictures do not depend on the
// base path: they are copied from dist/ (made by `npm run build`) instead of drawn again.
import { build } from 'astro';
import { cpSync, existsSync } from 'node:fs';
import { BASE_BUILD } from '../tests/build/base-path.ts';

const { base, site, outDir } = BASE_BUILD;
const started = Date.now();
await build({ root: process.cwd(), base, site, outDir, logLevel: 'warn' });
if (existsSync('dist/images')) cpSync('dist/images', `${outDir}/images`, { recursive: true });
else console.warn('build:base: dist/images is missing (run `npm run build` first); pictures will not resolve.');
console.log(`build:base: ${outDir}/ built for ${site}${base} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
