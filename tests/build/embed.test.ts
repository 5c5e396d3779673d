import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { scenes } from '../../src/components/scenes/registry';
import { describeHeaders } from './headers';
import { pngSize } from './png';

const dist = new URL('../../dist/', import.meta.url).pathname;
const page = (path: string) => load(readFileSync(join(dist, path), 'utf8'));

describe.each(scenes.map((s) => s.id))('the embed of %s', (id) => {
  const $ = page(`embed/${id}/index.html`);
  const steps = $('[data-step]').length;

  it('is a page with the scene, its steps, a credit and a link back to the story', () => {
    expect($(`[data-scene="${id}"] svg, [data-scene="${id}"] [data-drawn-state]`).length).toBeGreaterThan(0);
    expect(steps).toBeGreaterThan(0);
    expect($('.credit').text()).toMatch(/^Graphic: Land for Guarantees\. Data: .+/);
    const back = $('.embed-story-link a');
    expect(back.attr('target')).toBe('_top');
    expect(back.attr('href')).toMatch(/^\/#[\w-]+$/);
    expect($('.embed-story-link a').text()).toContain('full story');
  });

  it('advertises an oEmbed JSON that describes an iframe of this page', () => {
    const href = $('link[rel="alternate"][type="application/json+oembed"]').attr('href')!;
    expect(href).toMatch(new RegExp(`/embed/${id}/oembed\\.json$`));
    const oembed = JSON.parse(readFileSync(join(dist, new URL(href).pathname), 'utf8'));
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Land for Guarantees' });
    expect(oembed.html).toMatch(new RegExp(`^<iframe src="https?://[^"]+/embed/${id}/"`));
    expect(oembed.height).toBeGreaterThan(300);
  });

  it('has a PNG and an SVG of every step, non-trivial and valid', () => {
    for (let n = 1; n <= steps; n++) {
      const png = readFileSync(join(dist, `images/${id}/step-${n}.png`));
      const size = pngSize(png);
      expect(size, `step ${n} PNG`).not.toBeNull();
      expect(size!.width).toBeGreaterThanOrEqual(800);
      expect(size!.height).toBeGreaterThan(200);
      expect(png.length).toBeGreaterThan(20_000);
      const svg = readFileSync(join(dist, `images/${id}/step-${n}.svg`), 'utf8');
      const $svg = load(svg, { xml: true });
      expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(Number($svg('svg').first().attr('width'))).toBeGreaterThan(300);
      expect($svg('text').length, `step ${n} SVG has real text`).toBeGreaterThan(3);
      expect(svg).not.toMatch(/<script|foreignObject/);
      // Text lines flattened from the page (direct children of the root) never sit on one another:
      // text clipped away in the page (collapsed rows) must not be drawn.
      const lines = $svg('svg > text[textLength]').map((_, t) => {
        const x = Number($svg(t).attr('x')), y = Number($svg(t).attr('y')), size = parseFloat($svg(t).attr('font-size')!);
        return { x0: x, x1: x + Number($svg(t).attr('textLength')), y0: y - size * 0.7, y1: y, text: $svg(t).text() };
      }).get();
      for (const [i, a] of lines.entries())
        for (const b of lines.slice(i + 1)) {
          const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 2 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 2;
          expect(overlap, `step ${n}: "${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      expect(svg.length).toBeGreaterThan(5_000);
    }
    expect(existsSync(join(dist, `images/${id}/step-${steps + 1}.png`))).toBe(false);
  });

  it('uses its own social card', () => {
    expect($('meta[property="og:image"]').attr('content')).toMatch(new RegExp(`/images/${id}/card\\.png$`));
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });
});

describe('the embed index (/embed/)', () => {
  const $ = page('embed/index.html');

  it('lists every scene with a preview that has alt text, an embed snippet and its downloads', () => {
    for (const s of scenes) {
      const entry = $(`#${s.id}`);
      expect(entry.find('h2 a').attr('href')).toBe(`/embed/${s.id}/`);
      const img = entry.find('img');
      expect(img.attr('src')).toBe(`/images/${s.id}/step-1.png`);
      expect(img.attr('alt')!.length).toBeGreaterThan(40);
      const code = entry.find('[data-embed-code]').text();
      expect(code).toContain(`/embed/${s.id}/"`);
      expect(code).toContain('/embed/loader.js');
    }
  });

  it('links only to files that exist (pictures, data, embed pages)', () => {
    const links = $('a[href^="/"], img[src^="/"]').map((_, e) => $(e).attr('href') ?? $(e).attr('src')).get();
    expect(links.length).toBeGreaterThan(scenes.length * 3);
    for (const link of links) {
      const path = new URL(link, 'http://x').pathname;
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      expect(existsSync(file), link).toBe(true);
    }
  });

  it('offers each scene\'s data with its credit and licence; TopoJSON as GeoJSON', () => {
    const downloads = $('.downloads li');
    expect(downloads.length).toBeGreaterThanOrEqual(scenes.length);
    downloads.each((_, li) => expect($(li).text()).toMatch(/Credit: .+\. Licence: .+\./));
    const geojson = JSON.parse(readFileSync(join(dist, 'data/downloads/control.geojson'), 'utf8'));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.attribution).toContain('DeepStateMap');
    expect(geojson.features.length).toBeGreaterThan(5);
    expect(geojson.features[0].properties.layer).toBeTruthy();
  });
});

describeHeaders(dist, '/', scenes.length);
