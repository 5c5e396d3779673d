// The site built for a sub-path (`npm run build:base`: dist-base/, served at https://example.org/land-for-guarantees/):
// every link, script, stylesheet, data file, picture, oEmbed, sitemap entry and header rule stays under the base.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_BUILD } from './base-path';
import { checkLinks } from './link-check';
import { describeHeaders } from './headers';
import { scenes } from '../../src/components/scenes/registry';

const { base, site } = BASE_BUILD;
const distBase = new URL(`../../${BASE_BUILD.outDir}/`, import.meta.url).pathname;
if (!existsSync(join(distBase, 'index.html'))) throw new Error(`${BASE_BUILD.outDir}/ is missing: run \`npm run build:base\` (npm test does).`);

describe(`the site built for ${site}${base}`, () => {
  const report = checkLinks(distBase, { base, site });
  const refs = report.references;

  it('refers to nothing outside its base path, and everything it refers to exists', () => {
    expect(report.broken).toEqual([]);
  });

  it('checked every kind of reference: scripts, styles, data the islands fetch, pictures, oEmbed, sitemap', () => {
    const kinds = new Set(refs.map((r) => r.what));
    for (const kind of ['<script src>', '<link rel=stylesheet href>', '<link rel=icon href>', '<link rel=canonical href>', '<astro-island component-url>',
      'island prop', '<meta og:image>', '<link rel=alternate href>', 'oEmbed html', 'oEmbed thumbnail_url', 'snippet', 'inline CSS url()', 'JSON-LD', 'sitemap <loc>', 'Sitemap:'])
      expect(kinds, kind).toContain(kind);
    const urls = refs.map((r) => r.url);
    for (const file of ['theme.js', 'no-js.css', 'favicon.svg', 'embed/loader.js', 'images/card.png', 'data/scenes/locator.json'])
      expect(urls.some((u) => u.endsWith(`${base}${file}`)), file).toBe(true);
  });

  it('gives the embed loader, oEmbed and snippets the public address under the base', () => {
    const oembed = JSON.parse(readFileSync(join(distBase, 'embed/locator/oembed.json'), 'utf8'));
    expect(oembed.html).toContain(`src="${site}${base}embed/locator/"`);
    expect(refs.filter((r) => r.what === 'snippet').every((r) => r.url.startsWith(`${site}${base}`))).toBe(true);
  });

  it('points robots.txt and the sitemap at pages under the base', () => {
    expect(readFileSync(join(distBase, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${base}sitemap-index.xml`);
    const locs = refs.filter((r) => r.what === 'sitemap <loc>').map((r) => r.url);
    expect(locs).toContain(`${site}${base}classroom/`);
  });
});

describeHeaders(distBase, base, scenes.length);
