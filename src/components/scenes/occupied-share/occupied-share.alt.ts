// The text alternative of each state of `occupied-share`. Only the server reads these (the registry, story,
// embed and image pages); keeping them out of occupied-share.config.ts keeps them out of the browser's bundle.
export const SHARE_ALTS: Record<string, string> = {
  'to-2026':
    'Line chart of the share of each oblast under Russian control, February 2022 to January 2026, from DeepState’s maps: Luhansk rises from 32% to nearly 99% by July 2022 and stays there; Donetsk rises from 32% to 58% by July 2022, stays between 56% and 60% until August 2024, then climbs to 78% by 27 January 2026.',
  projection:
    'The same chart with a dashed line from Donetsk Oblast’s 78% on 27 January 2026 to 100% in August 2027, illustrating ISW’s assessment that Russia was unlikely to hold the whole oblast before then at its late-November 2025 pace.',
  'since-then':
    'The same chart with the months after the story’s end date added: Donetsk Oblast reaches about 80% by 22 August 2026.',
};
