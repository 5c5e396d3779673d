/**
 * The dated control states the story shows, and the towns each one is about. Dates name objects in
 * public/data/control.topo.json; town ids name places in public/data/places.json.
 */
export interface ControlStateSpec {
  /** Short name for the date control and embed step lists. */
  label: string;
  /** The text alternative of the map at this date. */
  alt: string;
  /** What the date stamp says about the drawing's source and precision. */
  stampNote?: string;
  /** Towns labelled and highlighted at this date; label side relative to the town's dot. */
  towns: [id: string, side: 'left' | 'right' | 'above'][];
}

export const CONTROL_STATES: Record<string, ControlStateSpec> = {
  '2014-04-12': {
    label: 'Apr – early Jul 2014',
    stampNote: 'Towns per BBC, TASS and Reuters reports, Apr–Jul 2014',
    alt: 'Schematic map: circles around the towns held by separatists between April and early July 2014 (Sloviansk, Kramatorsk, Druzhkivka, Kostiantynivka, Horlivka, Donetsk and Luhansk). No front line is drawn for 2014; the circles only mark the towns.',
    towns: [['sloviansk', 'right'], ['kramatorsk', 'left'], ['druzhkivka', 'right'], ['kostiantynivka', 'left'], ['horlivka', 'right'], ['donetsk', 'left'], ['luhansk', 'right']],
  },
  '2014-07-07': {
    label: 'After 5–7 Jul 2014',
    stampNote: 'Towns per BBC and Wikipedia accounts of 5–7 Jul 2014',
    alt: 'Schematic map after Ukrainian forces retook Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka on 5–7 July 2014: circles remain around Horlivka, Donetsk and Luhansk.',
    towns: [['sloviansk', 'right'], ['kramatorsk', 'left'], ['horlivka', 'right'], ['donetsk', 'left'], ['luhansk', 'right']],
  },
  '2015-02-15': {
    label: 'Feb 2015 – Feb 2022',
    stampNote: 'Approximate: DeepState’s pre-2022 line, drawn in April 2022',
    alt: 'Map of Donetsk and Luhansk oblasts showing, hatched, DeepState’s drawing of the area held by Russia and its proxies from February 2015 to February 2022: the cities of Donetsk and Luhansk and the land between them and the Russian border, with Debaltseve inside it.',
    towns: [['donetsk', 'right'], ['luhansk', 'right'], ['debaltseve', 'left'], ['mariupol', 'right'], ['kramatorsk', 'left']],
  },
  '2022-02-24': {
    label: '24 Feb 2022',
    stampNote: 'Approximate: DeepState’s pre-2022 line, drawn in April 2022',
    alt: 'The same map on 24 February 2022: the area held by Russia and its proxies is unchanged when the full-scale invasion begins.',
    towns: [['donetsk', 'right'], ['luhansk', 'right'], ['mariupol', 'right'], ['kramatorsk', 'left']],
  },
  '2022-07-01': {
    label: '1 Jul 2022',
    alt: 'Map on 1 July 2022: Russia holds nearly all of Luhansk Oblast, including Sievierodonetsk, and the coast of Donetsk Oblast with Mariupol; Lysychansk lies just across the Siverskyi Donets from Sievierodonetsk.',
    towns: [['sievierodonetsk', 'above'], ['lysychansk', 'right'], ['mariupol', 'right'], ['kramatorsk', 'left']],
  },
  '2023-06-01': {
    label: '1 Jun 2023',
    alt: 'Map on 1 June 2023: the Russian-held area now includes Bakhmut, north-east of Kostiantynivka.',
    towns: [['bakhmut', 'right'], ['kramatorsk', 'left'], ['kostiantynivka', 'left']],
  },
  '2024-03-01': {
    label: '1 Mar 2024',
    alt: 'Map on 1 March 2024: the Russian-held area now includes Avdiivka, just north of the city of Donetsk.',
    towns: [['avdiivka', 'right'], ['donetsk', 'left'], ['pokrovsk', 'left']],
  },
  '2025-12-01': {
    label: '1 Dec 2025',
    alt: 'Map on 1 December 2025: DeepState’s drawing of the Russian-held area reaches Pokrovsk in the west of Donetsk Oblast, whose capture the Kremlin claimed and Ukraine denied, and takes in Toretsk and Chasiv Yar east of Kostiantynivka.',
    towns: [['pokrovsk', 'left'], ['toretsk', 'right'], ['chasiv-yar', 'right'], ['kostiantynivka', 'left'], ['kramatorsk', 'left']],
  },
  '2026-01-27': {
    label: '27 Jan 2026',
    alt: 'Map on 27 January 2026: Russia holds about four fifths of Donetsk Oblast and almost all of Luhansk; the north-west of Donetsk Oblast, with Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka (its edges contested), is not held by Russia.',
    towns: [['sloviansk', 'right'], ['kramatorsk', 'left'], ['kostiantynivka', 'right'], ['pokrovsk', 'left']],
  },
  '2026-08-22': {
    label: '22 Aug 2026 (since then)',
    alt: 'Map on 22 August 2026, after this story’s end date, for comparison: the newest DeepState map in the project’s data.',
    towns: [['sloviansk', 'right'], ['kramatorsk', 'left'], ['kostiantynivka', 'right'], ['pokrovsk', 'left']],
  },
};
