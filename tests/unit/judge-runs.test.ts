import { describe, it, expect } from 'vitest';
import { judgeRuns } from '../browser/judge-runs';

describe('judgeRuns: the majority of three runs', () => {
  it.each([
    ['nothing measured yet', [], { again: true, holds: false }],
    ['a first run that passes: once more', [true], { again: true, holds: false }],
    ['a first run that fails: once more', [false], { again: true, holds: false }],
    ['two passes', [true, true], { again: false, holds: true }],
    ['two failures', [false, false], { again: false, holds: false }],
    ['a failure, then a pass: a third run decides', [false, true], { again: true, holds: false }],
    ['a pass, then a failure: a third run decides', [true, false], { again: true, holds: false }],
    ['a failure that did not come back', [false, true, true], { again: false, holds: true }],
    ['a failure that came back', [false, true, false], { again: false, holds: false }],
    ['a failure after a pass, then a pass', [true, false, true], { again: false, holds: true }],
  ])('%s', (_, runs, verdict) => {
    expect(judgeRuns(runs)).toEqual(verdict);
  });
});
