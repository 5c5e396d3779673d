// What an embed page reads from its URL. Static hosting means the page cannot vary on the server, so
// the browser parses the query string; anything unknown, out of range or odd falls back to the default,
// and nothing from the URL is ever written into the page (only these parsed values are used).

export type EmbedLayout = 'stepper' | 'stack';

export interface EmbedParams {
  /** 0-based index of the step to open at (`?step=` is 1-based, as readers count). */
  step: number;
  layout: EmbedLayout;
  /** Only English exists; reserved so embed URLs can carry it later. */
  lang: 'en';
}

const MAX_LENGTH = 16;

/** The value of `name`, or null when absent or longer than any valid value could be. */
function param(query: URLSearchParams, name: string): string | null {
  const value = query.get(name);
  return value === null || value.length > MAX_LENGTH ? null : value.trim().toLowerCase();
}

/** Parses `?step=N&layout=stepper|stack&lang=en` for a scene with `stepCount` steps. */
export function parseEmbedParams(search: string, stepCount: number): EmbedParams {
  const query = new URLSearchParams(search);
  const step = param(query, 'step');
  const n = step !== null && /^\d{1,4}$/.test(step) ? Number(step) : NaN;
  return {
    step: n >= 1 && n <= stepCount ? n - 1 : 0,
    layout: param(query, 'layout') === 'stack' ? 'stack' : 'stepper',
    lang: 'en',
  };
}
