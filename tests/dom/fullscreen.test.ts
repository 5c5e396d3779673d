import { describe, it, expect } from 'vitest';
import { offerFullscreen } from '../../src/components/embed/fullscreen';

function controls() {
  document.body.innerHTML = '<span data-fullscreen-hint>F11: full screen</span><button data-fullscreen hidden>Full screen</button>';
  return { button: document.querySelector('button')!, hint: document.querySelector<HTMLElement>('span')! };
}

describe('offerFullscreen', () => {
  it('leaves the button hidden and the key hint shown where the browser has no full screen (an iPhone)', () => {
    const { button, hint } = controls();
    offerFullscreen(button, hint, { fullscreenEnabled: false } as Document);
    expect(button.hidden).toBe(true);
    expect(hint.hidden).toBe(false);
  });

  it('shows the button in place of the hint, and relabels it when a request is refused', async () => {
    const { button, hint } = controls();
    const refused = Promise.reject(new Error('no user gesture'));
    refused.catch(() => {});
    const doc = {
      fullscreenEnabled: true,
      fullscreenElement: null,
      documentElement: { requestFullscreen: () => refused },
      addEventListener: () => {},
    } as unknown as Document;
    offerFullscreen(button, hint, doc);
    expect(button.hidden).toBe(false);
    expect(hint.hidden).toBe(true);
    button.textContent = 'stale';
    button.click();
    await new Promise((done) => setTimeout(done));
    expect(button.textContent).toBe('Full screen');
  });
});
