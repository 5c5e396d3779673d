import { describe, it, expect, inject } from 'vitest';
import { openPage, axeViolations } from './browser';
import { browserForFile } from './hooks';

const baseURL = inject('baseURL');

const browser = browserForFile();

describe('without JavaScript', () => {
  it('shows the whole text and a non-empty static graphic for every scene of every chapter', async () => {
    const { page, foreignRequests } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.goto(baseURL);
    const chapters = await page.$$eval('.chapter', (els) =>
      els.map((el) => ({
        steps: el.querySelectorAll('[data-step]').length,
        textLength: Array.from(el.querySelectorAll('[data-step]')).map((s) => s.textContent!.trim().length),
        // Only each scene's first state is drawn, so every step shows its graphic's text alternative.
        altsShown: Array.from(el.querySelectorAll<HTMLElement>('[data-step] .step-alt')).filter((a) => a.offsetHeight > 10).length,
        graphics: Array.from(el.querySelectorAll('.layer')).map((layer) => ({
          visible: (layer as HTMLElement).offsetHeight > 100,
          shapes: layer.querySelectorAll('svg path[d^="M"], svg line, svg circle').length,
          pathChars: Array.from(layer.querySelectorAll('svg path')).reduce((n, p) => n + (p.getAttribute('d')?.length ?? 0), 0),
          text: (layer.querySelector('[data-drawn-state]:not([hidden] *)')?.textContent ?? '').trim().length,
        })),
      })),
    );
    expect(chapters).toHaveLength(3);
    for (const c of chapters) {
      expect(c.steps).toBeGreaterThan(0);
      expect(Math.min(...c.textLength)).toBeGreaterThan(40);
      expect(c.altsShown).toBe(c.steps);
      for (const g of c.graphics) {
        expect(g.visible).toBe(true);
        expect(g.shapes).toBeGreaterThan(5);
        // A map or chart draws real geometry; a text graphic (a ledger, a ladder, a matrix) carries real text instead.
        expect(g.pathChars > 1000 || g.text > 500, `path characters ${g.pathChars}, text ${g.text}`).toBe(true);
        expect(g.text).toBeGreaterThan(10);
      }
    }
    expect(await page.locator('.sources li').count()).toBeGreaterThan(5);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility', () => {
  it.each([
    { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
    { name: 'desktop, dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const },
  ])('axe-core finds no violations ($name)', async ({ viewport, colorScheme }) => {
    const { page, consoleErrors } = await openPage(browser(), { viewport, colorScheme });
    await page.goto(baseURL);
    // Visit a step in each chapter so the live scenes are mounted when axe looks.
    for (const id of await page.$$eval('.chapter', (els) => els.map((e) => e.id))) {
      await page.locator(`#${id} [data-step="0"]`).scrollIntoViewIfNeeded();
      await page.waitForTimeout(150);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('every step can be reached with the Tab key and shows a visible focus ring', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL);
    const total = await page.locator('[data-step]').count();
    const reached = new Set<string>();
    for (let i = 0; i < 800 && reached.size < total; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (!el?.matches('[data-step]')) return null;
        const style = getComputedStyle(el);
        return { id: el.id, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      if (focused) {
        expect(focused.outline).not.toBe('none');
        expect(focused.width).toBeGreaterThanOrEqual(2);
        reached.add(focused.id);
      }
    }
    expect(reached.size).toBe(total);
    await page.context().close();
  });
});

describe('security', () => {
  it('the page passes its own Content-Security-Policy: islands hydrate and nothing is blocked', async () => {
    const { page, consoleErrors, cspViolations } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(baseURL);
    expect(await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')).toMatch(/script-src 'self' 'sha256-/);
    for (const id of await page.$$eval('.chapter', (els) => els.map((e) => e.id))) {
      await page.locator(`#${id} [data-step="1"]`).scrollIntoViewIfNeeded();
      await page.waitForSelector(`#${id} astro-island:not([ssr])`);
    }
    expect(await cspViolations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

// What each resilience test puts in place of a scene's data file (intercepted in the browser).
const brokenData: [string, { status: number; body: string }][] = [
  ['fails to load (HTTP 500)', { status: 500, body: 'nope' }],
  ['is cut off (not JSON)', { status: 200, body: '{"width": 400, "height": 30' }],
  ['is JSON of the wrong shape', { status: 200, body: '{"hello": "world"}' }],
];

describe.each(brokenData)('when scene data %s', (_, response) => {
  const withBrokenData = async (viewport: { width: number; height: number }) => {
    const watched = await openPage(browser(), { viewport });
    const uncaught: string[] = [];
    watched.page.on('pageerror', (e) => uncaught.push(String(e)));
    await watched.page.route('**/data/scenes/*.json', (route) =>
      route.fulfill({ ...response, headers: { 'content-type': 'application/json' } }),
    );
    return { ...watched, uncaught };
  };

  it('the story keeps each static figure, says so in a note, and its steps still work', async () => {
    const { page, uncaught } = await withBrokenData({ width: 1280, height: 800 });
    await page.goto(baseURL);
    const first = await page.$eval('.chapter', (el) => el.id);
    await page.locator(`#${first} [data-step="0"]`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`#${first} .layer.is-static .static-note`, { state: 'visible' });
    expect(await page.locator(`#${first} .layer.is-active svg path`).count()).toBeGreaterThan(5);
    await page.evaluate((id) => {
      const step = document.querySelector<HTMLElement>(`#${id} [data-step="1"]`)!;
      window.scrollBy(0, step.getBoundingClientRect().top - window.innerHeight * 0.5);
    }, first);
    await page.waitForSelector(`#${first} .step.is-active[data-step="1"]`);
    expect(uncaught).toEqual([]);
    await page.context().close();
  });

  it('an embed keeps its static figure, says so in a note, and still steps', async () => {
    const { page, uncaught } = await withBrokenData({ width: 390, height: 844 });
    await page.goto(`${baseURL}embed/advance-calculator/`);
    await page.waitForSelector('.embed-scene.is-static .static-note', { state: 'visible' });
    expect(await page.locator('[data-scene-body] svg path').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: /Next/ }).click();
    expect(await page.locator('.embed-nav [aria-live]').textContent()).toMatch(/Step 2 of \d+/);
    expect(uncaught).toEqual([]);
    await page.context().close();
  });
});
