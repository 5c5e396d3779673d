// Dates written for readers in scene text, without locale surprises between Node and browsers.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-01-27" → "27 Jan 2026" (or "27 January 2026" with `long`); throws on anything but YYYY-MM-DD. */
export function dayText(iso: string, long = false): string {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  const [y, m, d] = match ? match.slice(1).map(Number) : [];
  if (!match || m < 1 || m > 12 || d < 1 || d > 31) throw new Error(`not a YYYY-MM-DD date: "${iso}"`);
  return `${d} ${(long ? MONTHS_LONG : MONTHS)[m - 1]} ${y}`;
}

/**
 * The date of the control data the story treats as "now" (DeepState's map of 27 January 2026, the day the
 * FT report appeared; the story covers events to 31 January 2026). Scenes that measure "today's" front
 * line or held area use this one constant.
 */
export const STORY_DATE = '2026-01-27';
