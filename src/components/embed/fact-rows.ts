// Flattens a sourced fact file into table rows: every object that names `sources` becomes one row of its
// plain fields (nested objects as `key.sub`, lists joined with "; "), with `path` saying where it sits.

export type Row = Record<string, string>;

export function factRows(data: unknown, path = ''): Row[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => factRows(item, `${path}[${i}]`));
  if (!data || typeof data !== 'object') return [];
  const object = data as Record<string, unknown>;
  if (!Array.isArray(object.sources)) return Object.entries(object).flatMap(([key, value]) => factRows(value, path ? `${path}.${key}` : key));
  const row: Row = { path };
  const add = (column: string, value: unknown) => {
    if (Array.isArray(value)) row[column] = value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${column}.${k}`, v);
    else row[column] = String(value);
  };
  for (const [key, value] of Object.entries(object)) add(key, value);
  return [row];
}

const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** RFC 4180 CSV with a header of every column any row has, in first-seen order. */
export function toCsv(rows: Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
