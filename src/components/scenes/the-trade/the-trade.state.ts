import { TRADE_STATES } from './the-trade.config';

/** One ledger line as prepared at build time: placeholders filled, dates written out. */
export interface TradeItem {
  id: string;
  title: string;
  value: string | null;
  detail: string;
  /** Who says so, from the line's source ids (src/stories/facts/credits.ts). */
  attribution: string;
  /** ISO date, and the same written for readers ("27 Jan 2026"). */
  asOf: string;
  asOfText: string;
  sources: string[];
  /** For a denial, the id of the line it disputes. */
  denies: string | null;
}

/** What the build step hands the ledger (see the-trade.data.ts). */
export interface TradeData {
  /** The story's date for the area figures, ISO and in words. */
  date: string;
  dateText: string;
  give: TradeItem[];
  get: TradeItem[];
  /** A small map of Donetsk Oblast: its outline, the Russian-held area clipped to it, the belt cities. */
  map: { width: number; height: number; oblast: string; occupied: string; cities: { id: string; x: number; y: number }[] };
}

export interface TradeLineDrawn extends TradeItem {
  revealed: boolean;
  highlighted: boolean;
}

/** What TheTrade.svelte draws for one step. */
export interface TradeDrawn {
  state: string;
  dateText: string;
  give: TradeLineDrawn[];
  get: TradeLineDrawn[];
  map: TradeData['map'];
}

export const DEFAULT_STATE = 'all';

export function stateFor(data: TradeData, state: string, _progress = 0): TradeDrawn {
  const key = state in TRADE_STATES ? state : DEFAULT_STATE;
  const { reveal, highlight } = TRADE_STATES[key];
  const line = (item: TradeItem): TradeLineDrawn => ({
    ...item,
    revealed: reveal.includes(item.id),
    highlighted: highlight.includes(item.id),
  });
  return { state: key, dateText: data.dateText, give: data.give.map(line), get: data.get.map(line), map: data.map };
}
