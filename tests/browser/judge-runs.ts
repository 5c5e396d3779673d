/**
 * When a timing test in the browser measures again, and whether it holds: the majority of three runs, as
 * Lighthouse's advice on variance has it (judge several runs, not one). The machine is a shared virtual
 * one: now and then it runs the page slower, or keeps it off the CPU for a moment, and stretches whatever
 * task is running, so one run can fail that the page did not fail. Two runs out of three must pass: a
 * page that fails a run in two has the same even chance as with a single run, while a one-off stretch of
 * the machine's no longer decides the result. It stops as soon as two runs agree.
 */
export interface Verdict {
  /** Measure once more: fewer than two runs agree. */
  again: boolean;
  /** Two runs out of three passed (decided only once `again` is false). */
  holds: boolean;
}

export function judgeRuns(passed: boolean[]): Verdict {
  const passes = passed.filter(Boolean).length;
  const fails = passed.length - passes;
  return { again: passes < 2 && fails < 2, holds: passes >= 2 };
}
