import { describe, it, expect } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { pathAtDetail } from '../../src/lib/projected-path';

// geoIdentity: projected units equal input units, so the expectations read directly.
const identity = geoIdentity();
const line = (coords: [number, number][]) => ({ type: 'LineString' as const, coordinates: coords });

describe('pathAtDetail', () => {
  it.each([
    { name: 'keeps points farther apart than epsilon', eps: 1, coords: [[0, 0], [2, 0], [4, 0]], expected: 'M0,0L2,0L4,0' },
    { name: 'drops points closer than epsilon, keeps the last', eps: 1, coords: [[0, 0], [0.5, 0], [0.9, 0], [3, 0], [3.2, 0]], expected: 'M0,0L3,0L3.2,0' },
    { name: 'zero epsilon keeps everything', eps: 0, coords: [[0, 0], [0.5, 0], [1, 0]], expected: 'M0,0L0.5,0L1,0' },
  ])('$name', ({ eps, coords, expected }) => {
    expect(pathAtDetail(identity, eps, 1)(line(coords as [number, number][]))).toBe(expected);
  });

  it('keeps a polygon ring closed and smaller', () => {
    const ring: [number, number][] = [];
    for (let i = 0; i <= 100; i++) ring.push([10 * Math.cos((i / 100) * 2 * Math.PI), 10 * Math.sin((i / 100) * 2 * Math.PI)]);
    const full = pathAtDetail(identity, 0, 1)({ type: 'Polygon', coordinates: [ring] })!;
    const coarse = pathAtDetail(identity, 2, 1)({ type: 'Polygon', coordinates: [ring] })!;
    expect(coarse.length).toBeLessThan(full.length / 3);
    expect(coarse.endsWith('Z')).toBe(true);
  });
});
