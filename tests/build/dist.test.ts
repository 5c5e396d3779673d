import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { measurePages } from './budget';
import { scenes } from '../../src/components/scenes/registry';

const dist = new URL('../../dist/', import.meta.url).pathname;
const KB = 1024;
const JS_BUDGET = 45 * KB;
const DATA_BUDGET = 150 * KB;

describe('the built site (dist/)', () => {
  if (!existsSync(`${dist}index.html`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const $ = load(readFileSync(`${dist}index.html`, 'utf8'));

  it('stays within the JavaScript and data budgets on every page', () => {
    const pages = measurePages(dist);
    console.table(
      pages.map((p) => ({
        page: p.page,
        'JS KB gz': +(p.jsBytes / KB).toFixed(1),
        'JS files': p.jsFiles,
        'data KB gz': +(p.dataBytes / KB).toFixed(1),
        'HTML KB gz': +(p.htmlBytes / KB).toFixed(1),
      })),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      expect(p.jsBytes, `${p.page} JS`).toBeLessThanOrEqual(JS_BUDGET);
      expect(p.dataBytes, `${p.page} data`).toBeLessThanOrEqual(DATA_BUDGET);
    }
    const story = pages.find((p) => p.page === '/')!;
    expect(story.jsBytes).toBeGreaterThan(5 * KB); // the measurement really follows the islands
    expect(story.dataFiles).toContain('/data/scenes/locator.json');
  });

  it('renders a static scene with real geometry in every chapter', () => {
    const chapters = $('section.chapter');
    expect(chapters.length).toBe(3);
    chapters.each((_, el) => {
      const scene = $(el).find('[data-scene]').first();
      expect(scenes.map((s) => s.id)).toContain(scene.attr('data-scene'));
      expect(scene.attr('data-state-step')).toBe('0');
      // Real geometry (several outlines with thousands of path characters) or, for a text graphic such as
      // chapter 3's ledger, real text: not a placeholder.
      const paths = scene.find('path').length;
      const pathChars = scene.find('path').map((_, p) => $(p).attr('d')!.length).get().reduce((a, b) => a + b, 0);
      const text = scene.find('[data-drawn-state]').text().trim().length;
      expect((paths > 5 && pathChars > 5000) || text > 500, `${$(el).attr('id')}: ${paths} paths, ${pathChars} path chars, ${text} chars of text`).toBe(true);
      expect($(el).find('[data-step]').length).toBeGreaterThan(0);
    });
  });

  it('writes each scene\'s prepared data as JSON', () => {
    for (const s of scenes) {
      const data = JSON.parse(readFileSync(`${dist}data/scenes/${s.id}.json`, 'utf8'));
      expect(Object.keys(data).length).toBeGreaterThan(0);
    }
  });

  it('sends a Content-Security-Policy that allows no inline script without a hash', () => {
    const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toMatch(/'sha256-/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('loads no font, script or style from another host', () => {
    const html = readFileSync(`${dist}index.html`, 'utf8');
    const external = [...html.matchAll(/(?:src|href)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    // Links to sources are fine; nothing the page loads may be external.
    const loaded = $('script[src], link[rel="stylesheet"], link[rel="preload"], img[src], link[rel="icon"]')
      .map((_, e) => $(e).attr('src') ?? $(e).attr('href'))
      .get();
    expect(loaded.filter((u) => /^https?:/.test(u))).toEqual([]);
    expect(external.length).toBeGreaterThan(0); // the sources list does link out
  });
});
