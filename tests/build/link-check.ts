// A link checker over a built site: every internal URL a page, stylesheet, oEmbed file, sitemap or
// robots.txt names must be a file in dist/, and a `#fragment` must be an id on the page it points to.
// Links to other hosts are counted, not fetched. Exported so any build (e.g. one under a base path) can be
// checked: checkLinks(distDir, { base: '/land-for-guarantees/' }).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load } from 'cheerio';
import { filesUnder, htmlPages } from './dist-files';

export interface LinkCheckOptions {
  /** The site's origin as built (SITE_URL): absolute URLs on it are internal. Default: from the home page's canonical URL. */
  site?: string;
  /** The base path the site was built for (BASE_PATH). Default: from the home page's canonical URL. */
  base?: string;
}

export interface LinkReport {
  /** HTML pages read. */
  pages: number;
  /** Internal URLs checked (each distinct URL once per file that names it). */
  internal: number;
  /** Distinct links to other hosts (and mailto:/tel:), not fetched. */
  external: number;
  /** "file: what url → problem" lines. */
  broken: string[];
  /** Every reference read, as written in its file (`what` names its kind: `<script src>`, `JSON-LD`…). */
  references: { file: string; what: string; url: string }[];
}

const PAGE_URL_ATTRS = ['href', 'src', 'poster', 'component-url', 'renderer-url', 'before-hydration-url'];
const META_URLS = ['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'twitter:image', 'og:video', 'og:audio'];
const CSS_URL = /url\(\s*(["']?)([^"')]+)\1\s*\)/g;
const SNIPPET_URL = /(?:src|href)="([^"]+)"/g;

/** Where the site says it lives: the home page's canonical URL is `site` + `base`. */
function siteAndBase(dist: string): { site: string; base: string } {
  const home = join(dist, 'index.html');
  const canonical = existsSync(home) ? load(readFileSync(home, 'utf8'))('link[rel="canonical"]').attr('href') : undefined;
  const url = new URL(canonical ?? 'http://site.invalid/');
  return { site: url.origin, base: url.pathname };
}

export function checkLinks(dist: string, options: LinkCheckOptions = {}): LinkReport {
  const found = siteAndBase(dist);
  const site = new URL(options.site ?? found.site).origin;
  const base = (options.base ?? found.base).replace(/\/?$/, '/').replace(/^\/?/, '/');
  const root = `${site}${base}`;
  const files = filesUnder(dist);
  const urlOf = (file: string) => root + relative(dist, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');

  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsCache.has(file)) {
      const $ = load(readFileSync(file, 'utf8'));
      idsCache.set(file, new Set($('[id]').map((_, el) => $(el).attr('id')!).get()));
    }
    return idsCache.get(file)!;
  };

  const external = new Set<string>();
  const checked = new Set<string>();
  const broken: string[] = [];
  const references: LinkReport['references'] = [];

  /** The file in dist/ that serves this path below the base, if any (`a/` → `a/index.html`; `a` → `a` or `a/index.html`). */
  const fileFor = (path: string): string | undefined => {
    const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    return candidates.map((c) => join(dist, c)).find((f) => existsSync(f) && statSync(f).isFile());
  };

  function check(from: string, what: string, raw: string | undefined, fromUrl: string) {
    const ref = raw?.trim();
    if (!ref || /^(data|blob|about):/i.test(ref)) return;
    references.push({ file: relative(dist, from), what, url: ref });
    const problem = (text: string) => broken.push(`${relative(dist, from)}: ${what} ${ref} → ${text}`);
    if (/^javascript:/i.test(ref)) return problem('a javascript: URL');
    let url: URL;
    try {
      url = new URL(ref, fromUrl);
    } catch {
      return problem('not a URL');
    }
    if (url.origin !== site || !/^https?:$/.test(url.protocol)) return void external.add(url.href);
    const key = `${from}\n${url.href}`;
    if (checked.has(key)) return;
    checked.add(key);
    if (!url.pathname.startsWith(base)) return problem(`outside the base path ${base}`);
    const path = decodeURIComponent(url.pathname.slice(base.length));
    const target = fileFor(path);
    if (!target) return problem(`no file in dist/ for /${path}`);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !fragment.startsWith(':~:') && target.endsWith('.html') && !idsOf(target).has(fragment)) {
      problem(`no id "${fragment}" on ${relative(dist, target)}`);
    }
  }

  const pages = htmlPages(dist);
  for (const { file } of pages) {
    const pageUrl = urlOf(file);
    // Parsed as without scripting, so <noscript> content (no-js.css) is read as elements.
    const $ = load(readFileSync(file, 'utf8'), { scriptingEnabled: false });
    // A <base href> would change how relative URLs resolve; the site uses none, so resolve against the page.
    for (const attr of PAGE_URL_ATTRS) {
      $(`[${attr}]`).each((_, el) => {
        const rel = $(el).attr('rel');
        check(file, `<${$(el).prop('tagName')?.toLowerCase()}${rel ? ` rel=${rel}` : ''} ${attr}>`, $(el).attr(attr), pageUrl);
      });
    }
    $('[srcset]').each((_, el) => {
      for (const candidate of $(el).attr('srcset')!.split(',')) check(file, 'srcset', candidate.trim().split(/\s+/)[0], pageUrl);
    });
    $('meta[content]').each((_, el) => {
      const name = $(el).attr('property') ?? $(el).attr('name') ?? '';
      if (META_URLS.includes(name)) check(file, `<meta ${name}>`, $(el).attr('content'), pageUrl);
    });
    // Island props carry the data files a scene fetches and the story links of embed steps.
    $('astro-island[props]').each((_, el) => {
      for (const m of $(el).attr('props')!.matchAll(/"(\/[^"\s]*)"/g)) if (m[1].startsWith(base)) check(file, 'island prop', m[1], pageUrl);
    });
    $('script[type="application/ld+json"]').each((_, el) => {
      for (const m of $(el).text().matchAll(/"(https?:\/\/[^"]+)"/g)) check(file, 'JSON-LD', m[1], pageUrl);
    });
    // Embed snippets shown for copying.
    $('[data-embed-code]').each((_, el) => {
      for (const m of $(el).text().matchAll(SNIPPET_URL)) check(file, 'snippet', m[1], pageUrl);
    });
    const styles = [...$('style').map((_, el) => $(el).text()).get(), ...$('[style]').map((_, el) => $(el).attr('style')!).get()];
    for (const css of styles) for (const m of css.matchAll(CSS_URL)) if (!m[2].startsWith('#')) check(file, 'inline CSS url()', m[2], pageUrl);
  }

  for (const file of files) {
    const text = () => readFileSync(file, 'utf8');
    if (file.endsWith('.css')) {
      for (const m of text().matchAll(CSS_URL)) if (!m[2].startsWith('#')) check(file, 'CSS url()', m[2], urlOf(file));
    } else if (file.endsWith('.js')) {
      // Absolute site paths in the bundles (preloads, lazy chunks); relative chunk imports resolve by construction.
      for (const m of text().matchAll(/["'`](\/[\w./-]+\.(?:js|css|json|png|svg|woff2))["'`]/g)) check(file, 'JS path', m[1], urlOf(file));
    } else if (file.endsWith('oembed.json')) {
      const oembed = JSON.parse(text());
      for (const key of ['url', 'provider_url', 'thumbnail_url']) if (oembed[key]) check(file, `oEmbed ${key}`, oembed[key], urlOf(file));
      for (const m of String(oembed.html ?? '').matchAll(SNIPPET_URL)) check(file, 'oEmbed html', m[1], urlOf(file));
    } else if (file.endsWith('.xml')) {
      for (const m of text().matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) check(file, 'sitemap <loc>', m[1], urlOf(file));
    } else if (relative(dist, file) === 'robots.txt') {
      for (const m of text().matchAll(/^\s*sitemap:\s*(\S+)/gim)) check(file, 'Sitemap:', m[1], urlOf(file));
    }
  }

  return { pages: pages.length, internal: checked.size, external: external.size, broken: [...new Set(broken)], references };
}
