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

/**
 * Reserved before anything loads: about the height of a scene and a step of text in a 640 px column
 * (measured 850–1,250 px). Narrower columns need more; the loader or pym.js then fits it exactly.
 */
export const DEFAULT_EMBED_HEIGHT = 1000;

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
