import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDir, htmlPages } from './dist-files';
import { idProblems } from './id-references';

// html-validate with the project's .htmlvalidate.mjs (found from each file's folder up to the repo root).
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = htmlPages();

describe('the built HTML', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('is valid on every page (html-validate)', { timeout: 60_000 }, async () => {
    const errors: string[] = [];
    for (const { file } of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) {
          errors.push(`${relative(distDir, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message} (${m.selector ?? ''})`);
        }
      }
    }
    console.log(`html-validate: ${pages.length} pages, ${errors.length} errors`);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('has unique ids on every page, and every id reference finds its target', { timeout: 60_000 }, () => {
    const problems = pages.flatMap(({ file, path }) => idProblems(readFileSync(file, 'utf8')).map((p) => `/${path}: ${p}`));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
