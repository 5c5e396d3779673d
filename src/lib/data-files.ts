// Build-time only: reads the committed outputs of `npm run data` from public/data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA_DIR = join(process.cwd(), 'public', 'data');

/** Reads public/data/<name> as text, failing with the file name when it is missing. */
export function readDataText(name: string): string {
  try {
    return readFileSync(join(DATA_DIR, name), 'utf8');
  } catch {
    throw new Error(`Data file public/data/${name} is missing: run \`npm run data\` (needs ../shared/data).`);
  }
}

/** Parses public/data/<name> as JSON, failing with the file name when it is missing or corrupt. */
export function readDataFile<T>(name: string): T {
  const text = readDataText(name);
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new Error(`Data file public/data/${name} is not valid JSON: ${(e as Error).message}`);
  }
}

/** One entry of public/data/places.json (the fields scenes use). */
export interface Place {
  id: string;
  name: string;
  lon: number;
  lat: number;
  priority: number;
  belt: boolean;
  population2022: number | null;
}
