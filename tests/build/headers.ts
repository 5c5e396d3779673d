// Checks of a built site's _headers (Netlify / Cloudflare Pages), for the root build and the sub-path build.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from './dist-files';

/** The path rules of a _headers file, each with its header lines. */
export function readHeaderRules(distDir: string) {
  return readFileSync(join(distDir, '_headers'), 'utf8')
    .split('\n')
    .reduce<{ path: string; headers: string[] }[]>((acc, line) => {
      if (/^\//.test(line)) acc.push({ path: line.trim(), headers: [] });
      else if (/^\s+\S/.test(line) && acc.length) acc.at(-1)!.headers.push(line.trim());
      return acc;
    }, []);
}

/** Defines the tests that every page of `distDir`, served at `base`, gets the headers it should. */
export function describeHeaders(distDir: string, base: string, minPages: number) {
  describe(`_headers (base ${base})`, () => {
    const rules = readHeaderRules(distDir);
    // Netlify / Cloudflare Pages matching: exact paths, and a trailing * that matches the rest.
    const matches = (rule: string, path: string) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path);
    const headersFor = (path: string) => rules.filter((r) => matches(r.path, path)).flatMap((r) => r.headers);
    const pages = htmlPages(distDir).map((p) => base + p.path);

    it('sends the security headers on every path', () => {
      for (const h of ['Strict-Transport-Security: max-age=', 'X-Content-Type-Options: nosniff', 'Referrer-Policy: ', 'Permissions-Policy: ']) {
        expect(headersFor(`${base}anything`).some((x) => x.startsWith(h)), h).toBe(true);
      }
    });

    it('lets any site frame embed pages, and only the site itself frame every other page', () => {
      expect(pages.length).toBeGreaterThan(minPages);
      const embedPage = new RegExp(`^${base}embed/[^/]+/$`);
      for (const p of pages) {
        const frameRules = headersFor(p).filter((h) => /frame-ancestors|X-Frame-Options/.test(h));
        if (embedPage.test(p)) expect(frameRules, p).toEqual(['Content-Security-Policy: frame-ancestors *']);
        else expect(frameRules, p).toContain("Content-Security-Policy: frame-ancestors 'self'");
      }
    });

    // A sandboxed iframe (WordPress embeds) has a null origin: what an embed page loads with fetch or
    // as a module needs CORS, or the scene stays static there.
    it('lets embed pages in sandboxed iframes load the scripts, styles and scene data they need', () => {
      const embed = readFileSync(join(distDir, 'embed/control-timeline/index.html'), 'utf8');
      // Module scripts, fonts and data are fetched in CORS mode (classic scripts and stylesheets are not).
      // Addresses in attributes ("…") and in the inlined CSS (url(…)).
      const assets = [...embed.matchAll(/["(]([^"()\s]*\/_astro\/[^"()\s]+)[")]/g)].map((m) => m[1]);
      const needed = [...assets, `${base}data/scenes/control-timeline.json`, `${base}embed/loader.js`];
      expect(assets.length).toBeGreaterThan(0);
      for (const path of needed) expect(headersFor(path), path).toContain('Access-Control-Allow-Origin: *');
    });
  });
}
