// The calculator's arithmetic: pure, dependency-free, run on the server (static table) and in the
// browser (slider). Paces are in km² a day; dates are ISO strings computed in UTC.
import { dayText } from '../../../lib/day-text';

/** The slider's range and step, km² a day. Russia's General Staff's claimed January pace is ≈18.5. */
export const PACE = { min: 0, max: 30, step: 0.1 } as const;

/** Beyond this many days the answer is "more than a century", not a date. */
export const MAX_DAYS = 36_525;

const DAY_MS = 86_400_000;
const MONTH_DAYS = 365.2425 / 12;
const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

export type Finish =
  /** No advance (zero, negative or no pace): the area is never all taken. */
  | { kind: 'never' }
  /** Nothing left to take on the start date. */
  | { kind: 'done'; date: string; days: 0; months: 0 }
  /** `days` whole days after the start date, on `date`. */
  | { kind: 'date'; date: string; days: number; months: number }
  /** Longer than MAX_DAYS. */
  | { kind: 'beyond'; days: number; months: number };

/** Milliseconds of a valid ISO calendar date at 00:00 UTC; throws on anything else ("2026-02-30" too). */
export function utcDay(iso: string): number {
  const m = ISO_DATE.exec(iso);
  const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  if (!m || new Date(ms).toISOString().slice(0, 10) !== iso) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  return ms;
}

export const addDays = (iso: string, days: number) => new Date(utcDay(iso) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from one ISO date to another (negative if `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((utcDay(to) - utcDay(from)) / DAY_MS);

/**
 * When `remainingKm2` would all be taken at `pacePerDay`, counting from `start`: the first whole day by
 * whose end the gains add up to the remaining area (a pace larger than the area finishes on day 1).
 */
export function finishDate(remainingKm2: number, pacePerDay: number, start: string): Finish {
  utcDay(start);
  if (!Number.isFinite(remainingKm2)) throw new RangeError(`remaining area must be a finite number, got ${remainingKm2}`);
  if (remainingKm2 <= 0) return { kind: 'done', date: start, days: 0, months: 0 };
  if (!(pacePerDay > 0)) return { kind: 'never' };
  // A hair of tolerance so that e.g. 100 km² at 10 km² a day is 10 days, not 11 from rounding error.
  const days = Math.max(1, Math.ceil(remainingKm2 / pacePerDay - 1e-9));
  const months = Math.round((days / MONTH_DAYS) * 10) / 10;
  if (days > MAX_DAYS) return { kind: 'beyond', days, months };
  return { kind: 'date', date: addDays(start, days), days, months };
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A pace from untrusted input (a `?pace=` parameter, a form field): a finite decimal number, clamped to
 * the slider's range and snapped to its step; anything else (empty, NaN, Infinity, "12abc", hex, objects)
 * gives `fallback`.
 */
export function parsePace(input: unknown, fallback: number): number {
  let n: number;
  if (typeof input === 'number') n = input;
  else if (typeof input === 'string' && DECIMAL.test(input.trim())) n = Number(input.trim());
  else return fallback;
  if (!Number.isFinite(n)) return fallback;
  const snapped = Math.round(Math.min(PACE.max, Math.max(PACE.min, n)) / PACE.step) * PACE.step;
  return Number(snapped.toFixed(1));
}

/** "9.8 km² a day" (one decimal, as the slider shows it). */
export const formatPace = (pace: number) => `${pace.toFixed(1)} km² a day`;

/**
 * The result as one short sentence. `who` ("Russia’s General Staff claimed") marks a pace someone gave
 * for the whole front: counting all of it in Donetsk Oblast gives the fastest case, and the sentence
 * says so and whose figure it is.
 */
export function resultSentence(pace: number, finish: Finish, start: string, who?: string): string {
  const at = who ? `If all of the ${formatPace(pace)} ${who} were gained in Donetsk Oblast` : `At ${formatPace(pace)}`;
  const what = who ? 'all of it' : 'all of Donetsk Oblast';
  switch (finish.kind) {
    case 'never':
      return `At ${formatPace(Math.max(0, pace))}, Russia would never hold all of Donetsk Oblast.`;
    case 'done':
      return `Russia already held all of Donetsk Oblast on ${dayText(start)}.`;
    case 'beyond':
      return `${at}, Russia would need more than 100 years to hold ${what}.`;
    case 'date': {
      const span = finish.days < 45 ? `${finish.days} day${finish.days === 1 ? '' : 's'}` : `about ${Math.round(finish.months)} months`;
      return `${at}, Russia would hold ${what} by ${dayText(finish.date)} (in ${span}).`;
    }
  }
}
