// The HTML of a social card: headline and standfirst on the left, a step picture on the right, drawn at
// exactly CARD_WIDTH × CARD_HEIGHT with the site's own fonts and colours (the story page's CSS, inlined).
import { CARD_WIDTH, CARD_HEIGHT } from '../../src/lib/social-card.ts';

export interface CardContent {
  /** The story page's CSS (its fonts and colour tokens); its url()s are the site's own, so they load. */
  css: string;
  kicker: string;
  title: string;
  dek?: string;
  /** URL of the step picture. */
  picture: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function cardHtml({ css, kicker, title, dek, picture }: CardContent): string {
  return `<!doctype html><html lang="en" data-theme="light"><head><meta charset="utf-8">
<style>${css}</style>
<style>
  html, body { margin: 0; width: ${CARD_WIDTH}px; height: ${CARD_HEIGHT}px; overflow: hidden; background: var(--paper); color: var(--ink); }
  .card { display: grid; grid-template-columns: 1fr auto; height: 100%; border-top: 12px solid var(--russia); }
  .words { padding: 48px 40px 40px 56px; display: flex; flex-direction: column; justify-content: center; }
  .kicker { font: 700 20px/1.2 var(--font-sans); letter-spacing: 0.1em; text-transform: uppercase; color: var(--ink-muted); margin: 0; }
  h1 { font: 700 ${title.length > 40 ? 44 : 60}px/1.1 var(--font-body); margin: 16px 0 20px; }
  p.dek { font: 400 26px/1.35 var(--font-body); color: var(--ink-muted); margin: 0; }
  img { height: ${CARD_HEIGHT - 12}px; max-width: 700px; object-fit: contain; object-position: right center; display: block; }
</style></head><body><div class="card">
<div class="words"><p class="kicker">${escape(kicker)}</p><h1>${escape(title)}</h1>${dek ? `<p class="dek">${escape(dek)}</p>` : ''}</div>
<img src="${escape(picture)}" alt="">
</div></body></html>`;
}
