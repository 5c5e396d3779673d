// A corrupt scene-data file must make the scene's stateFor throw, so the live scene refuses to mount and
// the page keeps the server-rendered figure (see mountLiveScene). Data that parses as JSON but is not the
// scene's own shape is the case a status check or JSON.parse cannot catch.
import { describe, expect, it } from 'vitest';
import { scenes } from '../../src/components/scenes/registry';
import { prepareScene } from '../../src/components/scenes/prepare';
import { requireFields } from '../../src/lib/require-fields';

// Server-only scenes fetch nothing: every state is drawn at build time.
const live = scenes.filter((s) => !('serverOnly' in s && s.serverOnly) && prepareScene(s.id) !== null);
/** Draws every state of a scene from `data` (typed loosely: the point is data of the wrong type). */
const drawAll = (scene: (typeof live)[number], data: unknown) =>
  Object.keys(scene.states).forEach((state) => (scene.stateFor as (d: unknown, s: string, p: number) => unknown)(data, state, 0));
const corrupt: [string, unknown][] = [
  ['null', null],
  ['an empty object', {}],
  ['an array', []],
  ['a number', 42],
  ['another scene’s data', null],
];

describe.each(live.map((s) => [s.id, s] as const))('%s with corrupt data', (id, scene) => {
  const other = prepareScene(live.find((s) => s.id !== id)!.id);
  it.each(corrupt)('throws on %s', (name, value) => {
    const data = name === 'another scene’s data' ? other : value;
    expect(() => drawAll(scene, data)).toThrow();
  });

  it('does not throw on its own data', () => {
    const data = prepareScene(id);
    expect(() => drawAll(scene, data)).not.toThrow();
  });
});

describe('requireFields', () => {
  it.each([
    ['an object with the fields', { a: 1, b: 2 }, true],
    ['an object missing one', { a: 1 }, false],
    ['null', null, false],
    ['an array', [], false],
    ['a string', 'a,b', false],
  ])('%s → %s', (_, data, ok) => {
    const check = () => requireFields(data as { a: number; b: number }, ['a', 'b'], 'test');
    if (ok) expect(check()).toBe(data);
    else expect(check).toThrow(/test: data lacks/);
  });
});
