// The host side: the one-line script a journalist may add under the iframe snippet. It is served as
// /embed/loader.js by src/pages/embed/loader.js.ts as `(installLoader)(window, siteOrigin)`, so this
// function must stay self-contained: no imports, no outer variables.

/**
 * Listens for the embed's AMP-style `embed-size` messages and sets the height of the iframe that sent
 * them. Only messages from the site's own origin, sent by an iframe on this page, are obeyed; changes
 * under 2 px are ignored so that rounding can never start a resize loop. Safe to include twice.
 */
export function installLoader(win: Window & { __landForGuaranteesLoader?: true }, siteOrigin: string): void {
  if (win.__landForGuaranteesLoader) return;
  win.__landForGuaranteesLoader = true;
  const MAX_HEIGHT = 20000;
  win.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== siteOrigin) return;
    const data = event.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
    if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    const height = Math.ceil(Number(data.height));
    if (!(height > 0 && height <= MAX_HEIGHT)) return;
    const frames = win.document.getElementsByTagName('iframe');
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      const current = frame.getBoundingClientRect().height;
      if (Math.abs(current - height) >= 2) frame.style.height = `${height}px`;
      return;
    }
  });
}
