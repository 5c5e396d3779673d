// The sub-path build (`npm run build:base`, scripts/build-base.ts) and a check that everything a built site
// refers to resolves inside it, under its base path.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';

/** How the site is built for a sub-path in the tests: into dist-base/, as if served at example.org/land-for-guarantees/. */
export const BASE_BUILD = { base: '/land-for-guarantees/', site: 'https://example.org', outDir: 'dist-base' } as const;

export interface Reference {
  /** The file that refers (relative to the dist folder). */
  from: string;
  /** What kind of reference: an attribute (`link[rel=stylesheet]`, `script[src]`…), an island's data, JSON-LD… */
  kind: string;
  url: string;
}

export const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** The site-path URL of a built file: "embed/x/index.html" → "<base>embed/x/". */
const pageUrl = (file: string, base: string) => base + file.replace(/(^|\/)index\.html$/, '$1');

/** Every URL the built site loads or links to, from its HTML, CSS, JS, JSON, XML and text files. */
export function references(distDir: string, base: string): Reference[] {
  const refs: Reference[] = [];
  const add = (from: string, kind: string, url: string | undefined) => void (url && refs.push({ from, kind, url }));
  for (const path of walk(distDir)) {
    const from = relative(distDir, path);
    if (/\.(png|woff2?|geojson|csv)$/.test(from)) continue;
    const text = readFileSync(path, 'utf8');
    if (from.endsWith('.html')) {
      const $ = load(text, { scriptingEnabled: false }); // so <noscript> content (no-js.css) is parsed as elements
      $('[href]').each((_, e) => add(from, `${e.tagName}${$(e).attr('rel') ? `[rel=${$(e).attr('rel')}]` : ''}[href]`, $(e).attr('href')));
      $('[src]').each((_, e) => add(from, `${e.tagName}[src]`, $(e).attr('src')));
      $('meta[property^="og:"], meta[name^="twitter:"]').each((_, e) => {
        const content = $(e).attr('content')!;
        if (/^(https?:)?\//.test(content)) add(from, `meta[${$(e).attr('property') ?? $(e).attr('name')}]`, content);
      });
      $('astro-island').each((_, e) => {
        add(from, 'astro-island[component-url]', $(e).attr('component-url'));
        add(from, 'astro-island[renderer-url]', $(e).attr('renderer-url'));
        // Site paths among an island's props: the scene data it fetches, the story links it makes.
        for (const [, url] of ($(e).attr('props') ?? '').matchAll(/"(\/[^"\s]*)"/g)) add(from, /\.json$/.test(url) ? 'island data fetch' : 'island link', url);
      });
      $('script[type="application/ld+json"]').each((_, e) => {
        for (const [, url] of $(e).text().matchAll(/"(https?:\/\/[^"]+)"/g)) add(from, 'JSON-LD', url);
      });
      // The embed snippets journalists copy.
      $('textarea').each((_, e) => {
        for (const [, url] of $(e).text().matchAll(/(?:src|href)="([^"]+)"/g)) add(from, 'snippet', url);
      });
    } else if (from.endsWith('.css')) {
      for (const [, url] of text.matchAll(/url\(["']?([^"')]+)["']?\)/g)) if (!url.startsWith('data:')) add(from, 'css url()', url);
    } else if (from.endsWith('.js')) {
      // Absolute site paths in the bundles (preloads, lazy chunks); relative chunk imports resolve by construction.
      for (const [, url] of text.matchAll(/["'`](\/[\w./-]+\.(?:js|css|json|png|svg|woff2))["'`]/g)) add(from, 'js path', url);
    } else if (from.endsWith('oembed.json')) {
      const o = JSON.parse(text);
      add(from, 'oembed provider_url', o.provider_url);
      add(from, 'oembed thumbnail_url', o.thumbnail_url);
      add(from, 'oembed iframe', /src="([^"]+)"/.exec(o.html)?.[1]);
    } else if (from.endsWith('.xml')) {
      for (const [, url] of text.matchAll(/<loc>([^<]+)<\/loc>/g)) add(from, 'sitemap', url);
    } else if (from === 'robots.txt') {
      add(from, 'robots sitemap', /^Sitemap: (\S+)/m.exec(text)?.[1]);
    }
  }
  return refs;
}

/**
 * References that do not resolve to a file inside `distDir` served at `base` on `site` (and on any
 * localhost origin): "file → url (kind)" lines. Links to other hosts and in-page anchors are not checked.
 */
export function brokenReferences(distDir: string, base: string, site: string = BASE_BUILD.site): string[] {
  const origin = new URL(site).origin;
  return references(distDir, base).flatMap(({ from, kind, url }) => {
    if (/^(mailto|tel|data|javascript):/.test(url) || url.startsWith('#')) return [];
    const resolved = new URL(url, `${origin}${pageUrl(from, base)}`);
    if (resolved.origin !== origin) return [];
    const path = decodeURIComponent(resolved.pathname);
    const file = path.startsWith(base) ? join(distDir, path.slice(base.length), path.endsWith('/') ? 'index.html' : '') : null;
    return file && existsSync(file) && statSync(file).isFile() ? [] : [`${from} → ${url} (${kind})`];
  });
}
