// The text alternative of each state of `advance-calculator`. Only the server reads these (the registry, story,
// embed and image pages); keeping them out of advance-calculator.config.ts keeps them out of the browser's bundle.
export const CALC_ALTS: Record<string, string> = {
  observed:
    'Chart of the area of Donetsk Oblast not held by Russia, from 12,069 km² in May 2022 to 5,756 km² on 27 January 2026 (DeepState’s map, grey zone included), with a dashed line down to zero at the pace ISW observed across the whole front in 1–27 January 2026, 265.45 km² or 9.8 km² a day: if all of it were in Donetsk Oblast, Russia would hold the whole oblast by 5 September 2027. ISW itself assessed not before August 2027. The three paces from the sources are compared below the chart.',
  claimed:
    'The same chart of the 5,756 km² of Donetsk Oblast Russia did not hold on 27 January 2026, at the pace Russia’s General Staff claimed for 1–27 January 2026, over 500 km² across the whole front, counted as 500 km² or 18.5 km² a day: if all of it were in Donetsk Oblast, Russia would hold the whole oblast by 4 December 2026. The claim, 500 km², is nearly twice the 265.45 km² ISW observed.',
  explore:
    'The same chart of the 5,756 km² of Donetsk Oblast Russia did not hold on 27 January 2026, at the pace measured on DeepState’s maps in Donetsk Oblast from 1 October 2025 to 1 January 2026, 577 km² in 92 days or 6.3 km² a day: Russia would hold the whole oblast by 2 August 2028. In the interactive version the reader can also pick any pace from 0 to 30 km² a day.',
};
