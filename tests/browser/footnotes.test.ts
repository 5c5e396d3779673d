// A step's footnote numbers stay on the line where its text ends, on a phone and on a desktop: a number
// left alone on a line of its own reads as a stray mark. (They were inline-blocks, before which the
// browser may break a line.)
import { describe, it, expect, inject } from 'vitest';
import { browserForFile, openPage } from './browser';

const baseURL = inject('baseURL');
const browser = browserForFile();

describe.each([
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 800 }],
])('footnote numbers on %s', (_, viewport) => {
  it('sit on the last line of their step’s text, in every step', async () => {
    const { page } = await openPage(browser(), { viewport });
    await page.goto(baseURL);
    const strays = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.chapter article.step')].flatMap((step) => {
        const text = step.querySelector('p[id$="-text"]')!;
        const cites = [...text.querySelectorAll('.cite a')];
        if (!cites.length) return [];
        // The line the text ends on: the last box of its last piece of text before the first footnote.
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => (n.parentElement!.closest('.cite') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        let last: Text | null = null;
        while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) last = walker.currentNode as Text;
        const range = document.createRange();
        range.selectNodeContents(last!);
        const line = [...range.getClientRects()].at(-1)!;
        return cites
          .filter((a) => {
            const r = a.getBoundingClientRect();
            const middle = (r.top + r.bottom) / 2;
            return middle < line.top - 4 || middle > line.bottom + 4;
          })
          .map((a) => `${step.id}: footnote ${a.textContent}`);
      }),
    );
    expect(strays).toEqual([]);
    await page.context().close();
  });
});
