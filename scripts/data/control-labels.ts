// Properties carried by every control state: date, label, source (file + origin), publisher, schematic.
import { basename } from 'node:path';
import { DEEPSTATE } from './provenance.ts';
import { ORDLO_FILE, type ControlInput } from './control-inputs.ts';
import { SCHEMATIC_RADIUS_KM, type HeldTown } from './schematic-2014.ts';

export interface StateProps {
  date: string; label: string; source: string; publisher: string; schematic: boolean;
  story: boolean; sinceThen: boolean; validFrom?: string; validTo?: string | null; note?: string; basis?: HeldTown[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2023-06-01" → "1 Jun 2023". */
export const formatDate = (iso: string): string => `${+iso.slice(8, 10)} ${MONTHS[+iso.slice(5, 7) - 1]} ${iso.slice(0, 4)}`;

const STORY_LABELS: Record<string, string> = {
  '2014-04-12': 'April – early July 2014: separatist-held towns (schematic)',
  '2014-07-07': 'After 5–7 July 2014: Sloviansk, Kramatorsk, Druzhkivka, Kostiantynivka retaken (schematic)',
  '2022-07-01': '1 Jul 2022: Luhansk Oblast nearly all taken',
  '2023-06-01': '1 Jun 2023: after Bakhmut',
  '2024-03-01': '1 Mar 2024: after Avdiivka',
  '2025-12-01': '1 Dec 2025: Pokrovsk',
  '2026-01-27': '27 Jan 2026: late January 2026',
};

const SCHEMATIC_SOURCE = `schematic: ${SCHEMATIC_RADIUS_KM} km circles around GeoNames town positions (settlements_donbas_geonames.geojson) held per FACTS.md §1`;

export function storyStateInfo(date: string, extra: { basis: HeldTown[] }): StateProps {
  const spring = date < '2014-07-05';
  return {
    date, label: STORY_LABELS[date], source: SCHEMATIC_SOURCE, publisher: 'Land for Guarantees (schematic)',
    schematic: true, story: true, sinceThen: false,
    validFrom: date, validTo: spring ? '2014-07-05' : null,
    note: 'Schematic: marks towns, not a front line. No mapped line exists in the project data for 2014.',
    basis: extra.basis,
  };
}

const ORDLO_SOURCE = `${basename(ORDLO_FILE)} (DeepState's ORDLO polygon as drawn on 3 Apr 2022; github DanielRose2310/deepstatemaps-history)`;

/** The pre-2022 polygon used three ways: the 2015–2022 state, the 24 Feb 2022 state and the since-2014 hatch. */
export function ordloInfo(role: '2015-02-15' | '2022-02-24' | 'since2014'): StateProps {
  const base = { source: ORDLO_SOURCE, publisher: DEEPSTATE, schematic: false, sinceThen: false };
  if (role === '2022-02-24')
    return { ...base, date: role, story: true, label: '24 Feb 2022: the line when the full-scale invasion began',
      note: "DeepState's depiction of the pre-invasion line (its pre-2022 polygon), not an OSCE or official line. Crimea lies outside this map." };
  return { ...base, date: '2015-02-15', story: role !== 'since2014', validFrom: '2015-02-15', validTo: '2022-02-23',
    label: role === 'since2014' ? 'Held by Russia and its proxies since 2014–15' : "Feb 2015 – Feb 2022: held by Russia and its proxies (DeepState's depiction)",
    note: "DeepState's depiction of the Minsk-era line of contact (drawn 2022), not an OSCE or official line. Debaltseve, inside it, fell on 18 Feb 2015." };
}

export function mappedInfo(inp: ControlInput, story: boolean, sinceThen: boolean): StateProps {
  const origin = inp.series === 'cyterat' ? 'github cyterat/deepstate-map-data' : 'derived from github DanielRose2310/deepstatemaps-history';
  return {
    date: inp.date,
    label: STORY_LABELS[inp.date] ?? (sinceThen ? `${formatDate(inp.date)} (since then)` : formatDate(inp.date)),
    source: `${basename(inp.file)} (${origin})`, publisher: DEEPSTATE, schematic: false, story, sinceThen,
    note: 'Russian-occupied area; DeepState\'s grey "unknown status" zone is not included.',
  };
}
