import type { TestProject } from 'vitest/node';
import { preview } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the built dist/ on a free localhost port for the browser tests. */
export default async function setup(project: TestProject) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (!existsSync(`${root}/dist/index.html`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  project.provide('baseURL', `http://127.0.0.1:${server.port}/`);
  return () => server.stop();
}
