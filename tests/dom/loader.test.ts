import { describe, it, expect, beforeEach } from 'vitest';
import { installLoader } from '../../src/components/embed/loader';

const SITE = 'https://land.example';

describe('the embed loader (host side)', () => {
  let frame: HTMLIFrameElement;
  let other: HTMLIFrameElement;
  beforeEach(() => {
    document.body.innerHTML = '<iframe id="ours" height="720"></iframe><iframe id="theirs" height="300"></iframe>';
    frame = document.getElementById('ours') as HTMLIFrameElement;
    other = document.getElementById('theirs') as HTMLIFrameElement;
    delete (window as { __landForGuaranteesLoader?: true }).__landForGuaranteesLoader;
    installLoader(window, SITE);
  });

  const send = (data: unknown, source: Window | null, origin = SITE) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));

  it('sizes the iframe that sent an embed-size message', () => {
    send({ sentinel: 'amp', type: 'embed-size', height: 812.4 }, frame.contentWindow);
    expect(frame.style.height).toBe('813px');
    expect(other.style.height).toBe('');
  });

  it.each([
    ['another origin', { sentinel: 'amp', type: 'embed-size', height: 500 }, 'https://evil.example'],
    ['not an AMP message', { type: 'embed-size', height: 500 }, SITE],
    ['another AMP message', { sentinel: 'amp', type: 'embed-ready', height: 500 }, SITE],
    ['a pym string', 'pymxPYMxidxPYMxheightxPYMx500', SITE],
    ['a negative height', { sentinel: 'amp', type: 'embed-size', height: -5 }, SITE],
    ['an absurd height', { sentinel: 'amp', type: 'embed-size', height: 1e7 }, SITE],
    ['a non-number', { sentinel: 'amp', type: 'embed-size', height: 'tall' }, SITE],
  ])('ignores %s', (_, data, origin) => {
    send(data, frame.contentWindow, origin);
    expect(frame.style.height).toBe('');
  });

  it('ignores messages from windows that are not iframes on the page', () => {
    send({ sentinel: 'amp', type: 'embed-size', height: 500 }, window);
    expect(frame.style.height).toBe('');
    expect(other.style.height).toBe('');
  });

  it('installs once, however many times the script is included', () => {
    installLoader(window, SITE);
    installLoader(window, 'https://another.example');
    send({ sentinel: 'amp', type: 'embed-size', height: 640 }, frame.contentWindow, 'https://another.example');
    expect(frame.style.height).toBe('');
  });
});
