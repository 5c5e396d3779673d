import { describe, it, expect } from 'vitest';
import { glossaryLinker } from '../../src/lib/glossary-links';

const terms = [
  { id: 'donbas', term: 'Donbas', aliases: ['the Donbas'] },
  { id: 'oblast', term: 'oblast', aliases: ['oblasts'] },
  { id: 'donetsk-oblast', term: 'Donetsk Oblast', aliases: [] },
  { id: 'article-5', term: 'Article 5', aliases: ['Article 5-like'] },
  { id: 'dmz', term: 'demilitarized zone', aliases: ['demilitarised zone'] },
];
const href = (id: string) => `/glossary/#${id}`;
const a = (id: string, text: string) => `<a class="gloss" href="/glossary/#${id}">${text}</a>`;

describe('glossaryLinker', () => {
  it.each([
    ['links a term', 'Fighting in Donbas.', `Fighting in ${a('donbas', 'Donbas')}.`],
    ['prefers the longest form', 'the rest of Donetsk Oblast', `the rest of ${a('donetsk-oblast', 'Donetsk Oblast')}`],
    ['matches any case', 'Each Oblast has', `Each ${a('oblast', 'Oblast')} has`],
    ['matches whole words only', 'Donbasian oblastness', 'Donbasian oblastness'],
    ['takes a longer alias first', 'an Article 5-like promise', `an ${a('article-5', 'Article 5-like')} promise`],
    ['spelling variants as aliases', 'a demilitarised zone', `a ${a('dmz', 'demilitarised zone')}`],
    ['leaves tags and attributes alone', '<strong title="Donbas">Donbas</strong>', `<strong title="Donbas">${a('donbas', 'Donbas')}</strong>`],
    ['never links inside a link', '<a href="#x">the Donbas</a> and Donbas', '<a href="#x">the Donbas</a> and ' + a('donbas', 'Donbas')],
    ['no terms, no change', 'Nothing here.', 'Nothing here.'],
  ])('%s', (_, html, expected) => {
    expect(glossaryLinker(terms, href)(html)).toBe(expected);
  });

  it('links only the first mention of a term across the steps it is given', () => {
    const link = glossaryLinker(terms, href);
    expect(link('Donbas and the Donbas')).toBe(`${a('donbas', 'Donbas')} and the Donbas`);
    expect(link('Donbas again; an oblast')).toBe(`Donbas again; an ${a('oblast', 'oblast')}`);
  });

  it('does nothing with an empty glossary', () => {
    expect(glossaryLinker([], href)('Donbas')).toBe('Donbas');
  });
});
