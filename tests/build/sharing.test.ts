// Sharing and trust over dist/: titles, descriptions, canonical URLs and social cards on every page; the
// story's structured data and dates (from src/stories/corrections.json); sitemap, robots.txt, icons; the 404 page.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { htmlPages } from './dist-files';
import { pngSize } from './png';
import corrections from '../../src/stories/corrections.json';

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const site = new URL(/^Sitemap: (\S+)$/m.exec(read('robots.txt'))![1]).origin; // the SITE_URL of the build
/** The dist file an absolute URL on the site points to. */
const fileFor = (url: string) => {
  const { origin, pathname } = new URL(url);
  expect(origin, url).toBe(site);
  return join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
};

const pages = htmlPages(dist)
  .filter((p) => p.path !== '404.html')
  .map((p) => ({ path: `/${p.path}`, $: load(readFileSync(p.file, 'utf8')) }));
const meta = ($: CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');

describe('every page (sharing)', () => {
  it('has a title and a description of its own', () => {
    expect(pages.length).toBeGreaterThan(20);
    const titles = pages.map((p) => p.$('title').text());
    const descriptions = pages.map((p) => meta(p.$, 'description') ?? '');
    for (const [i, p] of pages.entries()) {
      expect(titles[i], p.path).toMatch(/Land for Guarantees/);
      expect(descriptions[i].length, `${p.path} description`).toBeGreaterThan(60);
      expect(meta(p.$, 'og:title'), p.path).toBe(titles[i]);
      expect(meta(p.$, 'og:description'), p.path).toBe(descriptions[i]);
    }
    const repeated = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(repeated(titles)).toEqual([]);
    expect(repeated(descriptions)).toEqual([]);
  });

  it('has a canonical URL: its own address on the site', () => {
    for (const p of pages) {
      expect(p.$('link[rel="canonical"]').attr('href'), p.path).toBe(`${site}${p.path}`);
      expect(meta(p.$, 'og:url'), p.path).toBe(`${site}${p.path}`);
    }
  });

  it('has a 1200×630 social card that exists, with its size and a text alternative', () => {
    for (const p of pages) {
      const image = meta(p.$, 'og:image')!;
      expect(image, p.path).toMatch(/\/images\/([\w-]+\/)?card\.png$/);
      expect(meta(p.$, 'twitter:image'), p.path).toBe(image);
      expect(meta(p.$, 'twitter:card'), p.path).toBe('summary_large_image');
      const size = pngSize(readFileSync(fileFor(image)));
      expect(size, image).toEqual({ width: Number(meta(p.$, 'og:image:width')), height: Number(meta(p.$, 'og:image:height')) });
      expect(size).toEqual({ width: 1200, height: 630 });
      expect(meta(p.$, 'og:image:alt')!.length, p.path).toBeGreaterThan(60);
      expect(meta(p.$, 'twitter:image:alt'), p.path).toBe(meta(p.$, 'og:image:alt'));
    }
  });

  it('has an SVG favicon and a 180 px home-screen icon', () => {
    for (const p of pages) {
      expect(existsSync(join(dist, p.$('link[rel="icon"]').attr('href')!)), p.path).toBe(true);
      expect(pngSize(readFileSync(join(dist, p.$('link[rel="apple-touch-icon"]').attr('href')!)))).toEqual({ width: 180, height: 180 });
    }
  });
});

describe('the story\'s publication record', () => {
  const $ = load(read('index.html'));
  const first = corrections[0].date;
  const last = corrections.at(-1)!.date;

  it('is NewsArticle structured data with the dates of the corrections log', () => {
    const blocks = $('script[type="application/ld+json"]');
    expect(blocks.length).toBe(1);
    const article = JSON.parse(blocks.text());
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: $('title').text(),
      description: meta($, 'description'),
      datePublished: first,
      dateModified: last,
      inLanguage: 'en',
      author: { name: 'Land for Guarantees' },
      publisher: { name: 'Land for Guarantees' },
    });
    expect(article.image[0]).toMatchObject({ url: meta($, 'og:image'), width: 1200, height: 630 });
    expect(existsSync(fileFor(article.image[0].url))).toBe(true);
  });

  it('shows when it was first published and last updated, near the top of the story and in the classroom guide', () => {
    for (const page of ['index.html', 'classroom/index.html']) {
      const $page = load(read(page));
      const line = $page('header .published');
      expect(line.find('time').map((_, t) => $page(t).attr('datetime')).get(), page).toEqual([first, last]);
      expect(line.text().replace(/\s+/g, ' '), page).toMatch(/First published \d+ \w+ \d{4} · Last updated \d+ \w+ \d{4}/);
    }
    expect($('header .published a').attr('href')).toBe('#corrections');
  });

  it('ends with every entry of the corrections log, newest first', () => {
    const entries = $('#corrections li');
    expect(entries.length).toBe(corrections.length);
    expect(entries.map((_, li) => $(li).find('time').attr('datetime')).get()).toEqual(corrections.map((c) => c.date).reverse());
    expect(entries.last().text()).toContain(corrections[0].text);
    expect($('main > :last-child').is('#corrections')).toBe(true);
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = read('sitemap-0.xml');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

  it('robots.txt points crawlers to the sitemap index, which lists the sitemap', () => {
    const index = /^Sitemap: (\S+)$/m.exec(read('robots.txt'))![1];
    expect(index).toBe(`${site}/sitemap-index.xml`);
    expect(readFileSync(fileFor(index), 'utf8')).toContain(`<loc>${site}/sitemap-0.xml</loc>`);
  });

  it('lists the pages a reader should land on, and not the one-graphic embed and presentation pages', () => {
    for (const path of ['/', '/classroom/', '/glossary/', '/print/', '/embed/']) expect(locs).toContain(`${site}${path}`);
    expect(locs.filter((l) => /\/(embed|present)\/[^/]+\/|404/.test(l))).toEqual([]);
    for (const loc of locs) expect(existsSync(fileFor(loc)), loc).toBe(true);
  });
});

describe('the 404 page', () => {
  const $ = load(read('404.html'));

  it('says plainly that there is no page here and links to the whole site', () => {
    expect($('h1').text()).toBe('Page not found');
    const links = $('main nav a').map((_, a) => $(a).attr('href')).get();
    const story = load(read('index.html'));
    const chapters = story('section.chapter').map((_, c) => `/#${story(c).attr('id')}`).get();
    expect(chapters.length).toBe(3);
    expect(links).toEqual(expect.arrayContaining(['/', ...chapters, '/embed/', '/classroom/', '/glossary/', '/print/']));
    for (const link of links) expect(existsSync(join(dist, link.replace(/#.*$/, ''), 'index.html')), link).toBe(true);
  });

  it('is kept out of search results and has no canonical address', () => {
    expect(meta($, 'robots')).toBe('noindex');
    expect($('link[rel="canonical"]').length).toBe(0);
  });
});
