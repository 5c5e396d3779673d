// The built classroom pages (dist/classroom/, dist/glossary/): every presented scene is a registry scene,
// every story link lands on a step, the answers come after the quiz, and glossary anchors are unique.
// Links to /present/ and /print/ are built on main, so they are checked for shape, not for existence.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { scenes } from '../../src/components/scenes/registry';
import glossary from '../../src/classroom/glossary.json';
import lesson from '../../src/classroom/lesson.json';
import framing from '../../src/classroom/framing.json';

const presented = lesson.sequence.flatMap((s) => (s as { scenes?: string[] }).scenes ?? []);
const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => {
  if (!existsSync(`${dist}${path}`)) throw new Error(`dist/${path} is missing: run \`npm run build\` first (npm test does).`);
  return load(readFileSync(`${dist}${path}`, 'utf8'));
};

describe('dist/classroom/', () => {
  const $ = read('classroom/index.html');
  const story = read('index.html');
  const sceneIds = scenes.map((s) => s.id);

  it('links each scene it uses to /present/<scene-id>/, and only registry scenes', () => {
    const present = $('a[href*="/present/"]').map((_, a) => $(a).attr('href')!).get();
    expect(present.length).toBeGreaterThanOrEqual(new Set(presented).size);
    for (const href of present) {
      const id = /\/present\/([^/]+)\/(\?step=\d+)?$/.exec(href)?.[1];
      expect(sceneIds, href).toContain(id);
    }
    for (const id of presented) expect(present.some((href) => href.startsWith(`/present/${id}/`)), id).toBe(true);
  });

  it('links to the printable edition and the glossary', () => {
    expect($('a[href="/print/"]').length).toBeGreaterThan(0);
    expect($('a[href="/glossary/"]').length).toBeGreaterThan(0);
  });

  it('links every story step and chapter it names to an anchor that exists in the story', () => {
    const anchors = $('a[href^="/#"]').map((_, a) => $(a).attr('href')!.slice(2)).get();
    expect(anchors.length).toBeGreaterThan(10);
    for (const id of anchors) expect(story(`[id="${id}"]`).length, `/#${id}`).toBe(1);
  });

  it('puts every quiz question before a separate answers section, which gives every answer', () => {
    const quiz = $('#quiz .quiz > li');
    const answers = $('#answers .answer-list > li');
    expect(quiz.length).toBe(lesson.quiz.length);
    expect(answers.length).toBe(lesson.quiz.length);
    const html = $.html();
    expect(html.indexOf('id="answers"')).toBeGreaterThan(html.indexOf('id="quiz"'));
    // No answer text leaks into the quiz itself (short answers and explanations).
    const quizText = $('#quiz').text();
    for (const q of lesson.quiz) expect(quizText).not.toContain(q.explanation);
    $('#answers .answer').each((i, el) => expect($(el).text()).toContain(lesson.quiz[i].answer));
  });

  it('folds teacher notes for the discussion questions into <details>', () => {
    const notes = $('#discussion details.teacher-notes');
    expect(notes.length).toBe(lesson.discussion.reduce((n, d) => n + d.questions.length, 0));
    notes.each((_, d) => expect($(d).find('summary').text()).toMatch(/teacher/i));
  });

  it('renders each framing highlight as a <mark> with its category class and a text cue', () => {
    const marks = $('#framing .voices mark.hl');
    expect(marks.length).toBe(framing.voices.reduce((n, v) => n + v.excerpt.reduce((m, p) => m + v.highlights.filter((h) => p.includes(h.text)).length, 0), 0));
    marks.each((_, m) => {
      const category = /hl-(\w+)/.exec($(m).attr('class')!)![1] as keyof typeof framing.categories;
      expect(Object.keys(framing.categories)).toContain(category);
      expect($(m).find('.hl-cue').text()).toBe(framing.categories[category].cue);
      expect($(m).find('.visually-hidden').text()).toContain(framing.categories[category].name);
    });
    expect($('#framing .voice')).toHaveLength(4);
    expect($('#framing .key dt mark')).toHaveLength(4);
  });

  it('numbers the sources it cites and lists each one', () => {
    const cites = $('sup.cite a').map((_, a) => $(a).attr('href')!).get();
    expect(cites.length).toBeGreaterThan(4);
    for (const href of new Set(cites)) expect($(href).length, href).toBe(1);
  });
});

describe('dist/glossary/', () => {
  const $ = read('glossary/index.html');

  it('gives every term a unique <dt> anchor named by its id', () => {
    const ids = $('dl dt[id]').map((_, dt) => $(dt).attr('id')!).get();
    expect(ids.length).toBe(glossary.terms.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(glossary.terms.map((t) => t.id).sort());
    const all = $('[id]').map((_, e) => $(e).attr('id')!).get();
    expect(new Set(all).size, 'no id is used twice on the page').toBe(all.length);
  });

  it('shows each definition with its other spellings, its date and footnotes that resolve', () => {
    for (const t of glossary.terms) {
      const entry = $(`dt[id="${t.id}"]`).parent();
      expect(entry.find('dd').text()).toContain(t.definition);
      for (const s of t.spellings) expect(entry.find('dt').text()).toContain(s);
      expect(entry.find('time').attr('datetime')).toBe(t.asOf);
      const notes = entry.find('sup.cite a').map((_, a) => $(a).attr('href')!).get();
      expect([...notes].sort()).toEqual(t.sources.map((id) => `#source-${id}`).sort());
      const shown = entry.find('sup.cite a').map((_, a) => Number($(a).text())).get();
      expect(shown, 'footnotes in ascending order').toEqual([...shown].sort((a, b) => a - b));
      for (const href of notes) expect($(href).length, href).toBe(1);
    }
  });
});

describe('the story masthead', () => {
  it('links to the classroom guide and the glossary', () => {
    const $ = read('index.html');
    expect($('.masthead a[href="/classroom/"]').length).toBe(1);
    expect($('.masthead a[href="/glossary/"]').length).toBe(1);
  });
});

describe('glossary links in the story', () => {
  it('link the first mention of terms to definitions that exist on /glossary/', async () => {
    const { readFileSync } = await import('node:fs');
    const { load } = await import('cheerio');
    const story = load(readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8'));
    const glossary = load(readFileSync(new URL('../../dist/glossary/index.html', import.meta.url), 'utf8'));
    const links = story('.step a.gloss').map((_, a) => story(a).attr('href')!).get();
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) {
      expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
      expect(glossary(`[id="${href.split('#')[1]}"]`).length, href).toBe(1);
    }
    // Once per chapter at most.
    story('section.chapter').each((_, c) => {
      const hrefs = story(c).find('a.gloss').map((_, a) => story(a).attr('href')).get();
      expect(new Set(hrefs).size).toBe(hrefs.length);
    });
  });
});
