import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import Locator from '../../src/components/scenes/locator/Locator.svelte';
import { prepare } from '../../src/components/scenes/locator/locator.data';
import { stateFor, type LocatorDrawn } from '../../src/components/scenes/locator/locator.state';
import { LOCATOR_STATES } from '../../src/components/scenes/locator/locator.config';

const data = prepare();
const states = Object.keys(LOCATOR_STATES);

/**
 * Approximate on-screen box of a label at a given frame width (px), from the label CSS: 0.875rem text
 * on an 18 px root (15.75 px; 0.75rem = 13.5 px on phones), country names at 0.8em, widely spaced. The browser test
 * measures the real boxes; this one runs without a browser on every state.
 */
function labelBox(l: LocatorDrawn['labels'][number], frameWidth: number) {
  const px = frameWidth / data.width; // screen px per viewBox unit
  const base = frameWidth < 480 ? 13.5 : 15.75; // --font-label on phones / wider screens
  const font = l.kind === 'country' ? 0.8 * base : base;
  const charW = font * (l.kind === 'country' ? 0.95 : 0.55);
  const pointed = l.kind === 'city' || l.kind === 'capital';
  // City labels carry their second line inline ("Kramatorsk 147,145"); others stack it.
  const subChars = (l.sub?.length ?? 0) * 0.85;
  const w = (pointed ? l.text.length + (l.sub ? subChars + 1 : 0) : Math.max(l.text.length, subChars)) * charW;
  const h = font * 1.2 * (l.sub && !pointed ? 2 : 1);
  const x = l.x * px;
  const y = l.y * px;
  if (!pointed) return { x0: x - w / 2, x1: x + w / 2, y0: y - h / 2, y1: y + h / 2 };
  const gap = 0.55 * font;
  if (l.side === 'above') return { x0: x - w / 2, x1: x + w / 2, y0: y - 0.45 * font - h, y1: y + 4 };
  if (l.side === 'below') return { x0: x - w / 2, x1: x + w / 2, y0: y - 4, y1: y + 0.45 * font + h };
  return l.side === 'left'
    ? { x0: x - gap - w, x1: x + 4, y0: y - 0.6 * font, y1: y - 0.6 * font + h }
    : { x0: x - 4, x1: x + gap + w, y0: y - 0.6 * font, y1: y - 0.6 * font + h };
}
const overlaps = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('locator data (built from public/data)', () => {
  it('projects every oblast and the neighbouring countries into path strings', () => {
    expect(data.oblasts).toHaveLength(27);
    expect(data.oblasts.map((o) => o.id)).toEqual(expect.arrayContaining(['donetsk', 'luhansk', 'crimea', 'zaporizhzhia', 'kherson']));
    expect(data.countries.length).toBeGreaterThan(20);
    for (const s of [...data.oblasts, ...data.countries]) expect(s.d, s.id).toMatch(/^M[\d.-]/);
  });

  it('has a scale that is plausible for the Donbas (km per viewBox unit at zoom 1)', () => {
    expect(data.kmPerUnit).toBeGreaterThan(2);
    expect(data.kmPerUnit).toBeLessThan(8);
  });
});

describe('locator stateFor', () => {
  it.each([
    { state: 'europe', focus: ['*'], annexed: [], scale: false, zoomAtLeast: 0.9 },
    { state: 'ukraine', focus: ['donetsk', 'luhansk'], annexed: [], scale: true, zoomAtLeast: 1.5 },
    { state: 'donbas', focus: ['donetsk', 'luhansk'], annexed: [], scale: true, zoomAtLeast: 4 },
    { state: 'annexed', focus: [], annexed: ['crimea', 'sevastopol', 'donetsk', 'luhansk', 'zaporizhzhia', 'kherson'], scale: true, zoomAtLeast: 2 },
    { state: 'belt', focus: [], annexed: [], scale: true, zoomAtLeast: 7 },
  ])('$state', ({ state, focus, annexed, scale, zoomAtLeast }) => {
    const drawn = stateFor(data, state, 0);
    expect(drawn.state).toBe(state);
    expect(drawn.focus).toEqual(focus[0] === '*' ? ['804'] : focus);
    expect(drawn.annexed).toEqual(annexed);
    expect(drawn.scale !== null).toBe(scale);
    expect(drawn.zoom.k).toBeGreaterThanOrEqual(zoomAtLeast);
  });

  it('falls back to the first state for an unknown state name', () => {
    expect(stateFor(data, 'nowhere', 0).state).toBe('europe');
  });

  it('shows the belt cities, with populations only in the population state', () => {
    const names = (s: string) => stateFor(data, s, 0).labels.map((l) => l.text);
    expect(names('belt')).toEqual(expect.arrayContaining(['Sloviansk', 'Kramatorsk', 'Druzhkivka', 'Kostiantynivka']));
    expect(stateFor(data, 'belt', 0).labels.some((l) => l.sub)).toBe(false);
    expect(stateFor(data, 'belt-population', 0).labels.find((l) => l.text === 'Kramatorsk')?.sub).toBe('147,145');
  });

  describe.each([
    { name: 'phone', frameWidth: 366 },
    { name: 'desktop', frameWidth: 760 },
  ])('labels on a $name ($frameWidth px frame)', ({ frameWidth }) => {
    it.each(states)('%s: labels stay inside the frame and do not collide', (state) => {
      const drawn = stateFor(data, state, 0);
      const boxes = drawn.labels.map((l) => ({ id: l.id, ...labelBox(l, frameWidth) }));
      const frameHeight = (frameWidth * data.height) / data.width;
      for (const b of boxes) {
        expect(b.x0, `${b.id} left`).toBeGreaterThanOrEqual(0);
        expect(b.x1, `${b.id} right`).toBeLessThanOrEqual(frameWidth);
        expect(b.y0, `${b.id} top`).toBeGreaterThanOrEqual(0);
        expect(b.y1, `${b.id} bottom`).toBeLessThanOrEqual(frameHeight);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i], boxes[j]), `${boxes[i].id} overlaps ${boxes[j].id}`).toBe(false);
    });
  });
});

describe('Locator.svelte (server render)', () => {
  it.each(states)('%s renders the shapes its view can see, and its labels', (state) => {
    const drawn = stateFor(data, state, 0);
    const { body } = render(Locator, { props: { state: drawn, progress: 0 } });
    expect(body).toContain(`data-drawn-state="${state}"`);
    const paths = body.match(/<path /g)?.length ?? 0;
    expect(paths).toBe(drawn.countries.length + (drawn.ukraine ? 1 : 0) + drawn.oblasts.length + drawn.annexed.length + drawn.rivers.length);
    for (const l of drawn.labels) expect(body).toContain(l.text);
  });

  it('draws Ukraine whole at continental scale and by oblast when zoomed in, and only what is in view', () => {
    const europe = stateFor(data, 'europe', 0);
    expect(europe.ukraine?.id).toBe('804');
    expect(europe.oblasts).toHaveLength(0);
    const ukraine = stateFor(data, 'ukraine', 0);
    expect(ukraine.ukraine).toBeNull();
    expect(ukraine.oblasts).toHaveLength(27);
    const belt = stateFor(data, 'belt', 0);
    expect(belt.oblasts.length).toBeLessThan(8);
    expect(belt.oblasts.map((o) => o.id)).toContain('donetsk');
    expect(belt.countries.length).toBeLessThan(europe.countries.length);
  });

  it('marks focus oblasts and outlines the annexed ones', () => {
    const { body } = render(Locator, { props: { state: stateFor(data, 'annexed', 0), progress: 0 } });
    expect(body.match(/class="annexed\b/g)).toHaveLength(6);
    const donbas = render(Locator, { props: { state: stateFor(data, 'donbas', 0), progress: 0 } }).body;
    expect(donbas.match(/class="oblast [^"]*\bfocus\b/g)).toHaveLength(2);
    expect(donbas).not.toContain('Claimed by Russia as annexed');
    expect(donbas).toContain('Donetsk and Luhansk oblasts');
  });
});
