// The short credits readers see beside a sourced fact (a ledger line, a rung, a matrix cell, a timeline
// event), derived from the fact's source ids so they cannot drift from the catalogue. Build time only.
import sources from '../sources.json';

type Catalogue = readonly { id: string; publisher: string; credit?: string }[];

/** The short credit for a source id: its `credit`, else its publisher up to the first comma or " (". */
export function creditFor(id: string, catalogue: Catalogue = sources): string {
  const s = catalogue.find((c) => c.id === id);
  if (!s) throw new Error(`unknown source id "${id}" (add it to src/stories/sources.json)`);
  return s.credit ?? s.publisher.split(/,| \(/)[0].trim();
}

/** The credits for a list of source ids, in order, each credit once (two sources from AP credit "AP" once). */
export function creditsFor(ids: readonly string[], catalogue: Catalogue = sources): string[] {
  return [...new Set(ids.map((id) => creditFor(id, catalogue)))];
}

/** The same as one line for readers: "AP; Kyiv Independent". */
export function creditLine(ids: readonly string[], catalogue: Catalogue = sources): string {
  return creditsFor(ids, catalogue).join('; ');
}
