// The story's publication record, read once from src/stories/corrections.json (validated: a bad entry
// fails the build naming it). Pages and structured data take their dates from here.
import log from '../stories/corrections.json';
import { correctionsSchema } from '../stories/schema';

export const corrections = correctionsSchema.parse(log);
/** The first entry is the first publication; the last entry's date is when the story last changed. */
export const firstPublished = corrections[0].date;
export const lastUpdated = corrections.at(-1)!.date;
