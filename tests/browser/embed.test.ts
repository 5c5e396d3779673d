import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { openPage, axeViolations } from './browser';
import { browserForFile } from './hooks';

// One embed page per registry scene (tests/build/embed.test.ts checks that against the registry).
const sceneIds = readdirSync(new URL('../../dist/embed/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const baseURL = inject('baseURL'); // the site, on 127.0.0.1
const pymSource = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
const SCENE = 'control-timeline'; // many steps, of different lengths

/** A host page on another origin (localhost, not 127.0.0.1), as a newsroom's article would be. */
function hostPages(site: string): Record<string, string> {
  const article = (body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0"><h1>Article</h1>${body}<p>After the embed.</p></body></html>`;
  return {
    '/loader.html': article(
      `<iframe id="embed" src="${site}embed/${SCENE}/" title="Test embed" width="100%" height="720" style="width:1px;min-width:100%;border:0" data-land-for-guarantees></iframe><script src="${site}embed/loader.js" async></script>`,
    ),
    '/pym.html': article(`<div id="pym-container"></div><script src="/pym.js"></script><script>new pym.Parent('pym-container', '${site}embed/${SCENE}/', {});</script>`),
    '/pym.js': pymSource,
  };
}

const browser = browserForFile();
let host: Server;
let hostURL: string;
beforeAll(async () => {
  const pages = hostPages(baseURL);
  host = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(body ? 200 : 404, { 'Content-Type': req.url?.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostURL = `http://localhost:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => host?.close(resolve));
});

const iframeHeight = (page: Page) => page.$eval('iframe', (f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Waits until the iframe is as tall as the embed's content (within the 2 px the protocol ignores). */
async function fitsContent(page: Page, frame: Frame) {
  await expect
    .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), { timeout: 5000 })
    .toBeLessThan(3);
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('.embed-scene[data-layout]');
  return frame;
}

describe.each([
  ['the site\'s loader', '/loader.html'],
  ['pym.js\'s Parent (from npm)', '/pym.html'],
])('an embed on another site, with %s', (_, path) => {
  it('fits the iframe to its content, and again when the step changes', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser(), { viewport: { width: 700, height: 900 } });
    await page.goto(hostURL + path);
    const frame = await embedFrame(page);
    await fitsContent(page, frame);
    const first = await iframeHeight(page);
    expect(first).not.toBe(720); // not the snippet's default: it really was resized

    // Step to the longest step text: the content grows, and so does the iframe.
    const lengths = await frame.$$eval('[data-step]', (els) => els.map((e) => e.textContent!.length));
    const longest = lengths.indexOf(Math.max(...lengths));
    for (let i = 0; i < longest; i++) await frame.getByRole('button', { name: /Next/ }).click();
    await frame.waitForFunction((i) => document.querySelector('[data-scene]')?.getAttribute('data-state-step') === String(i), longest);
    await fitsContent(page, frame);
    expect(Math.abs((await iframeHeight(page)) - first)).toBeGreaterThan(10);

    // No loop: the height settles.
    const settled = await iframeHeight(page);
    await page.waitForTimeout(600);
    expect(await iframeHeight(page)).toBe(settled);
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe('embed pages', () => {
  it.each(sceneIds)('%s works at 300 px wide with no sideways scrolling, and axe finds nothing', async (id) => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 300, height: 700 } });
    await page.goto(`${baseURL}embed/${id}/`);
    await page.waitForSelector('.embed-scene[data-layout]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('steps with the arrow keys and the buttons, and links to that step in the story', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 800, height: 900 } });
    await page.goto(`${baseURL}embed/${SCENE}/`);
    await page.waitForSelector('.embed-scene[data-layout]');
    const step = () => page.getAttribute('[data-scene]', 'data-state-step');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await step()).toBe('2');
    await page.keyboard.press('ArrowLeft');
    expect(await step()).toBe('1');
    await page.getByRole('button', { name: /Next/ }).click();
    expect(await step()).toBe('2');
    expect(await page.locator('.embed-nav [aria-live]').textContent()).toMatch(/Step 3 of \d+/);
    const visible = await page.$$eval('.embed-step', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.querySelector('[data-step]')!.id));
    expect(visible).toHaveLength(1);
    expect(await page.getAttribute('.embed-story-link a', 'href')).toBe(`/#${visible[0]}`);
    await page.context().close();
  });

  it.each([
    ['?step=3', '2', null],
    ['?step=-1', '0', null],
    ['?step=999', '0', null],
    ['?step=abc', '0', null],
    ['?step=777… (3,000 digits)', '0', null],
    ['?theme=dark', '0', 'dark'],
    ['?theme=light&step=2', '1', 'light'],
    ['?theme=%3Cscript%3Ealert(1)%3C/script%3E', '0', null],
    // More hostile values, on the story and presentation pages too: tests/browser/url-params.test.ts.
  ])('%s opens at step index %s with theme %s, and writes nothing from the URL into the page', async (query, index, theme) => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 800, height: 900 } });
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(`${baseURL}embed/${SCENE}/${query.replace(/^\?step=777….*/, `?step=${'7'.repeat(3000)}`)}`);
    await page.waitForSelector('.embed-scene[data-layout="stepper"]');
    expect(await page.getAttribute('[data-scene]', 'data-state-step')).toBe(index);
    expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
    const html = await page.content();
    expect(html).not.toMatch(/alert\(1\)|<script>alert|<b>|7777777/);
    expect(dialog).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('?theme=dark draws with the dark palette even when the reader\'s system is light', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'light' });
    const background = async (query: string) => {
      await page.goto(`${baseURL}embed/${SCENE}/${query}`);
      return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    };
    expect(await background('?theme=dark')).toBe('rgb(20, 23, 27)');
    expect(await background('')).toBe('rgb(250, 248, 244)');
    await page.context().close();
  });

  it('?layout=stack shows every step with its own live figure', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 600, height: 900 } });
    await page.goto(`${baseURL}embed/${SCENE}/?layout=stack`);
    await page.waitForSelector('.embed-scene[data-layout="stack"]');
    const steps = await page.locator('[data-step]').count();
    await expect.poll(() => page.locator('[data-step-figure] [data-drawn-state]').count()).toBe(steps);
    expect(await page.locator('.embed-nav').count()).toBe(0);
    expect(await page.$$eval('.embed-step', (els) => els.every((e) => !(e as HTMLElement).hidden))).toBe(true);
    await page.context().close();
  });

  it('without JavaScript shows the static figure and every step\'s text and text alternative', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.goto(`${baseURL}embed/${SCENE}/`);
    expect(await page.locator('.embed-figure svg path').count()).toBeGreaterThan(5);
    expect(await page.locator('.embed-nav').isVisible()).toBe(false);
    const steps = page.locator('.embed-step');
    for (let i = 0; i < (await steps.count()); i++) {
      expect(await steps.nth(i).isVisible()).toBe(true);
      expect(await steps.nth(i).locator('.step-alt').isVisible()).toBe(true);
    }
    await page.context().close();
  });
});

describe('embed tools in the story', () => {
  it('every scene has an Embed button whose snippet is copied for the origin the page is served from', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await page.goto(`${baseURL}embed/`);
    const entry = page.locator(`#${SCENE}`);
    const code = await entry.locator('[data-embed-code]').textContent();
    expect(code).toContain(`${new URL(baseURL).origin}/embed/${SCENE}/`);
    await entry.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => entry.locator('[role="status"]').textContent()).toMatch(/Copied|Selected/);
    await page.goto(baseURL);
    const tools = await page.$$eval('.figure-foot summary', (els) => els.length);
    expect(tools).toBe(await page.locator('[data-layer]').count());
    await page.context().close();
  });
});
