import { describe, it, expect } from 'vitest';
import { findChromium } from '../browser/browser';

describe('findChromium', () => {
  it('takes the first candidate that exists', () => {
    expect(findChromium(['/no/such/chrome', process.execPath])).toBe(process.execPath);
  });

  it('fails with one line that says how to install Chromium', () => {
    expect(() => findChromium(['/no/such/chrome', undefined])).toThrow(
      /^No Chromium found: install it with `apt-get update && apt-get install -y chromium`, or set CHROME_PATH/,
    );
  });
});
