import { describe, it, expect } from 'vitest';
import { batch, endWarming, partsOf, warmLayers } from '../../src/components/story/warm-layers';

/** Builds elements from HTML and returns the first. */
function html(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  return holder.firstElementChild as HTMLElement;
}
const items = (n: number, inner = '') => Array.from({ length: n }, (_, i) => `<li id="i${i}">${inner}</li>`).join('');
const ids = (els: Element[]) => els.map((el) => el.id || el.tagName.toLowerCase());

describe('partsOf: the largest parts of at most `limit` elements', () => {
  it.each([
    { what: 'a small element stays whole', markup: `<ol>${items(3)}</ol>`, limit: 10, parts: ['ol'] },
    { what: 'a large one splits into its children', markup: `<ol>${items(3, '<b></b><b></b>')}</ol>`, limit: 3, parts: ['i0', 'i1', 'i2'] },
    { what: 'down to the level that fits', markup: `<div><p id="p">x</p><ol>${items(2, '<b></b>')}</ol></div>`, limit: 2, parts: ['p', 'i0', 'i1'] },
    { what: 'an element with no child elements stays whole, whatever its size', markup: '<p id="only">long text</p>', limit: 0, parts: ['only'] },
  ])('$what', ({ markup, limit, parts }) => {
    expect(ids(partsOf(html(markup), limit))).toEqual(parts);
  });
});

describe('batch: consecutive parts, at most `limit` elements a batch', () => {
  const list = html(`<ol>${items(5, '<b></b>')}</ol>`); // each item is 2 elements
  const parts = [...list.children];
  it.each([
    { limit: 4, batches: [['i0', 'i1'], ['i2', 'i3'], ['i4']] },
    { limit: 5, batches: [['i0', 'i1'], ['i2', 'i3'], ['i4']] },
    { limit: 10, batches: [['i0', 'i1', 'i2', 'i3', 'i4']] },
    { limit: 1, batches: [['i0'], ['i1'], ['i2'], ['i3'], ['i4']] },
  ])('limit $limit', ({ limit, batches }) => {
    expect(batch(parts, limit).map(ids)).toEqual(batches);
  });
  it('no parts, no batches', () => expect(batch([], 10)).toEqual([]));
});

describe('warmLayers', () => {
  // A story figure: the scene on screen, a server-only scene with a deferred view, and a live one.
  function figure() {
    document.body.innerHTML =
      '<div class="layer is-active" data-layer="shown"><div data-scene-body data-state-views>' +
      `<div data-state-view="a"><ol>${items(60, '<b></b>')}</ol></div>` +
      `<template data-later-view><div data-state-view="b" hidden><ol>${items(60, '<b></b>')}</ol></div></template>` +
      '</div></div>' +
      '<div class="layer" data-layer="text"><div data-scene-body data-state-views>' +
      `<div data-state-view="a"><ol>${items(100, '<b></b>')}</ol></div>` +
      `<template data-later-view><div data-state-view="b" hidden><ol>${items(100, '<b></b>')}</ol></div></template>` +
      '</div></div>' +
      `<div class="layer" data-layer="map"><div data-scene-body><svg>${'<path/>'.repeat(10)}</svg></div></div>`;
    return Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-layer]')].map((l) => [l.dataset.layer!, l]));
  }
  /** Moments run by hand: each call of `step` runs the one waiting (an idle moment, or one after a frame). */
  function byHand() {
    const waiting: (() => void)[] = [];
    const schedule = (task: () => void) => void waiting.push(task);
    return { moments: { idle: schedule, afterFrame: schedule }, step: () => waiting.shift()?.(), get pending() { return waiting.length; } };
  }
  const cold = (layer: HTMLElement) => layer.querySelectorAll('[data-cold]').length;

  it('renders a hidden layer unseen with its parts left out, then puts them back a batch per moment, then ends', () => {
    const { text } = figure();
    const moments = byHand();
    warmLayers([text], moments.moments);
    expect(text.classList.contains('is-warming')).toBe(false); // nothing before the first idle moment
    moments.step();
    expect(text.classList.contains('is-warming')).toBe(true);
    expect(text.inert).toBe(true);
    expect(text.querySelectorAll('template')).toHaveLength(0); // its deferred view is in place
    const left = cold(text);
    expect(left).toBeGreaterThan(1);
    moments.step();
    expect(cold(text)).toBeLessThan(left);
    while (moments.pending) moments.step();
    expect(cold(text)).toBe(0);
    expect(text.classList.contains('is-warming')).toBe(false);
    expect(text.inert).toBe(false);
    expect(text.dataset.warm).toBe('done');
  });

  it('works through the layers in order, one piece per moment, and never warms a layer twice', () => {
    const { text, map } = figure();
    const moments = byHand();
    warmLayers([text, map], moments.moments);
    let moment = 0;
    while (moments.pending) {
      moments.step();
      moment++;
      expect(document.querySelectorAll('.is-warming').length).toBeLessThanOrEqual(1);
      if (map.classList.contains('is-warming')) expect(text.dataset.warm).toBe('done');
    }
    expect(moment).toBeGreaterThan(3);
    expect(map.dataset.warm).toBe('done');
    const again = byHand();
    warmLayers([text, map], again.moments);
    again.step();
    expect(again.pending).toBe(0);
    expect(document.querySelectorAll('.is-warming')).toHaveLength(0);
  });

  it('on the scene on screen, warms only its hidden views and keeps it within reach of the keyboard and screen readers', () => {
    const { shown } = figure();
    const moments = byHand();
    warmLayers([shown], moments.moments);
    moments.step();
    expect(shown.classList.contains('is-warming')).toBe(true);
    expect(shown.inert).toBe(false);
    expect(shown.querySelector('[data-state-view="a"] [data-cold], [data-state-view="a"][data-cold]')).toBeNull();
    expect(shown.querySelector('[data-state-view="b"] [data-cold], [data-state-view="b"][data-cold]')).not.toBeNull();
    while (moments.pending) moments.step();
    expect(cold(shown)).toBe(0);
    expect(shown.dataset.warm).toBe('done');
  });

  it('stops when a step shows the layer: everything is put back at once, and its hidden views are not marked as laid out', () => {
    const { text } = figure();
    const moments = byHand();
    warmLayers([text], moments.moments);
    moments.step();
    text.classList.add('is-active');
    endWarming(text);
    expect(cold(text)).toBe(0);
    expect(text.inert).toBe(false);
    while (moments.pending) moments.step();
    expect(text.classList.contains('is-warming')).toBe(false);
    expect(cold(text)).toBe(0);
    expect(text.dataset.warm).toBe('started');
  });

  it('passes over a live scene on screen (it has no hidden views) and a layer that has left the page', () => {
    const { map, text } = figure();
    map.classList.add('is-active');
    text.remove();
    const moments = byHand();
    warmLayers([map, text], moments.moments);
    moments.step();
    expect(moments.pending).toBe(0);
    expect(map.classList.contains('is-warming')).toBe(false);
    expect(text.dataset.warm).toBeUndefined();
  });
});
