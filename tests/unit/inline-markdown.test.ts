import { describe, it, expect } from 'vitest';
import { inlineMarkdown, escapeHtml } from '../../src/lib/inline-markdown';

describe('inlineMarkdown', () => {
  it.each([
    { input: 'plain', output: 'plain' },
    { input: '**Donetsk** and *Luhansk*', output: '<strong>Donetsk</strong> and <em>Luhansk</em>' },
    { input: '<script>alert(1)</script>', output: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { input: '**<b>x</b>**', output: '<strong>&lt;b&gt;x&lt;/b&gt;</strong>' },
    { input: 'called it "false"', output: 'called it &quot;false&quot;' },
    { input: 'a * b', output: 'a * b' },
  ])('$input', ({ input, output }) => {
    expect(inlineMarkdown(input)).toBe(output);
  });

  it('escapeHtml escapes attribute breakers', () => {
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });
});
