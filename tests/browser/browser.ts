// Shared by the browser tests: finds Chromium, launches it headless, and opens pages that record
// console errors and any request that leaves localhost.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(candidates = CANDIDATES): string {
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found: install it with `apt-get update && apt-get install -y chromium`, or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  }
  return found;
}

/** Headless Chromium's flags for every browser test (Lighthouse's Chromium too). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
}


export interface WatchedPage {
  page: Page;
  /** Console errors, page errors, and any console message about the Content Security Policy. */
  consoleErrors: string[];
  foreignRequests: string[];
  /** Requests that failed, or were answered with a status of 400 or more. */
  failedRequests: string[];
  /** The `securitypolicyviolation` events the page has seen so far (its CSP blocked something). */
  cspViolations(): Promise<string[]>;
}

/** A new page in its own context; records console errors, failed requests, CSP violations and requests to hosts other than localhost. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    const seen: string[] = ((window as any).__cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') foreignRequests.push(r.url());
  });
  page.on('requestfailed', (r) => failedRequests.push(`${r.failure()?.errorText} ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
  });
  const cspViolations = () => page.evaluate(() => (window as any).__cspViolations as string[]);
  return { page, consoleErrors, foreignRequests, failedRequests, cspViolations };
}

/** The id of every scene the build made pages for (`dist/present/<id>/`, `dist/embed/<id>/`). */
export function builtSceneIds(folder: 'present' | 'embed' = 'present'): string[] {
  return readdirSync(new URL(`../../dist/${folder}/`, import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page, as "rule: targets" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the page's own CSP rightly refuses injected scripts.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * Scrolls step `n` of a chapter to just above the 60% trigger line, as a reader's scroll would, and waits
 * until the chapter's active scene shows that step drawn at `state`.
 */
export async function goToStep(page: Page, chapterId: string, n: number, state: string): Promise<void> {
  await page.evaluate(
    ([id, i]) => {
      const rect = document.querySelector<HTMLElement>(`#${id} [data-step="${i}"]`)!.getBoundingClientRect();
      window.scrollBy(0, rect.top - window.innerHeight * 0.6 + rect.height * 0.1);
    },
    [chapterId, n] as const,
  );
  await page.waitForFunction(
    ([id, i, s]) => {
      const scene = document.querySelector<HTMLElement>(`#${id} .layer.is-active [data-scene]`);
      return scene?.dataset.stateStep === String(i) && scene.querySelector<HTMLElement>('[data-drawn-state]:not([hidden] *)')?.dataset.drawnState === s;
    },
    [chapterId, n, state] as const,
  );
}

/**
 * What shows through a chapter's hidden state views (server-only scenes stack every state in one cell,
 * the others invisible): the text of each element inside one that is visible on screen. Should be none.
 */
export function shownInHiddenViews(page: Page, chapterId: string): Promise<string[]> {
  return page.$$eval(`#${chapterId} [data-state-view][hidden] *`, (els) =>
    els.filter((e) => getComputedStyle(e).visibility === 'visible').map((e) => (e.textContent ?? '').trim().slice(0, 40)),
  );
}
