import { describe, it, expect } from 'vitest';
import { parseEmbedParams } from '../../src/components/embed/params';
import { pymMessage, parsePymMessage, ampEmbedSize, heightChanged } from '../../src/components/embed/messages';
import { embedSnippet, iframeSnippet } from '../../src/components/embed/snippet';
import { factRows, toCsv } from '../../src/components/embed/fact-rows';

describe('parseEmbedParams', () => {
  const long = '9'.repeat(5000);
  it.each([
    ['', 0, 'stepper'],
    ['?step=1', 0, 'stepper'],
    ['?step=3', 2, 'stepper'],
    ['?step=5', 4, 'stepper'], // the last of 5
    ['?step=6', 0, 'stepper'], // one past the end
    ['?step=0', 0, 'stepper'],
    ['?step=-1', 0, 'stepper'],
    ['?step=999', 0, 'stepper'],
    ['?step=abc', 0, 'stepper'],
    ['?step=2.5', 0, 'stepper'],
    ['?step=1e1', 0, 'stepper'],
    ['?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 0, 'stepper'],
    [`?step=${long}`, 0, 'stepper'],
    ['?step=%202%20', 1, 'stepper'], // spaces around a number are forgiven
    ['?step=2&step=4', 1, 'stepper'], // the first wins
    ['?layout=stack', 0, 'stack'],
    ['?layout=STACK&step=2', 1, 'stack'],
    ['?layout=grid', 0, 'stepper'],
    ['?layout=<script>', 0, 'stepper'],
    [`?layout=stack${'x'.repeat(300)}`, 0, 'stepper'],
  ])('%s → step index %i, layout %s', (search, step, layout) => {
    const parsed = parseEmbedParams(search, 5);
    expect(parsed.step).toBe(step);
    expect(parsed.layout).toBe(layout);
    expect(parsed.lang).toBe('en');
  });

  it('reserves lang: only English exists, anything else falls back to it', () => {
    for (const lang of ['en', 'uk', 'ru', '<b>', '']) expect(parseEmbedParams(`?lang=${lang}`, 3).lang).toBe('en');
  });

  it('opens a scene with no steps at index 0', () => {
    expect(parseEmbedParams('?step=1', 0).step).toBe(0);
  });
});

describe('height messages', () => {
  it('writes pym.js messages a pym Parent reads', () => {
    expect(pymMessage('lfg-1', 'height', 812)).toBe('pymxPYMxlfg-1xPYMxheightxPYMx812');
  });

  it.each([
    ['pymxPYMxc1xPYMxwidthxPYMx640', { childId: 'c1', type: 'width', message: '640' }],
    ['pymxPYMxc1xPYMxnavigateToxPYMxhttps://a.bxPYMxc', { childId: 'c1', type: 'navigateTo', message: 'https://a.bxPYMxc' }],
    ['pymxPYMxxPYMxwidthxPYMx640', null],
    ['hello', null],
    [{ type: 'width' }, null],
    [null, null],
  ])('parses %j', (data, expected) => {
    expect(parsePymMessage(data)).toEqual(expected);
  });

  it('writes AMP embed-size messages', () => {
    expect(ampEmbedSize(500)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 500 });
  });

  it.each([
    [null, 600, true],
    [600, 601, false],
    [600, 598.5, false],
    [600, 602, true],
    [600, 590, true],
    [600, 0, false],
    [600, NaN, false],
    [null, Infinity, false],
  ])('from %s to %s px: send = %s', (previous, next, send) => {
    expect(heightChanged(previous, next)).toBe(send);
  });
});

describe('embed snippet', () => {
  const input = { src: 'https://example.org/embed/locator/', loader: 'https://example.org/embed/loader.js', title: 'Where "the Donbas" is <here>', height: 720 };

  it('is an iframe that works without script: title, default height, lazy, iOS-safe width', () => {
    const html = iframeSnippet(input);
    expect(html).toMatch(/^<iframe src="https:\/\/example\.org\/embed\/locator\/"/);
    expect(html).toContain('title="Where &quot;the Donbas&quot; is &lt;here&gt;"');
    expect(html).toContain('height="720"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('style="width:1px;min-width:100%;border:0"');
    expect(html).not.toContain('<script');
  });

  it('adds the optional loader on its own line', () => {
    const [iframe, script] = embedSnippet(input).split('\n');
    expect(iframe).toBe(iframeSnippet(input));
    expect(script).toBe('<script src="https://example.org/embed/loader.js" async></script>');
  });
});

describe('fact files as CSV', () => {
  const file = {
    title: 'T',
    parties: [{ id: 'ua', name: 'Ukraine' }],
    cells: [
      { party: 'ua', stance: 'Says "no", firmly', quote: { text: 'No', by: 'Z' }, sources: ['a', 'b'], asOf: '2026-01-27' },
      { party: 'ru', stance: 'Line one\nline two', sources: ['c'], asOf: '2026-01-26' },
    ],
    phases: { early: { events: [{ id: 'e1', sources: ['d'], asOf: '2025-11-21' }] } },
  };

  it('makes one row per sourced item, wherever it sits, with nested fields as columns', () => {
    const rows = factRows(file);
    expect(rows.map((r) => r.path)).toEqual(['cells[0]', 'cells[1]', 'phases.early.events[0]']);
    expect(rows[0]).toMatchObject({ party: 'ua', 'quote.text': 'No', 'quote.by': 'Z', sources: 'a; b', asOf: '2026-01-27' });
    expect(factRows({ parties: file.parties })).toEqual([]);
  });

  it('quotes cells that need it (RFC 4180) and keeps every column', () => {
    const csv = toCsv(factRows(file));
    const [header, first, second] = csv.split('\r\n');
    expect(header).toBe('path,party,stance,quote.text,quote.by,sources,asOf,id');
    expect(first).toBe('cells[0],ua,"Says ""no"", firmly",No,Z,a; b,2026-01-27,');
    expect(second).toBe('cells[1],ru,"Line one\nline two",,,c,2026-01-26,');
  });
});
