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
import { readdirSync } from 'node:fs';

// The story's step and chapter ids, read from the chapter files.
const storyDir = new URL('../../src/stories/', import.meta.url);
const chapterFiles = readdirSync(storyDir).filter((f) => /^\d+-.*\.json$/.test(f)).sort();
const stepIds = chapterFiles.flatMap((f) => (JSON.parse(readFileSync(new URL(f, storyDir), 'utf8')) as { steps: { id: string }[] }).steps.map((s) => s.id));
const chapterIds = chapterFiles.map((f) => f.replace(/^\d+-|\.json$/g, ''));

/** What a reader sees: the text of <body>, without scripts and styles. */
const visibleText = ($: ReturnType<typeof load>) => {
  const body = $('body').clone();
  body.find('script, style, template').remove();
  return body.text().replace(/\s+/g, ' ');
};

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

  // Teachers read "Chapter 2, step 9", never the story's internal ids ("calc-claimed-gap"). Ids that are
  // plain words ("pace") or English compounds ("fortress-belt cities") are only caught when quoted.
  it('shows no internal step or chapter id in its visible text, and names steps as "Chapter N, step M"', () => {
    const text = visibleText($);
    const quoted = (id: string) => new RegExp(`[“"‘']${id}[”"’']`);
    for (const id of chapterIds) expect(text, id).not.toMatch(quoted(id));
    for (const id of stepIds) {
      const pattern = id.includes('-') ? new RegExp(`(?<![\\w-])${id}(?![\\w-])`) : quoted(id);
      expect(text, id).not.toMatch(pattern);
    }
    // Nowhere in the page, the copies that only print included.
    expect($('body').text()).not.toContain('{step:');
    const stepLinks = $('a[href^="/#"]').filter((_, a) => stepIds.includes($(a).attr('href')!.slice(2)));
    expect(stepLinks.length).toBeGreaterThan(20);
    stepLinks.each((_, a) => expect($(a).text()).toMatch(/^Chapter \d, step \d{1,2}$/));
    expect($('#discussion .teacher-notes a.step-ref').length, 'references inside the teacher notes are links').toBeGreaterThan(5);
  });

  it('names each step as the printable edition labels it, so a reference can be followed on paper', () => {
    const printed = read('print/index.html');
    const labelOf = new Map<string, string>();
    printed('article.step').each((_, el) => void labelOf.set(printed(el).attr('id')!, printed(el).find('.step-place').text()));
    expect(labelOf.size).toBe(stepIds.length);
    const refs = $('a[href^="/#"]').filter((_, a) => stepIds.includes($(a).attr('href')!.slice(2)));
    expect(refs.length).toBeGreaterThan(20);
    refs.each((_, a) => expect($(a).text(), $(a).attr('href')).toBe(labelOf.get($(a).attr('href')!.slice(2))));
  });

  it('offers a skip link to the lesson', () => {
    expect($('a.skip-link').text()).toBe('Skip to the lesson');
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('main#main').length).toBe(1);
  });

  // The run sheet adds up: its heading gives the sum of the parts, each part starts where the last ended,
  // and the 45-minute version is the sum of the shorter parts.
  it('times the sequence so that the parts add up to the stated totals', () => {
    const minutes = $('#sequence .part .minutes').map((_, m) => Number(/^(\d+) min$/.exec($(m).text())![1])).get();
    const total = minutes.reduce((a, b) => a + b, 0);
    expect($('#sequence-title').text()).toBe(`Suggested sequence: ${total} minutes`);
    const clocks = $('#sequence .part .clock').map((_, c) => $(c).text()).get().map((c) => c.split('–').map(Number));
    let at = 0;
    clocks.forEach(([from, to], i) => {
      expect([from, to]).toEqual([at, at + minutes[i]]);
      at = to;
    });
    const shortest = lesson.sequence.reduce((t, s, i) => t + Number(/\((\d+) minutes\)\.?$/.exec(s.shorter ?? '')?.[1] ?? minutes[i]), 0);
    expect($('#sequence .note').text()).toContain(`For a ${shortest}-minute lesson`);
    expect(shortest).toBeGreaterThanOrEqual(45);
    expect(total).toBeLessThanOrEqual(60);
  });

  it('marks one core discussion question per chapter and schedules it in that chapter’s part of the sequence', () => {
    $('#discussion .chapter-questions').each((_, c) => {
      const tags = $(c).find('.question-tag').map((_, t) => $(t).text()).get();
      expect(tags.filter((t) => t === 'Core'), $(c).find('h3').text()).toHaveLength(1);
      expect(tags.filter((t) => t === 'If time allows')).toHaveLength(tags.length - 1);
    });
    const discuss = $('#sequence a[href^="#discuss-"]').map((_, a) => $(a).attr('href')!).get();
    expect(discuss).toHaveLength(lesson.discussion.length);
    for (const href of discuss) expect($(href).hasClass('core'), href).toBe(true);
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
    const entries = [...glossary.terms, ...glossary.places];
    expect(ids.length).toBe(entries.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(entries.map((t) => t.id).sort());
    const all = $('[id]').map((_, e) => $(e).attr('id')!).get();
    expect(new Set(all).size, 'no id is used twice on the page').toBe(all.length);
  });

  it('lists each other spelling as a short entry where it sorts, pointing to its definition', () => {
    for (const s of glossary.see) {
      const entry = $('.entry.see').filter((_, e) => $(e).find('dt').text() === s.form);
      expect(entry.length, s.form).toBe(1);
      expect(entry.find('dd a').attr('href'), s.form).toBe(`#${s.id}`);
    }
    const order = $('dl > .entry > dt').map((_, dt) => $(dt).contents().first().text().trim().replace(/^[“"‘']+/, '').toLowerCase()).get();
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b, 'en')));
    // A student who meets ISW's or a Russian text's spelling finds it on the page.
    const text = visibleText($);
    for (const form of ['Slovyansk', 'Kostyantynivka', 'Dobropillya', 'Kiev', 'Lugansk', 'Moskva']) expect(text).toContain(form);
  });

  it('offers a skip link to the glossary', () => {
    expect($('a.skip-link').text()).toBe('Skip to the glossary');
  });

  it('shows each definition with its other spellings, its date and footnotes that resolve', () => {
    for (const t of [...glossary.terms, ...glossary.places]) {
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
  it('keeps its skip link to the story', () => {
    expect(read('index.html')('a.skip-link').text()).toBe('Skip to the story');
  });

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
