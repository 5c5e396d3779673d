// Ids on one page: each must be unique, and every reference to an id on the same page (aria-labelledby and
// friends, `for`, `href="#…"`, `url(#…)` in attributes and styles) must find it. Used on built HTML
// (tests/build/html-valid.test.ts) and on the live DOM after the scripts ran (tests/browser/every-page.test.ts).
import { load } from 'cheerio';

const ID_LISTS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'for', 'list', 'headers'];
const URL_REF = /url\(\s*["']?#([^)"'\s]+)["']?\s*\)/g;

/** Problems with the ids of one HTML document, as readable lines ("duplicate id x (3×)", "aria-labelledby → missing #y"). */
export function idProblems(html: string): string[] {
  const $ = load(html);
  const counts = new Map<string, number>();
  $('[id]').each((_, el) => {
    const id = $(el).attr('id')!;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  const problems = [...counts].filter(([, n]) => n > 1).map(([id, n]) => `duplicate id "${id}" (${n}×)`);
  const missing = (what: string, id: string) => {
    if (!counts.has(id)) problems.push(`${what} → missing #${id}`);
  };
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (ID_LISTS.includes(name)) value.split(/\s+/).filter(Boolean).forEach((id) => missing(name, id));
      else if ((name === 'href' || name === 'xlink:href') && value.length > 1 && value.startsWith('#')) missing(name, decodeURIComponent(value.slice(1)));
      for (const m of value.matchAll(URL_REF)) missing(`${name}="url(#…)"`, m[1]);
    }
  });
  $('style').each((_, el) => {
    for (const m of $(el).text().matchAll(URL_REF)) missing('<style> url(#…)', m[1]);
  });
  return problems;
}
