// The classroom edition's files (glossary, lesson, framing) and their schemas: the real files parse,
// every reference resolves, and each kind of bad file is refused with a message that names the problem.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import {
  glossaryFile,
  lessonSchema,
  framingFile,
  segments,
  sentences,
  wordCount,
  parseClassroom,
  shorterMinutes,
  MAX_EXCERPT_WORDS,
  HIGHLIGHT_CATEGORIES,
} from '../../src/classroom/schema';
import glossaryJson from '../../src/classroom/glossary.json';
import lessonJson from '../../src/classroom/lesson.json';
import framingJson from '../../src/classroom/framing.json';
import sources from '../../src/stories/sources.json';
import { scenes } from '../../src/components/scenes/registry';
import { splitStepRefs, stepPlace, unknownStepRefs } from '../../src/classroom/step-refs';

const clone = <T>(x: T): T => structuredClone(x);
const sourceIds = sources.map((s) => s.id);

// The story's chapters, named as src/content.config.ts names them ("01-donbas-since-2014.json" → "donbas-since-2014").
const storyDir = new URL('../../src/stories/', import.meta.url);
const chapters = readdirSync(storyDir)
  .filter((f) => /^\d+-.*\.json$/.test(f))
  .sort()
  .map((f) => ({ id: f.replace(/^\d+-|\.json$/g, ''), steps: (JSON.parse(readFileSync(new URL(f, storyDir), 'utf8')) as { steps: { id: string }[] }).steps }));
const catalogue = {
  sceneIds: scenes.map((s) => s.id),
  chapterIds: chapters.map((c) => c.id),
  stepIds: chapters.flatMap((c) => c.steps.map((s) => s.id)),
};
const lessonFile = lessonSchema(catalogue);

/** The messages of a failed parse, joined (or '' when it passes). */
const problems = (schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, data: unknown) => {
  const r = schema.safeParse(data);
  return r.success ? '' : r.error!.issues.map((i) => i.message).join('\n');
};

describe('glossary.json', () => {
  const glossary = glossaryFile.parse(glossaryJson);

  it('parses, with unique ids and every term sourced from the catalogue and dated', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(22);
    expect(new Set(glossary.terms.map((t) => t.id)).size).toBe(glossary.terms.length);
    for (const t of [...glossary.terms, ...glossary.places]) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const id of t.sources) expect(sourceIds, `${t.id} cites ${id}`).toContain(id);
      expect(t.asOf, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(t.asOf <= glossary.asOf, `${t.id} is dated after the story's now`).toBe(true);
    }
  });

  it.each([
    'donbas', 'oblast', 'donetsk-oblast', 'luhansk-oblast', 'line-of-contact', 'minsk-agreements', 'annexation', 'referendum',
    'deepstatemap', 'grey-zone', 'fortress-belt', 'kyiv', 'security-guarantee', 'security-assurance', 'budapest-memorandum',
    'article-5', 'bilateral-security-agreements', 'coalition-of-the-willing', 'demilitarized-zone', 'free-economic-zone',
    'ceasefire', 'zaporizhzhia-nuclear-plant', 'isw', 'general-staff',
  ])('defines %s', (id) => {
    expect(glossary.terms.find((t) => t.id === id)?.definition.length).toBeGreaterThan(30);
  });

  it('lists the other spellings readers meet', () => {
    const spellings = (id: string) => glossary.terms.find((t) => t.id === id)!.spellings;
    expect(spellings('kyiv')).toContain('Kiev');
    expect(spellings('luhansk-oblast')).toContain('Lugansk');
    expect(spellings('donbas')).toContain('Donbass');
  });

  // Spellings students meet in the sources (ISW, Russian and Vietnamese texts) each have an entry of their own.
  it.each([
    ['Kiev', 'kyiv'],
    ['Lugansk', 'luhansk-oblast'],
    ['Slovyansk', 'sloviansk'],
    ['Kostyantynivka', 'kostiantynivka'],
    ['Dobropillya', 'dobropillia'],
    ['Moskva', 'moscow'],
  ])('finds %s under its own letter, pointing to "%s"', (form, id) => {
    expect(glossary.see.find((s) => s.form === form)?.id).toBe(id);
  });

  it('keeps place names out of the story linker: they are not terms, so their names are not linked', () => {
    const linked = glossary.terms.flatMap((t) => [t.term, ...t.aliases].map((form) => ({ id: t.id, form: form.toLowerCase() })));
    for (const p of glossary.places) expect(linked.map((l) => l.form), p.id).not.toContain(p.term.toLowerCase());
    // Other spellings are shown, never linked: no linked form is a spelling of a different entry.
    for (const e of [...glossary.terms, ...glossary.places])
      for (const s of e.spellings) expect(linked.filter((l) => l.form === s.toLowerCase() && l.id !== e.id), `${e.id}: ${s}`).toEqual([]);
  });

  // A definition cannot be true as of a date later than anything its sources report (a 1994 memorandum
  // sourced to 1994 and 2014 documents is not "as of 2022").
  it('dates each entry no later than its newest source', () => {
    const newest = (ids: string[]) =>
      ids.map((id) => sources.find((s) => s.id === id)!).map((s) => [s.date, (s as { accessed?: string }).accessed].filter(Boolean).sort().at(-1)!).sort().at(-1)!;
    for (const t of [...glossary.terms, ...glossary.places]) expect(t.asOf <= newest(t.sources), `${t.id}: as of ${t.asOf}`).toBe(true);
  });

  it('refuses a "see" entry that points nowhere or to an entry without that spelling, and a form listed twice', () => {
    const see = (entries: { form: string; id: string }[]) => problems(glossaryFile, { ...glossaryJson, see: entries });
    expect(see([{ form: 'Kiev', id: 'no-such-entry' }])).toMatch(/"Kiev" points to unknown entry "no-such-entry"/);
    expect(see([{ form: 'Kiev', id: 'donbas' }])).toMatch(/"Kiev" is not among the spellings of "donbas"/);
    expect(see([{ form: 'Kiev', id: 'kyiv' }, { form: 'kiev', id: 'kyiv' }])).toMatch(/duplicate see form "kiev"/);
    expect(see([{ form: 'Kiev', id: 'kyiv' }])).toBe('');
  });

  it('keeps exactly the shape the story linker reads', () => {
    expect(Object.keys(glossaryJson).sort()).toEqual(['asOf', 'places', 'see', 'terms', 'title']);
    for (const t of glossaryJson.terms) expect(Object.keys(t).sort()).toEqual(['aliases', 'asOf', 'definition', 'id', 'sources', 'spellings', 'term']);
  });

  const term = glossaryJson.terms[0];
  it.each([
    ['an unknown source id', { ...term, sources: ['no-such-source'] }, /unknown source id "no-such-source"/],
    ['no sources', { ...term, sources: [] }, /at least one source/],
    ['a bad asOf date', { ...term, asOf: '27 Jan 2026' }, /asOf must be a YYYY-MM-DD date/],
    ['an id that is not kebab-case', { ...term, id: 'Donbas Region' }, /lowercase words joined by hyphens/],
    ['a four-sentence definition', { ...term, definition: 'One thing. Two things. Three things. Four things.' }, /one to three sentences/],
    ['a missing spellings list', (({ spellings: _, ...rest }) => rest)(term), /expected array/i],
  ])('refuses a term with %s', (_, bad, message) => {
    expect(problems(glossaryFile, { ...glossaryJson, terms: [bad] })).toMatch(message);
  });

  it('refuses duplicate ids, and an alias claimed by two terms', () => {
    const [a, b] = glossaryJson.terms;
    expect(problems(glossaryFile, { ...glossaryJson, terms: [a, { ...b, id: a.id }] })).toMatch(/duplicate term id/);
    expect(problems(glossaryFile, { ...glossaryJson, terms: [a, { ...b, aliases: [a.term.toUpperCase()] }] })).toMatch(/duplicate term or alias/);
  });
});

describe('sentences()', () => {
  it.each([
    ['One sentence.', 1],
    ['First. Second.', 2],
    ['It signed on 5 Dec. 1994 and more.', 1], // an abbreviation before a number is not a sentence end
    ['The UN said “no.” Then it voted.', 2],
    ['Ends with a quote “A”. “Next” starts here.', 2],
    ['', 0],
  ])('%j has %i', (text, n) => expect(sentences(text)).toBe(n));
});

describe('lesson.json', () => {
  const lesson = lessonFile.parse(lessonJson);

  it('parses: 3–5 goals, a 45–60 minute sequence, three questions per chapter, 6–8 quiz questions', () => {
    expect(lesson.goals.length).toBeGreaterThanOrEqual(3);
    const minutes = lesson.sequence.reduce((t, s) => t + s.minutes, 0);
    expect(minutes).toBeGreaterThanOrEqual(45);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(lesson.discussion.map((d) => d.chapter).sort()).toEqual([...catalogue.chapterIds].sort());
    for (const d of lesson.discussion) expect(d.questions).toHaveLength(3);
    expect(lesson.quiz.length).toBeGreaterThanOrEqual(6);
    expect(lesson.quiz.length).toBeLessThanOrEqual(8);
    expect(new Set(lesson.use.map((u) => u.mode))).toEqual(new Set(['projector', 'phones', 'print']));
  });

  it('presents only registry scenes and cites only story steps and catalogue sources', () => {
    const used = lesson.sequence.flatMap((s) => s.scenes);
    expect(used.length).toBeGreaterThan(3);
    for (const id of used) expect(catalogue.sceneIds).toContain(id);
    for (const q of lesson.quiz) {
      for (const id of q.support.steps) expect(catalogue.stepIds).toContain(id);
      for (const id of q.support.sources ?? []) expect(sourceIds).toContain(id);
    }
  });

  it('gives every choice question its answer among the options', () => {
    for (const q of lesson.quiz.filter((q) => q.kind === 'choice')) expect(q.options).toContain(q.answer);
  });

  // The right option must not stand out: if it has a number, every option has one written to the same
  // precision, and it is not much longer than the longest wrong option.
  it('does not signal the right option by its precision or its length', () => {
    const decimals = (o: string) => /\d+(?:[.,]\d+)*/.exec(o)?.[0].split('.')[1]?.length ?? (/\d/.test(o) ? 0 : -1);
    for (const q of lesson.quiz.filter((q) => q.kind === 'choice')) {
      const wrong = q.options!.filter((o) => o !== q.answer);
      if (/\d/.test(q.answer)) for (const o of wrong) expect(decimals(o), `${q.id}: "${o}"`).toBe(decimals(q.answer));
      expect(q.answer.length, q.id).toBeLessThanOrEqual(1.5 * Math.max(...wrong.map((o) => o.length)));
    }
  });

  it('marks one core discussion question per chapter, and times each shorter part', () => {
    for (const d of lesson.discussion) expect(d.questions.filter((q) => q.core), d.chapter).toHaveLength(1);
    for (const part of lesson.sequence.filter((s) => s.shorter)) expect(shorterMinutes(part)).toBeLessThan(part.minutes);
    const shortest = lesson.sequence.reduce((t, s) => t + (shorterMinutes(s) ?? s.minutes), 0);
    expect(shortest).toBeGreaterThanOrEqual(45);
  });

  it('points at story steps only through {step:…} references that resolve, never by a quoted id', () => {
    expect(unknownStepRefs(lessonJson, catalogue.stepIds)).toEqual([]);
    expect(unknownStepRefs(framingJson, catalogue.stepIds)).toEqual([]);
    const text = JSON.stringify([lessonJson, framingJson]);
    for (const id of catalogue.stepIds) expect(text, id).not.toContain(`“${id}”`);
  });

  const withPart = (patch: object) => ({ ...clone(lessonJson), sequence: [{ ...lessonJson.sequence[0], ...patch }, ...lessonJson.sequence.slice(1)] });
  /** The lesson with chapter `c`'s core questions set to the given indexes. */
  const withCore = (c: number, core: number[]) => {
    const l = clone(lessonJson);
    l.discussion[c].questions = l.discussion[c].questions.map((q, i) => ({ ...q, core: core.includes(i) }));
    return l;
  };
  const withQuiz = (patch: object) => ({ ...clone(lessonJson), quiz: [{ ...lessonJson.quiz[0], ...patch }, ...lessonJson.quiz.slice(1)] });
  it.each([
    ['a scene that is not in the registry', withPart({ scenes: ['no-such-scene'] }), /unknown scene "no-such-scene"/],
    ['a step that is not in the story', withPart({ steps: ['no-such-step'] }), /unknown step "no-such-step"/],
    ['a chapter that does not exist', withPart({ chapter: 'chapter-9' }), /unknown chapter "chapter-9"/],
    ['a sequence longer than an hour', withPart({ minutes: 40 }), /lasts \d+ minutes, not 45–60/],
    ['a choice answer that is not an option', withQuiz({ answer: 'Kharkiv and Sumy' }), /is not one of the options/],
    ['a choice question with two options', withQuiz({ options: ['Donetsk and Luhansk', 'No'] }), /at least three options/],
    ['an answer with no support', withQuiz({ support: { steps: [] } }), /needs a supporting step, source or exercise/],
    ['an answer citing an unknown source', withQuiz({ support: { sources: ['nope'] } }), /unknown source id "nope"/],
    ['two goals', { ...clone(lessonJson), goals: lessonJson.goals.slice(0, 2) }, /too small|>=3/i],
    ['five quiz questions', { ...clone(lessonJson), quiz: lessonJson.quiz.slice(0, 5) }, /too small|>=6/i],
    ['a chapter with two discussion questions', { ...clone(lessonJson), discussion: [{ ...lessonJson.discussion[0], questions: lessonJson.discussion[0].questions.slice(0, 2) }, ...lessonJson.discussion.slice(1)] }, /three discussion questions per chapter/],
    ['a chapter without discussion', { ...clone(lessonJson), discussion: lessonJson.discussion.slice(1) }, /no discussion questions for chapter "donbas-since-2014"/],
    ['a duplicate quiz id', { ...clone(lessonJson), quiz: [...lessonJson.quiz.slice(0, 7), lessonJson.quiz[0]] }, /duplicate quiz id/],
    ['a chapter with no core question', withCore(0, []), /chapter "donbas-since-2014" needs exactly one core question, not 0/],
    ['a chapter with two core questions', withCore(0, [0, 1]), /needs exactly one core question, not 2/],
    ['a shorter version without its length', withPart({ shorter: 'Skip the warm-up.' }), /must end with its length/],
    ['a shorter version as long as the part', withPart({ shorter: 'Just as long (5 minutes).' }), /must end with its length/],
    ['a reference to an unknown step', withPart({ activity: 'Read {step:no-such-step} aloud with the class.' }), /unknown step "no-such-step" in \{step:no-such-step\}/],
  ])('refuses %s', (_, bad, message) => {
    expect(problems(lessonFile, bad)).toMatch(message);
  });

  it('names the file and the problem when parsing fails', () => {
    expect(() => parseClassroom(lessonFile, withPart({ scenes: ['nope'] }), 'lesson.json')).toThrow(/src\/classroom\/lesson\.json is invalid:\n {2}sequence\.0\.scenes\.0: unknown scene "nope"/);
  });
});

describe('segments()', () => {
  const hl = (text: string, category: (typeof HIGHLIGHT_CATEGORIES)[number] = 'place') => ({ text, category });
  it.each([
    ['no highlights', 'Kyiv said no.', [], [{ text: 'Kyiv said no.' }]],
    ['one in the middle', 'Kyiv said no.', [hl('said', 'verb')], [{ text: 'Kyiv ' }, { text: 'said', category: 'verb' }, { text: ' no.' }]],
    ['at both ends, given out of order', 'Kiev said Moskva', [hl('Moskva'), hl('Kiev')], [{ text: 'Kiev', category: 'place' }, { text: ' said ' }, { text: 'Moskva', category: 'place' }]],
    ['adjacent', 'Russia insists', [hl('Russia', 'voice'), hl(' insists', 'verb')], [{ text: 'Russia', category: 'voice' }, { text: ' insists', category: 'verb' }]],
    ['the first occurrence only', 'cede and cede', [hl('cede', 'verb')], [{ text: 'cede', category: 'verb' }, { text: ' and cede' }]],
  ])('%s', (_, text, highlights, expected) => {
    expect(segments(text, highlights)).toEqual(expected);
    expect(segments(text, highlights).map((s) => s.text).join('')).toBe(text);
  });

  it('throws on a missing or overlapping highlight', () => {
    expect(() => segments('Kyiv said no.', [hl('Kiev')])).toThrow(/does not occur/);
    expect(() => segments('Lugansk People’s Republic', [hl('Lugansk'), hl('Lugansk People’s', 'label')])).toThrow(/overlaps/);
  });
});

describe('wordCount()', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['two words', 2],
    ['Republics—regions that', 3],
    ['late 9/2022, though', 3],
    [' … ', 0],
  ])('%j has %i words', (text, n) => expect(wordCount(text)).toBe(n));
});

describe('framing.json', () => {
  const framing = framingFile.parse(framingJson);

  it('has four voices with credited, short excerpts and 4–6 questions', () => {
    expect(framing.voices.map((v) => v.seed.slice(0, 3))).toEqual(['000', '001', '002', '004']);
    for (const v of framing.voices) {
      const words = v.excerpt.reduce((n, p) => n + wordCount(p), 0);
      expect(words, v.id).toBeLessThanOrEqual(MAX_EXCERPT_WORDS);
      expect(v.credit.length).toBeGreaterThan(10);
      expect(v.leavesOut.length).toBeGreaterThan(0);
    }
    expect(framing.questions.length).toBeGreaterThanOrEqual(4);
    expect(framing.questions.length).toBeLessThanOrEqual(6);
  });

  it('marks only spans that occur in their own excerpt, and uses every category', () => {
    for (const v of framing.voices)
      for (const h of v.highlights) expect(v.excerpt.some((p) => p.includes(h.text)), `${v.id}: "${h.text}"`).toBe(true);
    const used = new Set(framing.voices.flatMap((v) => v.highlights.map((h) => h.category)));
    expect([...used].sort()).toEqual([...HIGHLIGHT_CATEGORIES].sort());
  });

  // The card's date is the date of the text quoted, so the first source must be that text, not the report
  // it rewrites or relays (seed 002 is a rewrite of RT's report, republished a day later elsewhere).
  it('credits each excerpt to the text it is quoted from: first source dated as the card', () => {
    for (const v of framing.voices) expect(sources.find((s) => s.id === v.sources[0])!.date, v.id).toBe(v.date);
    const rewrite = framing.voices.find((v) => v.seed.startsWith('002'))!;
    expect(rewrite.credit).toMatch(/rewrite of .*RT/);
    expect(rewrite.sources).toEqual(['morningrecord-rt-rewrite-2026', 'rt-ft-donbas-2026']);
  });

  it('tags the claim that the regions “voted to join Russia” as a label, not as a verb', () => {
    const tagged = framing.voices.flatMap((v) => v.highlights).filter((h) => h.text.includes('voted to join Russia'));
    expect(tagged.map((h) => h.category)).toEqual(['label']);
  });

  it('marks both spellings of the contested place names somewhere', () => {
    const marked = framing.voices.flatMap((v) => v.highlights.filter((h) => h.category === 'place').map((h) => h.text)).join(' ');
    for (const name of ['Kyiv', 'Kiev', 'Luhansk', 'Lugansk']) expect(marked).toContain(name);
  });

  // The seed texts live outside the repository (/work/shared/seeds): checked when present, skipped otherwise.
  const seedDirs = [new URL('../../../shared/seeds/', import.meta.url).pathname, '/work/shared/seeds/'];
  const seedDir = seedDirs.find((d) => existsSync(d));
  it.runIf(seedDir)('quotes every excerpt verbatim from its seed text', () => {
    for (const v of framing.voices) {
      const seed = readFileSync(`${seedDir}${v.seed}`, 'utf8');
      for (const part of v.excerpt) expect(seed.includes(part), `${v.id}: "${part.slice(0, 40)}…" not in ${v.seed}`).toBe(true);
    }
  });
  it.skipIf(seedDir)('quotes every excerpt verbatim from its seed text (skipped: the seed texts in ../shared/seeds are not on this machine)', () => {});

  const voice = framingJson.voices[0];
  it.each([
    ['a highlight not in the excerpt', { ...voice, highlights: [...voice.highlights, { text: 'Donbass', category: 'place' }] }, /"Donbass" does not occur in the excerpt/],
    ['overlapping highlights', { ...voice, highlights: [...voice.highlights, { text: 'Financial Times', category: 'voice' }] }, /overlaps another/],
    ['an unknown category', { ...voice, highlights: [{ ...voice.highlights[0], category: 'tone' }, ...voice.highlights.slice(1)] }, /invalid option|expected one of/i],
    ['an excerpt over the word limit', { ...voice, excerpt: [voice.excerpt[0], voice.excerpt[0]] }, /excerpt is \d+ words/],
    ['an unknown source', { ...voice, sources: ['nope'] }, /unknown source id "nope"/],
    ['no seed file name', { ...voice, seed: 'isw.txt' }, /seed file name/],
  ])('refuses a voice with %s', (_, bad, message) => {
    expect(problems(framingFile, { ...framingJson, voices: [bad, ...framingJson.voices.slice(1)] })).toMatch(message);
  });

  it('refuses three voices, three questions and a shared cue letter', () => {
    expect(problems(framingFile, { ...framingJson, voices: framingJson.voices.slice(0, 3) })).toMatch(/4/);
    expect(problems(framingFile, { ...framingJson, questions: framingJson.questions.slice(0, 3) })).toMatch(/too small|>=4/i);
    const categories = { ...framingJson.categories, verb: { ...framingJson.categories.verb, cue: 'P' } };
    expect(problems(framingFile, { ...framingJson, categories })).toMatch(/duplicate cue "P"/);
  });
});

describe('step references', () => {
  const outline = [
    { id: 'one', steps: [{ id: 'a' }, { id: 'b' }] },
    { id: 'two', steps: [{ id: 'c' }] },
  ];
  it.each([
    ['plain text', 'No reference.', ['No reference.']],
    ['one in the middle', 'Read {step:b} aloud.', ['Read ', { step: 'b' }, ' aloud.']],
    ['at both ends', '{step:a} then {step:c}', [{ step: 'a' }, ' then ', { step: 'c' }]],
    ['a quoted id is just text', 'the step “b”', ['the step “b”']],
    ['empty', '', []],
  ])('splits %s', (_, text, parts) => {
    expect(splitStepRefs(text)).toEqual(parts);
  });

  it('names a step by chapter and position, as a reader counts them', () => {
    expect(stepPlace(outline, 'b')).toEqual({ label: 'Chapter 1, step 2', anchor: 'b' });
    expect(stepPlace(outline, 'c')).toEqual({ label: 'Chapter 2, step 1', anchor: 'c' });
    expect(() => stepPlace(outline, 'z')).toThrow(/unknown step "z"/);
  });

  it('finds unknown references anywhere in a file', () => {
    expect(unknownStepRefs({ a: ['{step:a}', { b: 'x {step:zz} y' }], n: 3 }, ['a'])).toEqual(['zz']);
    expect(unknownStepRefs('{step:a}', ['a'])).toEqual([]);
  });
});
