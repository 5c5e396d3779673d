// The text alternative of each state of `fortress-belt`. Only the server reads these (the registry, story,
// embed and image pages); keeping them out of fortress-belt.config.ts keeps them out of the browser's bundle.
export const BELT_ALTS: Record<string, string> = {
  cities:
    'Map of the north of Donetsk Oblast: from north to south, Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka lie in a chain about 38 km long, joined by the H20 road (drawn schematically) and the valleys of the Kazennyi Torets and Kryvyi Torets rivers; the Siverskyi Donets runs north of Sloviansk.',
  population:
    'The same map with each city’s official population estimate for 1 January 2022: Kramatorsk 147,145, Sloviansk 105,141, Kostiantynivka 67,350 and Druzhkivka 53,977.',
  defences:
    'The same map with a broad shaded band along the chain of cities standing for the defensive lines Ukraine has built around them since 2014. The band is schematic: no open data shows where the positions are.',
  front:
    'The same map with the area Russia held on 27 January 2026 (DeepStateMap) to the east and south, and a line from each city to the nearest edge of that area: Kostiantynivka is closest, then Druzhkivka, Kramatorsk and Sloviansk.',
  attacks:
    'The same map with schematic arrows for the directions of Russian attack named in late January 2026: westward from Siversk toward Sloviansk, from the south-east toward Kostiantynivka, and north from Pokrovsk toward Dobropillia, which Russia’s General Staff claimed.',
};
