import { describe, it, expect } from 'vitest';
import { geoIdentity, geoMercator } from 'd3-geo';
import { pathAtDetail, compactPath, kmPerUnit } from '../../src/lib/projected-path';

// geoIdentity: projected units equal input units, so the expectations read directly.
const identity = geoIdentity();
const line = (coords: [number, number][]) => ({ type: 'LineString' as const, coordinates: coords });

describe('pathAtDetail', () => {
  it.each([
    { name: 'keeps points farther apart than epsilon', eps: 1, coords: [[0, 0], [2, 0], [4, 0]], expected: 'M0,0l2,0 2,0' },
    { name: 'drops points closer than epsilon, keeps the last', eps: 1, coords: [[0, 0], [0.5, 0], [0.9, 0], [3, 0], [3.2, 0]], expected: 'M0,0l3,0 .2,0' },
    { name: 'zero epsilon keeps everything', eps: 0, coords: [[0, 0], [0.5, 0], [1, 0]], expected: 'M0,0l.5,0 .5,0' },
  ])('$name', ({ eps, coords, expected }) => {
    expect(pathAtDetail(identity, eps, 1)(line(coords as [number, number][]))).toBe(expected);
  });

  it.each([
    { d: 'M10,20L12.5,20L12.5,17Z', digits: 1, expected: 'M10,20l2.5,0 0-3z' },
    { d: 'M0.25,0.75L-1.5,-2.25L3,4ZM5,5L6,6Z', digits: 2, expected: 'M.25,.75l-1.75-3 4.5,6.25zM5,5l1,1z' },
    { d: 'M0,0L0.04,0.06L0.08,0.12', digits: 1, expected: 'M0,0l0,.1 .1,0' },
    { d: 'M10,20L30.4,20L30,0Z', digits: 0, expected: 'M10,20l20,0 0-20z' },
  ])('compactPath($d)', ({ d, digits, expected }) => {
    expect(compactPath(d, digits)).toBe(expected);
  });

  it('keeps a polygon ring closed and smaller', () => {
    const ring: [number, number][] = [];
    for (let i = 0; i <= 100; i++) ring.push([10 * Math.cos((i / 100) * 2 * Math.PI), 10 * Math.sin((i / 100) * 2 * Math.PI)]);
    const full = pathAtDetail(identity, 0, 1)({ type: 'Polygon', coordinates: [ring] })!;
    const coarse = pathAtDetail(identity, 2, 1)({ type: 'Polygon', coordinates: [ring] })!;
    expect(coarse.length).toBeLessThan(full.length / 3);
    expect(coarse.endsWith('z')).toBe(true);
  });
});

describe('kmPerUnit', () => {
  // Mercator at 1,000 units per radian-degree: one unit is a thousandth of a degree of longitude.
  const mercator = geoMercator().scale((180 / Math.PI) * 1000).translate([0, 0]);
  it.each([
    { at: [0, 0] as [number, number], km: 0.11119 },
    { at: [37.5, 48.5] as [number, number], km: 0.11119 * Math.cos((48.5 * Math.PI) / 180) },
    { at: [0, 60] as [number, number], km: 0.11119 / 2 },
  ])('at $at: $km km per unit', ({ at, km }) => {
    expect(kmPerUnit(mercator, at)).toBeCloseTo(km, 4);
  });
});
