import { describe, it, expect } from 'vitest';
import { checkLinks } from './link-check';
import { distDir } from './dist-files';

describe('links in the built site', () => {
  it('every internal link, asset, social image, oEmbed URL and CSS url() resolves to a file in dist/, and every #fragment to an id', { timeout: 60_000 }, () => {
    const report = checkLinks(distDir);
    console.log(`link check: ${report.pages} pages, ${report.internal} internal URLs checked, ${report.external} external links (not fetched)`);
    expect(report.broken, report.broken.join('\n')).toEqual([]);
    expect(report.pages).toBeGreaterThan(20);
    expect(report.internal).toBeGreaterThan(500); // the checker really reads the pages
    expect(report.external).toBeGreaterThan(0); // the sources lists link out
  });
});
