// Hostile URL parameters on every kind of page that reads them (?theme= on all; ?step=, ?layout=, ?lang= on
// embeds and presentations): nothing from the URL reaches the DOM, and the page falls back to its defaults.
// tests/browser/embed.test.ts checks what valid and out-of-range values do.
import { describe, it, expect, inject } from 'vitest';
import { openPage } from './browser';
import { browserForFile } from './hooks';

const baseURL = inject('baseURL');
const LONG = 'A'.repeat(2000); // the whole URL must stay under the server's 16 KB header limit

/** One hostile value per family, given to all four parameters at once. */
const HOSTILE: [string, Record<string, string>][] = [
  ['markup', { step: '"><img src=x onerror=alert(1)>', theme: '"><img src=x onerror=alert(1)>', lang: '<b>bold</b>', layout: '<svg onload=alert(1)>' }],
  ['script URLs', { step: 'javascript:alert(1)', theme: 'javascript:alert(1)', lang: 'data:text/html,<script>alert(1)</script>', layout: '</script><script>alert(1)</script>' }],
  ['numbers', { step: '-1', theme: 'NaN', lang: '1e9', layout: '0x1' }],
  ['more numbers', { step: '1e9', theme: '-1', lang: 'Infinity', layout: 'NaN' }],
  ['NaN and fractions', { step: 'NaN', theme: '1.5', lang: 'en-US', layout: 'stack!' }],
  ['very long', { step: '9'.repeat(2000), theme: LONG, lang: LONG, layout: LONG }],
  // Full-width digits and letters, a Cyrillic "ѕ", an emoji flag and a right-to-left override.
  ['unicode', { step: '２', theme: 'ｄａｒｋ', lang: '🇺🇦\u202e', layout: 'ѕtack' }],
];

const SCENE = 'the-trade'; // server-only: its stacked layout copies drawings in the browser
const PAGES = ['', `embed/${SCENE}/`, `present/${SCENE}/`, 'embed/control-timeline/'];

const browser = browserForFile();

describe('hostile URL parameters', () => {
  describe.each(PAGES)('/%s', (path) => {
    it.each(HOSTILE)('%s: no dialog, nothing injected, default step and theme, no console errors', async (_, values) => {
      const { page, consoleErrors, cspViolations } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto(`${baseURL}${path}?${new URLSearchParams(values)}`);
      if (path) await page.waitForSelector('.embed-scene[data-layout="stepper"]');
      else await page.locator('[data-step="0"]').first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);

      // The scene is drawn at its first step, in the reader's own theme.
      expect(await page.getAttribute('[data-scene]', 'data-state-step')).toBe('0');
      expect(await page.locator('[data-scene] [data-drawn-state]:not([hidden] *)').first().isVisible()).toBe(true);
      expect(await page.getAttribute('html', 'data-theme')).toBeNull();
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      const injected = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        images: document.querySelectorAll('img[src="x"], svg[onload], b').length,
        scriptUrls: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i], [src^="data:text/html" i]').length,
      }));
      expect(injected).toEqual({ handlers: [], images: 0, scriptUrls: 0 });
      const html = await page.content();
      for (const value of Object.values(values).filter((v) => v.length > 3)) expect(html.includes(value), `"${value.slice(0, 40)}" in the page`).toBe(false);
      const leak = /.{0,80}(?:alert\(1\)|onerror=|AAAAAAAAAA).{0,80}/.exec(html)?.[0];
      expect(leak, 'URL text in the page').toBeUndefined();
      expect(dialogs).toBe(0);
      expect(await cspViolations()).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  });
});
