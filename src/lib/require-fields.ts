/**
 * Returns `data` if it is an object holding every named field, and throws otherwise: the guard a scene's
 * `stateFor` uses when it passes its data through without reading it, so a corrupt data file still fails
 * before the live scene replaces the server-rendered figure.
 */
export function requireFields<T extends object>(data: T, fields: (keyof T & string)[], scene: string): T {
  const missing = fields.filter((f) => typeof data !== 'object' || data === null || Array.isArray(data) || !(f in data));
  if (missing.length) throw new Error(`${scene}: data lacks ${missing.join(', ')}`);
  return data;
}
