// The classroom edition's three files, checked at build time by the pages that read them and in
// tests/unit/classroom.test.ts: glossary.json (terms, read also by the story's glossary linker),
// lesson.json (the teacher's guide) and framing.json (the source-comparison exercise).
// Sources are ids from src/stories/sources.json, exactly as the fact files use them.
import { z } from 'astro/zod';
import { sourceIdList, sourcedFact } from '../stories/facts/schema';
import { unknownStepRefs } from './step-refs';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');
const isoDate = z.iso.date('dates are YYYY-MM-DD');

/** Adds an issue for every value that appears twice in `values` (ids, anchors, terms). */
function unique(values: string[], ctx: z.RefinementCtx, path: PropertyKey[], what: string) {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) ctx.addIssue({ code: 'custom', path, message: `duplicate ${what} "${v}"` });
    seen.add(v);
  }
}

// --- glossary.json ---

export const glossaryTerm = sourcedFact.extend({
  /** The anchor on /glossary/ (`<dt id>`), and what the story's linker links to. */
  id: kebabId,
  term: z.string().min(2),
  /** Other forms as they appear in the story's text, for the linker (may be empty). */
  aliases: z.array(z.string().min(2)),
  /** Other spellings or names readers meet elsewhere, e.g. Kiev, Lugansk (may be empty). */
  spellings: z.array(z.string().min(2)),
  /** One to three sentences, in the site's own words. */
  definition: z
    .string()
    .min(30)
    .refine((d) => sentences(d) <= 3, 'a definition is one to three sentences'),
});
export type GlossaryTerm = z.infer<typeof glossaryTerm>;

/** Sentences in a definition: ends of sentence followed by a space and a capital or a quote (not "e.g. "). */
export function sentences(text: string): number {
  return text.split(/(?<=[.!?][”’"]?)\s+(?=[A-Z“‘"])/).filter((s) => s.trim()).length;
}

/** A place name with its other spellings: defined like a term, but not linked from the story's copy. */
export const glossaryPlace = glossaryTerm.omit({ aliases: true });

/** A short "Kiev: see Kyiv" entry, so a spelling met elsewhere is found where it sorts. */
const seeEntry = z.object({ form: z.string().min(2), id: kebabId });

export const glossaryFile = z
  .object({
    title: z.string().min(3),
    asOf: isoDate,
    terms: z.array(glossaryTerm).min(1),
    places: z.array(glossaryPlace).default([]),
    see: z.array(seeEntry).default([]),
  })
  .superRefine((g, ctx) => {
    const entries = [...g.terms, ...g.places];
    unique(entries.map((t) => t.id), ctx, ['terms'], 'term id');
    unique(g.see.map((s) => s.form.toLowerCase()), ctx, ['see'], 'see form');
    g.see.forEach((s, i) => {
      const target = entries.find((t) => t.id === s.id);
      if (!target) ctx.addIssue({ code: 'custom', path: ['see', i], message: `"${s.form}" points to unknown entry "${s.id}"` });
      else if (!target.spellings.includes(s.form))
        ctx.addIssue({ code: 'custom', path: ['see', i], message: `"${s.form}" is not among the spellings of "${s.id}"` });
    });
    // Each form links to one term only, or the linker could not choose.
    unique(
      g.terms.flatMap((t) => [t.term, ...t.aliases].map((s) => s.toLowerCase())),
      ctx,
      ['terms'],
      'term or alias',
    );
  });
export type Glossary = z.infer<typeof glossaryFile>;

// --- lesson.json ---

/** What the lesson file's references are checked against; passed in so tests can use small fixtures. */
export interface LessonCatalogue {
  sceneIds: readonly string[];
  chapterIds: readonly string[];
  stepIds: readonly string[];
  sourceIds?: readonly string[];
}

export function lessonSchema({ sceneIds, chapterIds, stepIds, sourceIds }: LessonCatalogue) {
  const sceneId = z.string().refine((id) => sceneIds.includes(id), { error: (i) => `unknown scene "${String(i.input)}"` });
  const chapterId = z.string().refine((id) => chapterIds.includes(id), { error: (i) => `unknown chapter "${String(i.input)}"` });
  const stepId = z.string().refine((id) => stepIds.includes(id), { error: (i) => `unknown step "${String(i.input)}"` });
  const sources = sourceIds ? sourceIdList(sourceIds) : sourceIdList();

  /** Where a fact in an answer comes from: story steps and/or sources; at least one. */
  const support = z
    .object({ steps: z.array(stepId).default([]), sources: sources.optional(), exercise: z.literal('framing').optional() })
    .refine((s) => s.steps.length > 0 || (s.sources?.length ?? 0) > 0 || s.exercise, 'an answer needs a supporting step, source or exercise');

  const question = z.object({
    question: z.string().min(10),
    /** For the teacher: what to listen for, where the answer is, what is contested. */
    notes: z.string().min(20),
    steps: z.array(stepId).default([]),
    /** The one question per chapter that fits in the timed sequence; the others are for longer lessons. */
    core: z.boolean().default(false),
  });

  const quizItem = z
    .object({
      id: kebabId,
      question: z.string().min(10),
      kind: z.enum(['choice', 'short']),
      options: z.array(z.string().min(1)).optional(),
      /** The right option (exactly as written) or a model short answer. */
      answer: z.string().min(1),
      explanation: z.string().min(10),
      support,
    })
    .superRefine((q, ctx) => {
      if (q.kind === 'choice') {
        if (!q.options || q.options.length < 3) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice question needs at least three options' });
        else if (!q.options.includes(q.answer)) ctx.addIssue({ code: 'custom', path: ['answer'], message: `the answer "${q.answer}" is not one of the options` });
      } else if (q.options) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a short-answer question has no options' });
    });

  return z
    .object({
      title: z.string().min(3),
      asOf: isoDate,
      /** e.g. "45–60 minutes". */
      duration: z.string().min(3),
      audience: z.string().min(10),
      goals: z.array(z.string().min(10)).min(3).max(5),
      use: z
        .array(z.object({ mode: z.enum(['projector', 'phones', 'print']), title: z.string().min(3), text: z.string().min(20) }))
        .min(3),
      sequence: z
        .array(
          z.object({
            minutes: z.number().int().positive(),
            title: z.string().min(3),
            activity: z.string().min(20),
            chapter: chapterId.optional(),
            /** Scenes to show full-screen, in order; each links to /present/<scene-id>/. */
            scenes: z.array(sceneId).default([]),
            /** Steps to read with the class. */
            steps: z.array(stepId).default([]),
            /** Whether this part uses the printable edition (/print/). */
            print: z.boolean().default(false),
            /** How to shorten it for a 45-minute lesson, if it can be, ending with its length: "… (5 minutes)." */
            shorter: z.string().optional(),
          }).refine((part) => !part.shorter || (shorterMinutes(part) ?? Infinity) < part.minutes, {
            error: 'a shorter version must end with its length, "(N minutes)", less than the full part',
            path: ['shorter'],
          }),
        )
        .min(4),
      discussion: z
        .array(z.object({ chapter: chapterId, questions: z.array(question).length(3, 'three discussion questions per chapter') }))
        .min(1),
      quiz: z.array(quizItem).min(6).max(8),
    })
    .superRefine((l, ctx) => {
      const total = l.sequence.reduce((t, s) => t + s.minutes, 0);
      if (total < 45 || total > 60) ctx.addIssue({ code: 'custom', path: ['sequence'], message: `the sequence lasts ${total} minutes, not 45–60` });
      unique(l.quiz.map((q) => q.id), ctx, ['quiz'], 'quiz id');
      unique(l.discussion.map((d) => d.chapter), ctx, ['discussion'], 'chapter');
      for (const id of chapterIds)
        if (!l.discussion.some((d) => d.chapter === id)) ctx.addIssue({ code: 'custom', path: ['discussion'], message: `no discussion questions for chapter "${id}"` });
      l.discussion.forEach((d, i) => {
        const core = d.questions.filter((q) => q.core).length;
        if (core !== 1) ctx.addIssue({ code: 'custom', path: ['discussion', i], message: `chapter "${d.chapter}" needs exactly one core question, not ${core}` });
      });
      for (const id of unknownStepRefs(l, stepIds)) ctx.addIssue({ code: 'custom', path: [], message: `unknown step "${id}" in {step:${id}}` });
    });
}

/** The length of a part's shorter version, from the "(N minutes)" its text ends with. */
export function shorterMinutes(part: { shorter?: string }): number | undefined {
  const m = /\((\d+) minutes?\)\.?$/.exec(part.shorter ?? '');
  return m ? Number(m[1]) : undefined;
}
export type Lesson = z.infer<ReturnType<typeof lessonSchema>>;

// --- framing.json ---

export const HIGHLIGHT_CATEGORIES = ['place', 'label', 'verb', 'voice'] as const;
export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number];

/** Words in a text, as a reader counts them (hyphenated and dashed compounds count per word). */
export const wordCount = (text: string) => text.split(/[\s—–]+/).filter((w) => /\w/.test(w)).length;

export const MAX_EXCERPT_WORDS = 62;

const highlight = z.object({ text: z.string().min(2), category: z.enum(HIGHLIGHT_CATEGORIES) });

const voice = z
  .object({
    id: kebabId,
    /** Short name shown on the card ("Russian state media"). */
    label: z.string().min(3),
    /** The original publisher and what it relays, as credited on the card. */
    credit: z.string().min(10),
    /** Publication date of the text quoted. */
    date: isoDate,
    /** The seed text in /work/shared/seeds/ the excerpt is quoted from (checked in tests when present). */
    seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'a seed file name like 000_abc123.txt'),
    /** One or two verbatim passages (shown joined by an ellipsis). */
    excerpt: z.array(z.string().min(20)).min(1).max(2),
    highlights: z.array(highlight).min(4),
    leavesOut: z.array(z.string().min(20)).min(1),
    /** Anything else in the same text a reader should weigh (what the rest of it adds). */
    context: z.string().min(20).optional(),
    sources: sourceIdList(),
  })
  .superRefine((v, ctx) => {
    const words = v.excerpt.reduce((n, p) => n + wordCount(p), 0);
    if (words > MAX_EXCERPT_WORDS) ctx.addIssue({ code: 'custom', path: ['excerpt'], message: `excerpt is ${words} words (at most ${MAX_EXCERPT_WORDS})` });
    v.highlights.forEach((h, i) => {
      if (!v.excerpt.some((p) => p.includes(h.text)))
        ctx.addIssue({ code: 'custom', path: ['highlights', i], message: `"${h.text}" does not occur in the excerpt` });
    });
    for (const [p, part] of v.excerpt.entries()) {
      try {
        segments(part, v.highlights.filter((h) => part.includes(h.text)));
      } catch (e) {
        ctx.addIssue({ code: 'custom', path: ['excerpt', p], message: (e as Error).message });
      }
    }
  });

export const framingFile = z
  .object({
    title: z.string().min(3),
    asOf: isoDate,
    intro: z.string().min(20),
    /** What each highlight category means, for the key. */
    categories: z.object(Object.fromEntries(HIGHLIGHT_CATEGORIES.map((c) => [c, z.object({ name: z.string().min(3), cue: z.string().min(1).max(2), explain: z.string().min(10) })])) as Record<HighlightCategory, z.ZodObject<{ name: z.ZodString; cue: z.ZodString; explain: z.ZodString }>>),
    voices: z.array(voice).length(4),
    questions: z.array(z.object({ question: z.string().min(10), notes: z.string().min(20) })).min(4).max(6),
  })
  .superRefine((f, ctx) => {
    unique(f.voices.map((v) => v.id), ctx, ['voices'], 'voice id');
    unique(Object.values(f.categories).map((c) => c.cue), ctx, ['categories'], 'cue');
  });
export type Framing = z.infer<typeof framingFile>;
export type Voice = Framing['voices'][number];

// --- rendering highlights ---

export interface Segment {
  text: string;
  category?: HighlightCategory;
}

/**
 * Splits `text` into plain and highlighted runs: each highlight marks the first occurrence of its text.
 * Throws when a highlight is missing or two highlights overlap, so a bad file cannot render silently.
 */
export function segments(text: string, highlights: readonly { text: string; category: HighlightCategory }[]): Segment[] {
  const spans = highlights
    .map((h) => {
      const start = text.indexOf(h.text);
      if (start < 0) throw new Error(`highlight "${h.text}" does not occur in the text`);
      return { start, end: start + h.text.length, category: h.category };
    })
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) throw new Error(`highlight "${text.slice(s.start, s.end)}" overlaps another`);
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), category: s.category });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Parses `data` with `schema`, or throws one error naming the file and every problem in it. */
export function parseClassroom<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.map(String).join('.') || '(file)'}: ${i.message}`).join('\n');
  throw new Error(`src/classroom/${file} is invalid:\n${problems}`);
}
