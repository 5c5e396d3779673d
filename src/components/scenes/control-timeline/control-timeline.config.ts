/**
 * The dated control states the story shows, and the towns each one is about. Dates name objects in
 * public/data/control.topo.json; town ids name places in public/data/places.json.
 */
export interface ControlStateSpec {
  /** Short name for the date control and embed step lists. */
  label: string;
  /** What the date stamp says about the drawing's source and precision. */
  stampNote?: string;
  /** Towns labelled and highlighted at this date; label side relative to the town's dot. */
  towns: [id: string, side: 'left' | 'right' | 'above'][];
}

export const CONTROL_STATES: Record<string, ControlStateSpec> = {
  '2014-04-12': {
    label: 'Apr – early Jul 2014',
    stampNote: 'Towns per BBC, TASS and Reuters reports, Apr–Jul 2014',
    towns: [['sloviansk', 'right'], ['kramatorsk', 'left'], ['druzhkivka', 'right'], ['kostiantynivka', 'left'], ['horlivka', 'right'], ['donetsk', 'left'], ['luhansk', 'right']],
  },
  '2014-07-07': {
    label: 'After 5–7 Jul 2014',
    stampNote: 'Towns per BBC and Wikipedia accounts of 5–7 Jul 2014',
    towns: [['sloviansk', 'right'], ['kramatorsk', 'left'], ['horlivka', 'right'], ['donetsk', 'left'], ['luhansk', 'right']],
  },
  '2015-02-15': {
    label: 'Feb 2015 – Feb 2022',
    stampNote: 'Approximate: DeepState’s pre-2022 line, drawn in April 2022',
    towns: [['donetsk', 'right'], ['luhansk', 'right'], ['debaltseve', 'left'], ['mariupol', 'right'], ['kramatorsk', 'left']],
  },
  '2022-02-24': {
    label: '24 Feb 2022',
    stampNote: 'Approximate: DeepState’s pre-2022 line, drawn in April 2022',
    towns: [['donetsk', 'right'], ['luhansk', 'right'], ['mariupol', 'right'], ['kramatorsk', 'left']],
  },
  '2022-07-01': {
    label: '1 Jul 2022',
    towns: [['sievierodonetsk', 'above'], ['lysychansk', 'right'], ['mariupol', 'right'], ['kramatorsk', 'left']],
  },
  '2023-06-01': {
    label: '1 Jun 2023',
    towns: [['bakhmut', 'right'], ['kramatorsk', 'left'], ['kostiantynivka', 'left']],
  },
  '2024-03-01': {
    label: '1 Mar 2024',
    towns: [['avdiivka', 'right'], ['donetsk', 'left'], ['pokrovsk', 'left']],
  },
  '2025-12-01': {
    label: '1 Dec 2025',
    towns: [['pokrovsk', 'left'], ['toretsk', 'right'], ['chasiv-yar', 'right'], ['kostiantynivka', 'left'], ['kramatorsk', 'left']],
  },
  '2026-01-27': {
    label: '27 Jan 2026',
    towns: [['sloviansk', 'right'], ['kramatorsk', 'left'], ['kostiantynivka', 'right'], ['pokrovsk', 'left']],
  },
  '2026-08-22': {
    label: '22 Aug 2026 (since then)',
    towns: [['sloviansk', 'right'], ['kramatorsk', 'left'], ['kostiantynivka', 'right'], ['pokrovsk', 'left']],
  },
};
