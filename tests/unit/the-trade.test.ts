import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import TheTrade from '../../src/components/scenes/the-trade/TheTrade.svelte';
import { fill, placeholders, prepare } from '../../src/components/scenes/the-trade/the-trade.data';
import { stateFor } from '../../src/components/scenes/the-trade/the-trade.state';
import { TRADE_STATES } from '../../src/components/scenes/the-trade/the-trade.config';
import { STORY_DATE } from '../../src/lib/day-text';
import { creditFor, creditLine } from '../../src/stories/facts/credits';
import sources from '../../src/stories/sources.json';
import ledger from '../../src/stories/facts/the-trade.json';
import { donetskHeldOn } from '../../src/lib/held-area';
import { readDataFile, type Place } from '../../src/lib/data-files';

const data = prepare();
const held = donetskHeldOn(STORY_DATE);
const lines = (d: ReturnType<typeof stateFor>) => [...d.give, ...d.get];
const ids = (d: ReturnType<typeof stateFor>, key: 'revealed' | 'highlighted') => lines(d).filter((l) => l[key]).map((l) => l.id);

describe('the-trade prepare (ledger + public/data)', () => {
  it('keeps the ledger’s lines in order, each with sources and a written “as of” date', () => {
    expect(data.give.map((l) => l.id)).toEqual(['held-area', 'belt-cities', 'fortifications']);
    expect(data.get.map((l) => l.id)).toEqual(['us-guarantee', 'white-house-denial', 'weapons', 'dmz']);
    for (const l of [...data.give, ...data.get]) {
      expect(l.sources.length, l.id).toBeGreaterThan(0);
      expect(l.asOfText, l.id).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
      expect(`${l.title} ${l.value} ${l.detail}`, l.id).not.toMatch(/[{}]/);
    }
  });

  it('computes the held area from occupied-area.csv, not from typed numbers', () => {
    const area = data.give.find((l) => l.id === 'held-area')!;
    // To the km², as chapter 2 gives it (5,756 km² on 27 Jan 2026).
    expect(area.value).toBe(`${Math.round(held.heldKm2).toLocaleString('en-GB')} km² · ${held.heldPct.toFixed(1)}%`);
    expect(area.value).toBe('5,756 km² · 21.7%');
    expect(area.detail).toContain('27 January 2026');
    expect(area.detail).toContain('grey');
    expect(data.date).toBe('2026-01-27');
  });

  it('sums the belt cities’ 2022 populations from places.json and lists them north to south', () => {
    const { places } = readDataFile<{ places: Place[] }>('places.json');
    const total = places.filter((p) => p.belt).reduce((s, p) => s + (p.population2022 ?? 0), 0);
    const belt = data.give.find((l) => l.id === 'belt-cities')!;
    expect(belt.value).toBe(`${total.toLocaleString('en-GB')} people in 2022`);
    expect(total).toBe(373613);
    expect(belt.detail.indexOf('Sloviansk')).toBeLessThan(belt.detail.indexOf('Kostiantynivka'));
  });

  it('marks the White House denial as disputing the reported guarantee', () => {
    expect(data.get.find((l) => l.id === 'white-house-denial')!.denies).toBe('us-guarantee');
  });

  it('projects a small map of Donetsk Oblast with the four belt cities inside its frame', () => {
    expect(data.map.oblast).toMatch(/^M[\d.]/);
    expect(data.map.occupied).toMatch(/^M[\d.-]/);
    expect(data.map.cities).toHaveLength(4);
    for (const c of data.map.cities) {
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(data.map.width);
      expect(c.y).toBeGreaterThan(0);
      expect(c.y).toBeLessThan(data.map.height);
    }
    // The belt is in the north of the oblast.
    for (const c of data.map.cities) expect(c.y).toBeLessThan(data.map.height / 2);
  });
});

describe('placeholders and fill', () => {
  const values = placeholders({ date: '2026-01-27', oblastKm2: 26500, occupiedKm2: 20744, heldKm2: 5756, heldPct: 21.72 }, [
    { name: 'A', population: 1000 },
    { name: 'B', population: 234 },
  ]);
  it.each([
    ['{heldKm2} km²', '5,756 km²'],
    ['{heldPct}', '21.7%'],
    ['on {date}', 'on 27 January 2026'],
    ['{beltPopulation} people', '1,234 people'],
    ['{beltList}', 'A 1,000 · B 234'],
    ['no placeholder', 'no placeholder'],
  ])('%s → %s', (text, out) => expect(fill(text, values, 'x')).toBe(out));
  it('fails on an unknown placeholder, naming the line', () => {
    expect(() => fill('{heldMiles}', values, 'held-area')).toThrow(/line "held-area": unknown placeholder \{heldMiles\}/);
  });
});

describe('the-trade stateFor', () => {
  it.each([
    { state: 'give', revealed: ['held-area', 'belt-cities', 'fortifications'], highlighted: ['held-area', 'belt-cities', 'fortifications'] },
    { state: 'get', revealed: ['held-area', 'belt-cities', 'fortifications', 'us-guarantee', 'white-house-denial', 'weapons', 'dmz'], highlighted: ['us-guarantee', 'weapons', 'dmz'] },
    { state: 'denial', revealed: ['held-area', 'belt-cities', 'fortifications', 'us-guarantee', 'white-house-denial', 'weapons', 'dmz'], highlighted: ['white-house-denial'] },
    { state: 'all', revealed: ['held-area', 'belt-cities', 'fortifications', 'us-guarantee', 'white-house-denial', 'weapons', 'dmz'], highlighted: [] },
    { state: 'no-such-state', revealed: ['held-area', 'belt-cities', 'fortifications', 'us-guarantee', 'white-house-denial', 'weapons', 'dmz'], highlighted: [] },
  ])('$state', ({ state, revealed, highlighted }) => {
    const drawn = stateFor(data, state, 0);
    expect(drawn.state).toBe(state in TRADE_STATES ? state : 'all');
    expect(ids(drawn, 'revealed')).toEqual(revealed);
    expect(ids(drawn, 'highlighted')).toEqual(highlighted);
  });

  it('only highlights lines it has revealed, and the story’s states only ever add lines', () => {
    const order = ['give', 'get'];
    let before: string[] = [];
    for (const s of Object.keys(TRADE_STATES)) {
      const d = stateFor(data, s, 0);
      for (const id of ids(d, 'highlighted')) expect(ids(d, 'revealed'), `${s}: ${id}`).toContain(id);
    }
    for (const s of order) {
      const now = ids(stateFor(data, s, 0), 'revealed');
      expect(now).toEqual(expect.arrayContaining(before));
      expect(now.length).toBeGreaterThan(before.length);
      before = now;
    }
  });

  it.each(Object.keys(TRADE_STATES))('%s: the reported guarantee never shows without the White House denial beside it', (state) => {
    const revealed = ids(stateFor(data, state, 0), 'revealed');
    if (revealed.includes('us-guarantee')) expect(revealed).toContain('white-house-denial');
  });

  it('ignores progress', () => {
    expect(stateFor(data, 'get', 0.9)).toEqual(stateFor(data, 'get', 0));
  });
});

describe('TheTrade.svelte (server render)', () => {
  it.each(Object.keys(TRADE_STATES))('%s renders both sides, every line (revealed or not) and the map', (state) => {
    const drawn = stateFor(data, state, 0);
    const { body } = render(TheTrade, { props: { state: drawn, progress: 0 } });
    expect(body).toContain(`data-drawn-state="${state}"`);
    expect(body).toContain('Ukraine would give');
    expect(body).toContain('Ukraine would get');
    for (const l of lines(drawn)) {
      expect(body).toContain(`data-line="${l.id}"`);
      expect(body).toContain(l.attribution.replace(/&/g, '&amp;'));
    }
    // Every line is in the markup (public/no-js.css shows them all without JavaScript); the state says which are revealed.
    expect(body.match(/data-revealed="true"/g)).toHaveLength(TRADE_STATES[state].reveal.length);
    expect(body.match(/data-revealed="false"/g)?.length ?? 0).toBe(lines(drawn).length - TRADE_STATES[state].reveal.length);
    expect(body.match(/data-highlight="true"/g)?.length ?? 0).toBe(TRADE_STATES[state].highlight.length);
    expect(body.match(/<circle /g)).toHaveLength(4);
    expect(body.match(/<path /g)!.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    { state: 'give', pending: true },
    { state: 'get', pending: false },
  ])('$state: a note under the empty “would get” side only while it is empty ($pending)', ({ state, pending }) => {
    const { body } = render(TheTrade, { props: { state: stateFor(data, state, 0), progress: 0 } });
    expect(body.includes('Revealed as the story goes on')).toBe(pending);
  });

  it('labels the mini-map’s key with who holds what and the date', () => {
    const { body } = render(TheTrade, { props: { state: stateFor(data, 'give', 0), progress: 0 } });
    expect(body).toContain('Held by Ukraine');
    expect(body).toContain('Held by Russia, 27 Jan 2026');
  });

  it('shows the computed area and the denial’s quote', () => {
    const { body } = render(TheTrade, { props: { state: stateFor(data, 'denial', 0), progress: 0 } });
    expect(body).toContain(data.give[0].value!);
    expect(body).toContain('Anna Kelly');
    expect(body).toMatch(/data-line="white-house-denial"[^>]*data-highlight="true"|data-highlight="true"[^>]*data-line="white-house-denial"/);
  });
});

describe('credit lines derived from source ids', () => {
  it.each([...ledger.give, ...ledger.get].map((l) => [l.id, l.sources] as const))('%s: its attribution is its sources’ credits, once each', (id, ids) => {
    const line = [...data.give, ...data.get].find((l) => l.id === id)!;
    expect(line.attribution).toBe(creditLine(ids));
    for (const s of ids) expect(line.attribution).toContain(creditFor(s));
  });
  it('credits a source by its `credit`, else its publisher up to the first comma or bracket, and never repeats one', () => {
    const catalogue = [
      { id: 'a', publisher: 'Reuters, via Devdiscourse', credit: 'Reuters' },
      { id: 'b', publisher: 'The Kyiv Independent, reporting the Financial Times' },
      { id: 'c', publisher: 'TASS (Russian state news agency)' },
      { id: 'd', publisher: 'Reuters' },
    ];
    expect(creditLine(['a', 'b', 'c', 'd'], catalogue)).toBe('Reuters; The Kyiv Independent; TASS');
    expect(() => creditFor('zzz', catalogue)).toThrow(/unknown source id "zzz"/);
  });
  it('the weapons line gives no troop figure as a count of weapons', () => {
    const weapons = data.get.find((l) => l.id === 'weapons')!;
    expect(weapons.value).not.toMatch(/\d/);
    expect(weapons.detail).toContain('800,000 troops');
  });
  it('every source id the ledger cites is a full catalogue entry', () => {
    for (const id of [...ledger.give, ...ledger.get].flatMap((l) => l.sources)) {
      const s = sources.find((x) => x.id === id)!;
      expect(s.publisher && s.title, id).toBeTruthy();
      expect(('url' in s && s.url) || ('note' in s && s.note), id).toBeTruthy();
      expect(('date' in s && s.date) || ('accessed' in s && s.accessed), id).toBeTruthy();
    }
  });
});
