// sources.json: for every output file, its inputs, licence, the attribution line to show, and method.
import { STORY_NOW } from './config.ts';
import { AREA_METHOD, FILE_NOTES } from './source-notes.ts';
import type { Written } from './write.ts';
import type { AreaRow } from './areas.ts';

export function buildSources(written: Written[], rows: AreaRow[]) {
  const last = rows[rows.length - 1];
  return {
    storyNow: STORY_NOW,
    sinceThenDates: rows.filter((r) => r.date > STORY_NOW).map((r) => r.date),
    latestControlDate: last.date,
    areaMethod: AREA_METHOD,
    greyZone: 'Control areas exclude DeepState\'s grey "unknown status" zone; any "Ukraine-held" figure includes it.',
    files: written.map((w) => ({ file: w.file, bytes: w.bytes, gzipBytes: w.gzipBytes, ...FILE_NOTES[w.file] })),
  };
}
