import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { ladderFile, parseFacts, sourcedItem, tradeFile } from '../../src/stories/facts/schema';
import trade from '../../src/stories/facts/the-trade.json';
import ladder from '../../src/stories/facts/guarantee-ladder.json';
import sources from '../../src/stories/sources.json';

const known = sources.map((s) => s.id);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const tradeLines = [...trade.give, ...trade.get];

describe('every ledger line and ladder rung carries sources and an "as of" date', () => {
  it.each([...tradeLines.map((l) => ['the-trade', l] as const), ...ladder.rungs.map((r) => ['guarantee-ladder', r] as const)])(
    '%s: %o',
    (_file, item: { id: string; sources: string[]; asOf: string }) => {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const id of item.sources) expect(known, `${item.id} cites ${id}`).toContain(id);
      expect(item.asOf, item.id).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(Number.isNaN(Date.parse(item.asOf)), item.id).toBe(false);
      // Nothing is dated after the story's "now".
      expect(item.asOf <= '2026-01-31', item.id).toBe(true);
    },
  );

  it('both files pass their schemas', () => {
    expect(() => parseFacts(tradeFile, trade, 'the-trade.json')).not.toThrow();
    expect(() => parseFacts(ladderFile, ladder, 'guarantee-ladder.json')).not.toThrow();
  });

  it('every source the files cite is also cited by a chapter 3 step, so it appears in the numbered Sources list', () => {
    const chapter = JSON.parse(readFileSync(new URL('../../src/stories/03-guarantees-for-territory.json', import.meta.url), 'utf8'));
    const cited = new Set(chapter.steps.flatMap((s: { sources: string[] }) => s.sources));
    const used = new Set([...tradeLines, ...ladder.rungs].flatMap((i) => i.sources));
    expect([...used].filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('the fact schemas reject a bad file loudly (negative cases)', () => {
  const breakTrade = (edit: (f: typeof trade) => void) => {
    const f = clone(trade);
    edit(f);
    return () => parseFacts(tradeFile, f, 'the-trade.json');
  };
  const breakLadder = (edit: (f: typeof ladder) => void) => {
    const f = clone(ladder);
    edit(f);
    return () => parseFacts(ladderFile, f, 'guarantee-ladder.json');
  };

  it.each([
    { name: 'a ledger line with no sources', edit: (f: typeof trade) => (f.give[2].sources = []), message: /give\[2\] \(fortifications\)\.sources: every item needs at least one source/ },
    { name: 'a ledger line with its sources removed', edit: (f: typeof trade) => delete (f.get[0] as Partial<(typeof f.get)[0]>).sources, message: /get\[0\] \(us-guarantee\)\.sources/ },
    { name: 'a ledger line citing an unknown source', edit: (f: typeof trade) => (f.get[1].sources = ['a-rumour']), message: /unknown source id "a-rumour"/ },
    { name: 'a ledger line without a date', edit: (f: typeof trade) => delete (f.give[0] as Partial<(typeof f.give)[0]>).asOf, message: /give\[0\] \(held-area\)\.asOf/ },
    { name: 'a ledger line with a date in words', edit: (f: typeof trade) => (f.give[0].asOf = '27 Jan 2026'), message: /asOf must be a YYYY-MM-DD date/ },
    { name: 'a denial of a line that does not exist', edit: (f: typeof trade) => ((f.get[1] as { denies?: string }).denies = 'nothing'), message: /denies unknown line "nothing"/ },
    { name: 'two lines with one id', edit: (f: typeof trade) => (f.get[3].id = 'held-area'), message: /duplicate id "held-area"/ },
  ])('the-trade.json: $name', ({ edit, message }) => {
    expect(breakTrade(edit)).toThrow(/src\/stories\/facts\/the-trade.json is invalid/);
    expect(breakTrade(edit)).toThrow(message);
  });

  it.each([
    { name: 'a rung with no sources', edit: (f: typeof ladder) => (f.rungs[0].sources = []), message: /rungs\[0\] \(budapest-1994\)\.sources: every item needs at least one source/ },
    { name: 'a rung without a date', edit: (f: typeof ladder) => delete (f.rungs[3] as Partial<(typeof f.rungs)[3]>).asOf, message: /rungs\[3\] \(nato-article-5\)\.asOf/ },
    { name: 'a rung with an impossible date', edit: (f: typeof ladder) => (f.rungs[1].asOf = '2024-13-45'), message: /asOf/ },
    { name: 'two rungs marked as the proposal', edit: (f: typeof ladder) => ((f.rungs[4] as { proposal?: boolean }).proposal = true), message: /exactly one rung must be marked "proposal"/ },
    { name: 'no note on the editorial reading', edit: (f: typeof ladder) => delete (f as Partial<typeof f>).reading, message: /reading/ },
  ])('guarantee-ladder.json: $name', ({ edit, message }) => {
    expect(breakLadder(edit)).toThrow(/src\/stories\/facts\/guarantee-ladder.json is invalid/);
    expect(breakLadder(edit)).toThrow(message);
  });
});

describe('sourcedItem, the shared shape', () => {
  const item = sourcedItem(['a', 'b']).extend({ text: z.string() });
  it.each([
    { name: 'a valid item', input: { id: 'x', sources: ['a'], asOf: '2026-01-27', text: 't' }, ok: true },
    { name: 'a source outside the given list', input: { id: 'x', sources: ['c'], asOf: '2026-01-27', text: 't' }, ok: false },
    { name: 'an empty source list', input: { id: 'x', sources: [], asOf: '2026-01-27', text: 't' }, ok: false },
    { name: 'a missing asOf', input: { id: 'x', sources: ['a'], text: 't' }, ok: false },
    { name: 'an id with capitals', input: { id: 'Item One', sources: ['a'], asOf: '2026-01-27', text: 't' }, ok: false },
  ])('$name → ok: $ok', ({ input, ok }) => {
    expect(item.safeParse(input).success).toBe(ok);
  });
});
