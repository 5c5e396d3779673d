import { describe, it, expect } from 'vitest';
import { judgeRuns, type Run } from '../browser/judge-runs';

const pass = (slowestProbeMs = 4): Run => ({ passed: true, slowestProbeMs });
const fail = (slowestProbeMs = 4): Run => ({ passed: false, slowestProbeMs });

describe('judgeRuns: when a timing test runs again, and which run is its result', () => {
  it.each([
    ['nothing measured yet', [], { again: true }],
    ['a first run that passes', [pass()], { again: false, passed: 0 }],
    ['a first run that fails', [fail()], { again: true }],
    ['a failure on a slower machine, then a pass', [fail(5), pass(4)], { again: false, passed: 1 }],
    ['a failure at the same speed, then a pass: once more, to see whether it comes back', [fail(4), pass(4)], { again: true, passed: 1, unexplained: 0 }],
    ['a failure that did not come back in two runs', [fail(4), pass(4), pass(4)], { again: false, passed: 1 }],
    ['a failure that came back after a pass', [fail(4), pass(4), fail(4)], { again: false, passed: 1, unexplained: 0 }],
    ['two failures, then a pass at the same speed', [fail(4), fail(4), pass(4)], { again: false, passed: 2, unexplained: 0 }],
    ['two failures on a slower machine, then a pass', [fail(6), fail(5), pass(4)], { again: false, passed: 2 }],
    ['a failure only a little slower (under the factor), then a pass: once more', [fail(4.7), pass(4)], { again: true, passed: 1, unexplained: 0 }],
    ['three failures', [fail(), fail(), fail()], { again: false }],
  ] as [string, Run[], ReturnType<typeof judgeRuns>][])('%s', (_, runs, verdict) => {
    expect(judgeRuns(runs)).toEqual(verdict);
  });

  it('stops at the most runs allowed, even with a failure still to explain', () => {
    expect(judgeRuns([fail(4), pass(4)], { maxRuns: 2 })).toEqual({ again: false, passed: 1, unexplained: 0 });
  });
});
