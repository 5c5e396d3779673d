// The copy-and-paste embed code for a scene: an iframe that works with no script at all (a default
// height, lazy loading, the width style that stops iOS Safari from widening it), plus the optional
// loader line that makes it fit its content.

export interface SnippetInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of /embed/loader.js. */
  loader: string;
  title: string;
  height: number;
}

/** Tall enough for a map, its legend and a step of text in a 600 px column; the loader then fits it. */
export const DEFAULT_EMBED_HEIGHT = 720;

const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function iframeSnippet({ src, title, height }: Omit<SnippetInput, 'loader'>): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" ` +
    `style="width:1px;min-width:100%;border:0" loading="lazy" data-land-for-guarantees></iframe>`
  );
}

export function embedSnippet(input: SnippetInput): string {
  return `${iframeSnippet(input)}\n<script src="${attr(input.loader)}" async></script>`;
}
