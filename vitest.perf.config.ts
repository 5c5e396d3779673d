import { defineProject } from 'vitest/config';
import browser, { SPEED_TESTS } from './vitest.browser.config';

// The speed tests against the built dist/ (Lighthouse, the slow-CPU scroll, and the layer warming, which
// waits for the browser's idle moments): the browser project's settings, in a test group of their own
// (sequence.groupOrder), so no other test file runs beside them: on a two-core machine, other files running
// at the same time made their timings swing widely, and left the page few idle moments.
export default defineProject({
  test: {
    ...browser.test,
    name: 'perf',
    include: SPEED_TESTS,
    exclude: [],
    sequence: { groupOrder: 1 },
  },
});
