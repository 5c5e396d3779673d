/**
 * A number as British English writes it ("373,600", "265.45"), what `toLocaleString('en-GB')` gives: the
 * site's one number format, at build time and in the reader's browser. There the first `toLocaleString`
 * call loads the browser's locale data (about 50 ms on a mid-range phone, one long task while a scene comes
 * to life); this costs nothing.
 */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(Math.round(value * 1000) / 1000).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
