// Test-file hooks for the browser tests (apart from browser.ts, which the build's picture step imports too).
import { beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';

/**
 * One headless Chromium for the calling test file: launched before its tests and closed after them.
 * Called at the top of a file; what it returns gives the browser once the tests run.
 */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
