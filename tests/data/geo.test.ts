// Table-driven tests of the build's pure helpers (issue #4).
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { areaKm2, pointInPoly, rewindForD3, ringSignedArea } from '../../scripts/data/geo.ts';
import { clipLine, clipToBBox, unwrapAntimeridian } from '../../scripts/data/geo-clip.ts';
import { dateFromFileName } from '../../scripts/data/control-inputs.ts';
import { monthlyDates } from '../../scripts/data/control.ts';
import { formatDate } from '../../scripts/data/control-labels.ts';
import { circlePolygon } from '../../scripts/data/schematic-2014.ts';
import { sampleLine } from '../../scripts/data/profile.ts';
import { d3AreaKm2 } from './helpers.ts';

const R = 6371.0088, rad = Math.PI / 180;
/** Exact spherical area of a lon/lat box: R² Δλ (sin φ2 − sin φ1). */
const boxKm2 = (w: number, s: number, e: number, n: number) => R * R * (e - w) * rad * (Math.sin(n * rad) - Math.sin(s * rad));
const box = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const reversed = (p: Polygon): Polygon => ({ type: 'Polygon', coordinates: p.coordinates.map((r) => [...r].reverse()) });

describe('areaKm2 (d3-geo geoArea × R², any winding)', () => {
  it.each([
    { name: '1° box at the equator', poly: box(0, 0, 1, 1), expected: boxKm2(0, 0, 1, 1) },
    { name: '1° box at 48°N, reversed winding', poly: reversed(box(37, 48, 38, 49)), expected: boxKm2(37, 48, 38, 49) },
    { name: 'box with a hole', poly: { type: 'Polygon', coordinates: [box(37, 48, 39, 50).coordinates[0], reversed(box(37.5, 48.5, 38.5, 49.5)).coordinates[0]] } as Polygon,
      expected: boxKm2(37, 48, 39, 50) - boxKm2(37.5, 48.5, 38.5, 49.5) },
  ])('$name', ({ poly, expected }) => {
    // Edges along parallels are great circles in d3, not parallels, so allow 0.5 %.
    expect(Math.abs(areaKm2(poly) - expected) / expected).toBeLessThan(0.005);
  });
  it('is zero for null and degenerate rings', () => {
    expect(areaKm2(null)).toBe(0);
    expect(areaKm2({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] })).toBe(0);
  });
  it('a 12 km schematic circle has area π·12²', () => expect(areaKm2(circlePolygon(37.6, 48.9, 12))).toBeCloseTo(Math.PI * 144, -1));
});

describe('rewindForD3', () => {
  it.each([
    { name: 'counter-clockwise exterior (RFC 7946)', poly: box(37, 48, 38, 49) },
    { name: 'clockwise exterior (d3)', poly: reversed(box(37, 48, 38, 49)) },
  ])('$name ends up clockwise and d3 measures it correctly', ({ poly }) => {
    const g = rewindForD3(poly);
    expect(ringSignedArea(g.coordinates[0])).toBeLessThan(0);
    expect(d3AreaKm2(g)).toBeCloseTo(boxKm2(37, 48, 38, 49), -2);
  });
});

describe('dateFromFileName', () => {
  it.each([
    ['deepstatemap_data_20260127.geojson', '2026-01-27'],
    ['deepstatemap_data_20240708.geojson', '2024-07-08'],
    ['deepstate_occupied_2022-05-01.geojson', '2022-05-01'],
    ['deepstatemap_data_20241301.geojson', null], // month 13
    ['deepstatemap_data_20250230.geojson', null], // 30 Feb
    ['ordlo_pre2022_asdrawn_2022-04-03.geojson', null],
    ['deepstatemap_data_20260127.json', null],
    ['README.md', null],
  ])('%s → %s', (name, expected) => expect(dateFromFileName(name)).toBe(expected));
});

describe('monthlyDates', () => {
  it.each([
    { name: 'first of each month wins', dates: ['2025-11-01', '2025-11-30', '2025-12-01', '2025-12-05'], expected: ['2025-11-01', '2025-12-01', '2025-12-05'] },
    { name: 'keeps 2026-01-27 and the latest', dates: ['2026-01-01', '2026-01-27', '2026-08-01', '2026-08-22'], expected: ['2026-01-01', '2026-01-27', '2026-08-01', '2026-08-22'] },
    { name: 'month starting on the 2nd', dates: ['2024-12-01', '2025-01-02', '2025-02-01'], expected: ['2024-12-01', '2025-01-02', '2025-02-01'] },
  ])('$name', ({ dates, expected }) => expect(monthlyDates(dates)).toEqual(expected));
});

describe('formatDate', () => {
  it.each([['2023-06-01', '1 Jun 2023'], ['2026-01-27', '27 Jan 2026'], ['2022-12-31', '31 Dec 2022']])('%s → %s', (iso, out) => expect(formatDate(iso)).toBe(out));
});

describe('clipping', () => {
  const B: [number, number, number, number] = [0, 0, 10, 10];
  it.each([
    { name: 'inside', line: [[1, 1], [5, 5]], expected: [[[1, 1], [5, 5]]] },
    { name: 'outside', line: [[-5, -5], [-1, 20]], expected: [] },
    { name: 'crossing the east edge', line: [[5, 5], [15, 5]], expected: [[[5, 5], [10, 5]]] },
    { name: 'leaving and re-entering', line: [[2, 5], [12, 5], [12, 8], [2, 8]], expected: [[[2, 5], [10, 5]], [[10, 8], [2, 8]]] },
  ])('clipLine: $name', ({ line, expected }) => expect(clipLine(line as Position[], B)).toEqual(expected));

  it.each([
    { name: 'half outside', poly: box(-5, 0, 5, 10), expectedBox: [0, 0, 5, 10] },
    { name: 'fully inside', poly: box(2, 2, 4, 4), expectedBox: [2, 2, 4, 4] },
  ])('clipToBBox: $name', ({ poly, expectedBox }) => {
    const [w, s, e, n] = expectedBox;
    expect(areaKm2(clipToBBox(poly, B))).toBeCloseTo(areaKm2(box(w, s, e, n)), 0);
  });
  it('clipToBBox returns null when nothing overlaps', () => expect(clipToBBox(box(20, 20, 21, 21), B)).toBeNull());

  it('unwrapAntimeridian keeps a ring that crosses 180° continuous', () => {
    const g = unwrapAntimeridian({ type: 'Polygon', coordinates: [[[170, 60], [-170, 60], [-170, 70], [170, 70], [170, 60]]] });
    expect(g.coordinates[0].map((p) => p[0])).toEqual([170, 190, 190, 170, 170]);
  });
});

describe('pointInPoly', () => {
  const donut: Polygon = { type: 'Polygon', coordinates: [box(0, 0, 10, 10).coordinates[0], box(4, 4, 6, 6).coordinates[0]] };
  it.each([
    [[1, 1], true], [[5, 5], false], [[11, 5], false], [[9.99, 9.99], true],
  ] as [Position, boolean][])('%j → %s', (p, inside) => expect(pointInPoly(p, donut)).toBe(inside));
});

describe('sampleLine', () => {
  it.each([
    { name: '20 km due east at 48.7°N', line: [[37, 48.7], [37 + 20 / (111.195 * Math.cos(48.7 * rad)), 48.7]], n: 11 },
    { name: 'two legs', line: [[37, 48], [37, 48.2], [37.2, 48.2]], n: 1 + 11 + 7 },
  ])('$name', ({ line, n }) => {
    const s = sampleLine(line as [number, number][], 2);
    expect(s).toHaveLength(n);
    for (let i = 1; i < s.length; i++) expect(s[i].d - s[i - 1].d).toBeGreaterThan(1.4);
  });
});
