import { describe, it, expect } from 'vitest';
import { formatNumber } from '../../src/lib/format-number';

describe('formatNumber', () => {
  it.each([0, 7, 42, 999, 1000, 1234, 26517, 373600, 1000000, 12345678, 265.45, 0.5, 1234.5678, 5.0004, -1234, -0.25, 102, 6500])(
    'writes %d as toLocaleString("en-GB") does',
    (n) => {
      expect(formatNumber(n)).toBe(n.toLocaleString('en-GB'));
    },
  );
});
