/** Runs a task when the browser has a moment. */
export type Schedule = (task: () => void) => void;

/** In an idle callback (at most 4 s away), or after a short timeout where there is none (Safari). */
export const whenIdle: Schedule = (task) =>
  'requestIdleCallback' in window ? void requestIdleCallback(() => task(), { timeout: 4000 }) : void setTimeout(task, 300);
