// Footnote numbers (Footnotes.astro) on phones, a narrow embed and a desktop: the first number stays on the
// line where its text ends (a number alone on a line reads as a stray mark), no number is split across
// lines (a split "4 / 3" reads as two other sources), and no paragraph sticks out of its column.
import { describe, it, expect, inject } from 'vitest';
import { openPage } from './browser';
import { browserForFile } from './hooks';

const baseURL = inject('baseURL');
const browser = browserForFile();

const CASES = [
  ['the story', '', [320, 360, 390, 1280]],
  ['an embed', 'embed/fortress-belt/', [300, 390]],
  ['the glossary', 'glossary/', [320, 1280]],
  ['the classroom guide', 'classroom/', [320, 1280]],
] as const;

describe.each(CASES)('footnote numbers in %s', (_, path, widths) => {
  it.each(widths)('at %i px wide: the first on its text’s last line, none split, nothing sticking out', async (width) => {
    const { page } = await openPage(browser(), { viewport: { width, height: 800 } });
    await page.goto(`${baseURL}${path}`);
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('p:has(> sup.cite)')].flatMap((p) => {
        if (!p.getClientRects().length) return []; // not shown (an embed's other steps)
        const where = p.closest('[id]')?.id ?? p.textContent!.slice(0, 30);
        const found: string[] = [];
        const links = [...p.querySelectorAll<HTMLElement>(':scope > sup.cite > a')];
        for (const a of links) if (a.getClientRects().length !== 1) found.push(`${where}: ${a.getAttribute('aria-label')} split across lines`);
        if (p.scrollWidth > p.clientWidth + 1) found.push(`${where}: sticks out by ${p.scrollWidth - p.clientWidth}px`);
        // The line the text ends on: the last box of the last text before the first number.
        const first = links[0].closest('sup')!;
        let text: Text | undefined;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          if (first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
          if (node.data.trim()) text = node;
        }
        if (!text) return found;
        const range = document.createRange();
        range.selectNodeContents(text);
        const line = [...range.getClientRects()].at(-1)!;
        const box = links[0].getClientRects()[0];
        const middle = (box.top + box.bottom) / 2;
        if (middle < line.top - 4 || middle > line.bottom + 4) found.push(`${where}: ${links[0].getAttribute('aria-label')} starts a line`);
        return found;
      }),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
