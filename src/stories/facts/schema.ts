// The shape of the sourced fact files in this folder (ledger lines, ladder rungs…), checked when a
// scene's prepare() reads them at build time and in tests/unit/facts.test.ts. Kept generic: every item
// of every file is a `sourcedItem` — it names at least one source that src/stories/sources.json lists
// and the date its content is true as of. A file that breaks this fails the build, naming file and item.
import { z } from 'astro/zod';
import sources from '../sources.json';

const KNOWN = sources.map((s) => s.id);

/** A non-empty list of source ids, each listed in src/stories/sources.json (or in `known`). */
export function sourceIdList(known: readonly string[] = KNOWN) {
  return z
    .array(z.string())
    .min(1, 'every item needs at least one source')
    .superRefine((ids, ctx) => {
      for (const id of ids)
        if (!known.includes(id)) ctx.addIssue({ code: 'custom', message: `unknown source id "${id}" (add it to src/stories/sources.json)` });
    });
}

/** What every fact carries: its sources and the date its content is true as of (YYYY-MM-DD). */
export const sourcedFact = z.object({ sources: sourceIdList(), asOf: z.iso.date('asOf must be a YYYY-MM-DD date') });

/** A sourced fact with an id, as list items are (ledger lines, ladder rungs, timeline events). */
export function sourcedItem(sourceIds: readonly string[] = KNOWN) {
  return sourcedFact.extend({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase words joined by hyphens'),
    sources: sourceIdList(sourceIds),
  });
}

/**
 * A fact file: a title, its own "as of" date, any `extra` top-level fields, and one or more lists of
 * sourced items whose ids are unique across the file.
 */
export function factFile<L extends Record<string, z.ZodObject>, E extends z.ZodRawShape = {}>(lists: L, extra?: E) {
  const arrays = Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, z.array(v).min(1)])) as { [K in keyof L]: z.ZodArray<L[K]> };
  return z
    .object({ title: z.string().min(3), asOf: z.iso.date(), ...(extra ?? ({} as E)), ...arrays })
    .superRefine((file, ctx) => {
      const seen = new Set<string>();
      for (const key of Object.keys(lists))
        for (const item of (file as Record<string, unknown>)[key] as { id: string }[]) {
          if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key], message: `duplicate id "${item.id}"` });
          seen.add(item.id);
        }
    });
}

/** Parses `data` with `schema`, or throws one error naming the file and every problem in it. */
export function parseFacts<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const where = (path: PropertyKey[]) => {
    // Name the item by its id when the path runs through one, so "give[2]" reads "give[2] (fortifications)".
    let node: unknown = data;
    const parts: string[] = [];
    for (const key of path) {
      node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
      const id = node && typeof node === 'object' && 'id' in node ? ` (${String((node as { id: unknown }).id)})` : '';
      parts.push(typeof key === 'number' ? `[${key}]${id}` : `${parts.length ? '.' : ''}${String(key)}${id}`);
    }
    return parts.join('') || '(file)';
  };
  const problems = result.error.issues.map((i) => `  ${where(i.path)}: ${i.message}`).join('\n');
  throw new Error(`src/stories/facts/${file} is invalid:\n${problems}`);
}

// --- the files this folder holds ---

/** the-trade.json: what Ukraine would give and what it would get, line by line. */
export const tradeLine = sourcedItem().extend({
  /** Short heading of the line. */
  title: z.string().min(3),
  /** The figure shown beside it, if any; `{heldKm2}`, `{heldPct}`, `{beltPopulation}` are filled from data at build time. */
  value: z.string().optional(),
  /** One or two sentences, shown when the line is highlighted (may use `{date}`, `{beltList}`). */
  detail: z.string().min(10),
  /** A denial: the id of the line whose claim this disputes; it is drawn right beside that line. */
  denies: z.string().optional(),
});
export const tradeFile = factFile({ give: tradeLine, get: tradeLine }).superRefine((f, ctx) => {
  const ids = [...f.give, ...f.get].map((l) => l.id);
  for (const [side, lines] of [['give', f.give], ['get', f.get]] as const)
    lines.forEach((l, i) => {
      if (l.denies && !ids.includes(l.denies))
        ctx.addIssue({ code: 'custom', path: [side, i, 'denies'], message: `denies unknown line "${l.denies}"` });
    });
});
export type TradeLine = z.infer<typeof tradeLine>;

/** guarantee-ladder.json: kinds of security promise, weakest first. */
export const ladderRung = sourcedItem().extend({
  name: z.string().min(3),
  /** When it was made or proposed, in words ("5 Dec 1994"). */
  when: z.string().min(3),
  /** One line shown on the collapsed rung. */
  summary: z.string().min(10),
  who: z.string().min(3),
  binds: z.string().min(3),
  trigger: z.string().min(3),
  record: z.string().min(3),
  /** Whether this is what is on the table now (exactly one rung). */
  proposal: z.boolean().default(false),
});
export const ladderFile = factFile(
  { rungs: ladderRung },
  /** Why the rungs are in this order: an editorial judgement, shown to the reader. */
  { reading: z.string().min(20) },
).refine((f) => f.rungs.filter((r) => r.proposal).length === 1, { message: 'exactly one rung must be marked "proposal"', path: ['rungs'] });
export type LadderRung = z.infer<typeof ladderRung>;
