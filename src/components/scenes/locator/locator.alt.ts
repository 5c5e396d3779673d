// The text alternative of each state of `locator`. Only the server reads these (the registry, story,
// embed and image pages); keeping them out of locator.config.ts keeps them out of the browser's bundle.
export const LOCATOR_ALTS: Record<string, string> = {
  europe:
    'Map of Europe with Ukraine highlighted; Russia lies to its east and north-east.',
  ukraine:
    'Map of Ukraine’s oblasts with Donetsk and Luhansk oblasts, together called the Donbas, highlighted on the border with Russia.',
  donbas:
    'Close-up map of Donetsk Oblast (26,517 km², 4.06 million people in 2022) and Luhansk Oblast (26,684 km², 2.10 million), with the cities of Donetsk, Luhansk, Kramatorsk and Mariupol.',
  annexed:
    'Map of southern and eastern Ukraine with Crimea and the Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts outlined as territory Russia claims to have annexed.',
  belt:
    'Map of northern Donetsk Oblast marking, from north to south, Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka along the Kazennyi Torets and Kryvyi Torets rivers, with the Siverskyi Donets to the north and the way to the city of Donetsk to the south.',
  'belt-population':
    'The same map of the four belt cities, each labelled with its population in early 2022: Sloviansk 105,141, Kramatorsk 147,145, Druzhkivka 53,977 and Kostiantynivka 67,350.',
};
