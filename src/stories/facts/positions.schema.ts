// Shapes of positions.json and talks-timeline.json, checked at build time by each scene's prepare() and
// in unit tests. Every matrix cell and timeline event is sourced and dated (see schema.ts); a bad file
// throws with a message naming the item, so the build fails loudly.
import { z } from 'astro/zod';
import { parseFacts, sourceIdList, sourcedFact, sourcedItem } from './schema';

export { parseFacts };

const named = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(2), short: z.string().min(2), note: z.string().optional() });

export const positionCell = sourcedFact.extend({
  party: z.string(),
  issue: z.string(),
  /** Two or three words for the compact grid; the stance says it properly. */
  tag: z.string().min(2).max(24),
  stance: z.string().min(20).max(190),
  /** True where no sourced public position was found; the stance then says so. */
  noPosition: z.boolean().optional(),
});

export const positionsFile = z
  .object({
    title: z.string(),
    asOf: z.iso.date(),
    note: z.string(),
    parties: z.array(named).min(1),
    issues: z.array(named).min(1),
    cells: z.array(positionCell),
  })
  .superRefine((f, ctx) => {
    // Exactly one cell per party × issue, none unknown, and no cell dated after the file's "as of".
    const seen = new Set<string>();
    f.cells.forEach((c, i) => {
      const key = `${c.party} × ${c.issue}`;
      if (!f.parties.some((p) => p.id === c.party) || !f.issues.some((s) => s.id === c.issue))
        ctx.addIssue({ code: 'custom', path: ['cells', i], message: `cell ${key}: unknown party or issue` });
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['cells', i], message: `cell ${key}: duplicate` });
      seen.add(key);
      if (c.asOf > f.asOf) ctx.addIssue({ code: 'custom', path: ['cells', i], message: `cell ${key}: dated after the story's "now" (${f.asOf})` });
      if (c.noPosition && !/^No public position found/.test(c.stance))
        ctx.addIssue({ code: 'custom', path: ['cells', i], message: `cell ${key}: a no-position cell must say "No public position found"` });
    });
    for (const p of f.parties)
      for (const s of f.issues)
        if (!seen.has(`${p.id} × ${s.id}`)) ctx.addIssue({ code: 'custom', path: ['cells'], message: `cell ${p.id} × ${s.id} is missing` });
  });

export const timelineEvent = sourcedItem().extend({
  phase: z.string(),
  date: z.iso.date(),
  dateEnd: z.iso.date().optional(),
  /** An event announced for a date after the story's "now", not (yet) held. */
  expected: z.boolean().optional(),
  title: z.string().min(3).max(40),
  text: z.string().min(20).max(200),
  /** A dated note on what happened after the story's "now", with its own sources. */
  sinceThen: z.string().optional(),
  sinceThenSources: sourceIdList().optional(),
});

export const timelineFile = z
  .object({
    title: z.string(),
    asOf: z.iso.date(),
    now: z.iso.date(),
    nowLabel: z.string(),
    phases: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string(), span: z.string() })).min(1),
    events: z.array(timelineEvent).min(1),
  })
  .superRefine((f, ctx) => {
    f.events.forEach((e, i) => {
      if (!f.phases.some((p) => p.id === e.phase)) ctx.addIssue({ code: 'custom', path: ['events', i], message: `event ${e.id}: unknown phase "${e.phase}"` });
      if (i > 0 && e.date < f.events[i - 1].date) ctx.addIssue({ code: 'custom', path: ['events', i], message: `event ${e.id}: out of date order` });
      if (e.dateEnd && e.dateEnd < e.date) ctx.addIssue({ code: 'custom', path: ['events', i], message: `event ${e.id}: ends before it starts` });
      if (e.asOf > f.asOf) ctx.addIssue({ code: 'custom', path: ['events', i], message: `event ${e.id}: dated after the story's "now"` });
      if (e.date > f.now && !e.expected) ctx.addIssue({ code: 'custom', path: ['events', i], message: `event ${e.id}: after "now" but not marked expected` });
      if (e.sinceThen && !e.sinceThenSources) ctx.addIssue({ code: 'custom', path: ['events', i], message: `event ${e.id}: a since-then note needs its own sources` });
    });
  });

export type PositionsFile = z.infer<typeof positionsFile>;
export type TimelineFile = z.infer<typeof timelineFile>;
