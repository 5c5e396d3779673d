// The text alternative of each state of `control-timeline`. Only the server reads these (the registry, story,
// embed and image pages); keeping them out of control-timeline.config.ts keeps them out of the browser's bundle.
export const CONTROL_ALTS: Record<string, string> = {
  '2014-04-12':
    'Schematic map: circles around the towns held by separatists between April and early July 2014 (Sloviansk, Kramatorsk, Druzhkivka, Kostiantynivka, Horlivka, Donetsk and Luhansk). No front line is drawn for 2014; the circles only mark the towns.',
  '2014-07-07':
    'Schematic map after Ukrainian forces retook Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka on 5–7 July 2014: circles remain around Horlivka, Donetsk and Luhansk.',
  '2015-02-15':
    'Map of Donetsk and Luhansk oblasts showing, hatched, DeepState’s drawing of the area held by Russia and its proxies from February 2015 to February 2022: the cities of Donetsk and Luhansk and the land between them and the Russian border, with Debaltseve inside it.',
  '2022-02-24':
    'The same map on 24 February 2022: the area held by Russia and its proxies is unchanged when the full-scale invasion begins.',
  '2022-07-01':
    'Map on 1 July 2022: Russia holds nearly all of Luhansk Oblast, including Sievierodonetsk, and the coast of Donetsk Oblast with Mariupol; Lysychansk lies just across the Siverskyi Donets from Sievierodonetsk.',
  '2023-06-01':
    'Map on 1 June 2023: the Russian-held area now includes Bakhmut, north-east of Kostiantynivka.',
  '2024-03-01':
    'Map on 1 March 2024: the Russian-held area now includes Avdiivka, just north of the city of Donetsk.',
  '2025-12-01':
    'Map on 1 December 2025: DeepState’s drawing of the Russian-held area reaches Pokrovsk in the west of Donetsk Oblast, whose capture the Kremlin claimed and Ukraine denied, and takes in Toretsk and Chasiv Yar east of Kostiantynivka.',
  '2026-01-27':
    'Map on 27 January 2026: Russia holds about four fifths of Donetsk Oblast and almost all of Luhansk; the north-west of Donetsk Oblast, with Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka (its edges contested), is not held by Russia.',
  '2026-08-22':
    'Map on 22 August 2026, after this story’s end date, for comparison: the newest DeepState map in the project’s data.',
};
