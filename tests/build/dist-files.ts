// The built site's files, for the checks over dist/ (and the browser crawl, which visits every page).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Every file under `dir`, as absolute paths, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Every built HTML page: its file and its URL path below the site's base (`embed/locator/`, `404.html`). */
export function htmlPages(dir = distDir): { file: string; path: string }[] {
  return filesUnder(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, path: relative(dir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1') }));
}
