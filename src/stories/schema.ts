// The shape of story content, checked at build time (src/content.config.ts) and in unit tests.
// A step may only name a scene that the registry has, a state that scene knows, and sources that
// sources.json lists; anything else fails the build with a message naming the step.
import { z } from 'astro/zod';

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    publisher: z.string().min(2),
    title: z.string().min(2),
    /** Short form for credit lines under graphics (e.g. "Natural Earth"); the publisher otherwise. */
    credit: z.string().optional(),
    url: z.url().optional(),
    /** When the source was published, or the date its figures describe. */
    date: z.iso.date().optional(),
    /** When a living page (a wiki, a dataset) was read. */
    accessed: z.iso.date().optional(),
    /** Where a source has no public link, how it was read. */
    note: z.string().optional(),
  })
  .refine((s) => s.date || s.accessed, { message: 'a source needs a date or an accessed date' })
  .refine((s) => s.url || s.note, { message: 'a source without a URL needs a note saying how it was read' });
export type Source = z.infer<typeof sourceSchema>;

/** What the chapter schema checks references against; passed in so tests can use small fixtures. */
export interface Catalogue {
  scenes: readonly { id: string; states: Readonly<Record<string, unknown>> }[];
  sourceIds: readonly string[];
}

export function chapterSchema({ scenes, sourceIds }: Catalogue) {
  const step = z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'step ids are lowercase words joined by hyphens'),
      scene: z.string(),
      state: z.string(),
      text: z.string().min(20),
      /** The graphic's text alternative at this step; defaults to the scene state's own (registry). */
      alt: z.string().min(20).optional(),
      sources: z.array(z.string()).min(1, 'every step needs at least one source'),
    })
    .superRefine((s, ctx) => {
      const scene = scenes.find((sc) => sc.id === s.scene);
      if (!scene) {
        ctx.addIssue({
          code: 'custom',
          path: ['scene'],
          message: `step "${s.id}": unknown scene id "${s.scene}" (known: ${scenes.map((sc) => sc.id).join(', ')})`,
        });
      } else if (!(s.state in scene.states)) {
        ctx.addIssue({
          code: 'custom',
          path: ['state'],
          message: `step "${s.id}": scene "${s.scene}" has no state "${s.state}" (known: ${Object.keys(scene.states).join(', ')})`,
        });
      }
      for (const id of s.sources) {
        if (!sourceIds.includes(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sources'],
            message: `step "${s.id}": unknown source id "${id}" (add it to src/stories/sources.json)`,
          });
        }
      }
    });

  return z
    .object({
      title: z.string().min(3),
      order: z.number().int().positive(),
      asOf: z.iso.date(),
      intro: z.string().min(10),
      steps: z.array(step).min(1),
    })
    .superRefine((c, ctx) => {
      const seen = new Set<string>();
      for (const s of c.steps) {
        if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps'], message: `duplicate step id "${s.id}"` });
        seen.add(s.id);
      }
    });
}
export type Chapter = z.infer<ReturnType<typeof chapterSchema>>;
export type Step = Chapter['steps'][number];

/**
 * The corrections log (src/stories/corrections.json), oldest first: the story's first publication, then
 * every correction or update, with what changed and where. The story's "First published" and "Last
 * updated" dates (shown, and in its structured data) come from here and nowhere else.
 */
export const correctionsSchema = z
  .array(
    z.object({
      date: z.iso.date(),
      kind: z.enum(['published', 'correction', 'update']),
      /** What changed, in a sentence a reader can check. */
      text: z.string().min(5),
      /** Where in the story (e.g. "Chapter 2, step 4"); the first publication has none. */
      where: z.string().min(3).optional(),
    }),
  )
  .min(1)
  .superRefine((log, ctx) => {
    if (log[0]?.kind !== 'published') ctx.addIssue({ code: 'custom', path: [0, 'kind'], message: 'the first entry must be the first publication ("kind": "published")' });
    log.forEach((entry, i) => {
      if (i > 0 && entry.kind === 'published') ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: 'only the first entry can be the first publication' });
      if (i > 0 && entry.date < log[i - 1].date) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `entries must be oldest first: ${entry.date} comes after ${log[i - 1].date}` });
    });
  });
export type Correction = z.infer<typeof correctionsSchema>[number];
