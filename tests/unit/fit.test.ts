import { describe, it, expect } from 'vitest';
import { fitZoom, applyZoom, scaleBar, boxesOverlap, round1, type Box } from '../../src/lib/fit';

describe('fitZoom', () => {
  it.each([
    { name: 'wide box fits the width', box: [[0, 0], [400, 100]] as Box, k: 2, centre: [400, 300] },
    { name: 'tall box fits the height', box: [[100, 100], [200, 400]] as Box, k: 2, centre: [400, 300] },
    { name: 'box equal to the frame', box: [[0, 0], [800, 600]] as Box, k: 1, centre: [400, 300] },
  ])('$name', ({ box, k, centre }) => {
    const z = fitZoom(box, 800, 600);
    expect(z.k).toBeCloseTo(k);
    const mid: [number, number] = [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2];
    const [x, y] = applyZoom(mid, z);
    expect(x).toBeCloseTo(centre[0]);
    expect(y).toBeCloseTo(centre[1]);
  });

  it('keeps the padding free on the limiting side', () => {
    const z = fitZoom([[0, 0], [100, 10]], 800, 600, 50);
    expect(applyZoom([0, 0], z)[0]).toBeCloseTo(50);
    expect(applyZoom([100, 0], z)[0]).toBeCloseTo(750);
  });

  it('does not divide by zero on a point', () => {
    const z = fitZoom([[10, 10], [10, 10]], 800, 600);
    expect(z.k).toBe(1);
    expect(applyZoom([10, 10], z)).toEqual([400, 300]);
  });
});

describe('scaleBar', () => {
  it.each([
    { kmPerUnit: 1, k: 1, target: 100, km: 100 },
    { kmPerUnit: 1, k: 2, target: 100, km: 50 },
    { kmPerUnit: 3.3, k: 1, target: 100, km: 200 },
    { kmPerUnit: 0.7, k: 1, target: 100, km: 50 },
  ])('$kmPerUnit km/unit at zoom $k → $km km', ({ kmPerUnit, k, target, km }) => {
    const bar = scaleBar(kmPerUnit, k, target);
    expect(bar.km).toBe(km);
    expect(bar.units).toBeCloseTo((km / kmPerUnit) * k);
  });
});

describe('boxesOverlap and round1', () => {
  it.each([
    { a: [[0, 0], [10, 10]], b: [[5, 5], [15, 15]], expected: true },
    { a: [[0, 0], [10, 10]], b: [[10, 10], [20, 20]], expected: true },
    { a: [[0, 0], [10, 10]], b: [[11, 0], [20, 10]], expected: false },
    { a: [[0, 0], [10, 10]], b: [[0, 11], [10, 20]], expected: false },
  ])('$a ∩ $b → $expected', ({ a, b, expected }) => {
    expect(boxesOverlap(a as Box, b as Box)).toBe(expected);
  });
  it.each([
    [1.26, 1.3],
    [-0.04, -0],
    [123.449, 123.4],
  ])('round1(%f) = %f', (v, r) => expect(round1(v)).toBe(r));
});
