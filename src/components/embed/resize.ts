// Embed side: tells the host page how tall the embed is, whenever that changes, in pym.js and AMP form.
import { ampEmbedSize, heightChanged, parsePymMessage, pymMessage } from './messages';

/**
 * Starts reporting the document's height to the parent window. `childId` is the id a pym.js Parent
 * passes in the URL (pym's `childId`); without one the pym message is still sent, under the scene id.
 * Returns a function that stops reporting.
 */
export function reportHeight(win: Window, childId: string): () => void {
  if (win.parent === win) return () => {};
  let last: number | null = null;
  const send = (force = false) => {
    // The document element, not the body: margins count, and the page never sizes itself to the frame.
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (!force && !heightChanged(last, height)) return;
    last = height;
    win.parent.postMessage(pymMessage(childId, 'height', height), '*');
    win.parent.postMessage(ampEmbedSize(height), '*');
  };
  // A pym Parent announces its width on load and resize and waits for a height in answer.
  const onMessage = (event: MessageEvent) => {
    const pym = event.source === win.parent ? parsePymMessage(event.data) : null;
    if (pym?.childId === childId && pym.type === 'width') send(true);
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(win.document.documentElement);
  win.addEventListener('message', onMessage);
  send(true);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
