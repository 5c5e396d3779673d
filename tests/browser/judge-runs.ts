/**
 * When a timing test in the browser runs again, and which run is its result. The machine is a shared
 * virtual one: now and then it runs the page slower, or keeps it off the CPU for a moment, and stretches
 * whatever task is running. So a failed run is measured again, and excused only if the machine explains
 * it:
 * - it was measurably slower during that run: in its slowest moments, a fixed piece of work took at
 *   least `slower` times as long as in those of the run that passed; or
 * - the failure did not come back: the two runs after it both passed. The page's own work that is too
 *   long happens at the same place on every run; a task the machine stretched happens once.
 */
export interface Run {
  passed: boolean;
  /** How long the fixed piece of work took in the run's slowest moments (ms). */
  slowestProbeMs: number;
}

export interface Verdict {
  /** Measure once more: no run has passed yet, or a failed run could still be excused by the runs after it. */
  again: boolean;
  /** The run that passed (the first), if any. */
  passed?: number;
  /** A failed run the machine does not explain: the result, and the test fails. */
  unexplained?: number;
}

export function judgeRuns(runs: Run[], { maxRuns = 3, slower = 1.2 } = {}): Verdict {
  const passed = runs.findIndex((r) => r.passed);
  const explained = (r: Run, i: number) =>
    r.passed || (passed >= 0 && r.slowestProbeMs >= slower * runs[passed].slowestProbeMs) || (runs[i + 1]?.passed && runs[i + 2]?.passed);
  const unexplained = runs.findIndex((r, i) => !explained(r, i));
  const undecided = runs.some((r, i) => !explained(r, i) && i + 2 >= runs.length);
  return {
    again: runs.length < maxRuns && (passed < 0 || undecided),
    passed: passed >= 0 ? passed : undefined,
    unexplained: unexplained >= 0 && passed >= 0 ? unexplained : undefined,
  };
}
