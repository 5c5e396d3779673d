// The embed's stacked layout shows every step's drawing at once: a copy of each server-drawn view.
// (A module of its own, so the story, which never copies views, does not ship it.)
const ID_LISTS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns'];

/**
 * A copy of a server-drawn view whose ids (and every reference to them: `for`, `aria-*` id lists,
 * `href="#…"`, `url(#…)`) carry `suffix`, so the copy can sit on the same page as the original: a page's
 * ids must be unique, or a clip path or label would resolve to the wrong drawing.
 */
export function cloneWithUniqueIds<T extends Element>(view: T, suffix: string): T {
  const copy = view.cloneNode(true) as T;
  const elements = [copy, ...copy.querySelectorAll('*')];
  const ids = new Set(elements.map((el) => el.id).filter(Boolean));
  const rename = (id: string) => (ids.has(id) ? `${id}-${suffix}` : id);
  for (const el of elements) {
    for (const { name, value } of [...el.attributes]) {
      let next = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`);
      if (name === 'id') next = rename(value);
      else if (ID_LISTS.includes(name)) next = value.split(/\s+/).map(rename).join(' ');
      else if (name === 'href' && value.startsWith('#')) next = `#${rename(value.slice(1))}`;
      if (next !== value) el.setAttribute(name, next);
    }
  }
  return copy;
}
