// The text alternative of each state of `terrain`. Only the server reads these (the registry, story,
// embed and image pages); keeping them out of terrain.config.ts keeps them out of the browser's bundle.
export const TERRAIN_ALTS: Record<string, string> = {
  relief:
    'Shaded relief map of the land around the fortress belt: the higher ground of the Donets Ridge rises to the south-east, in the Russian-held area; the belt cities sit in the river valleys north of it; the land to the west, toward Dnipropetrovsk Oblast, is lower and gentler.',
  profile:
    'Elevation profile along a line from Bakhmut through Chasiv Yar and Kramatorsk to the plain south-east of Pavlohrad in Dnipropetrovsk Oblast: the highest ground is in the east, around Chasiv Yar; the line then drops into the valley at Kramatorsk, crosses rolling ground and ends in lower land in Dnipropetrovsk Oblast.',
  'profile-front':
    'The same elevation profile with the front line of 27 January 2026 marked just west of Chasiv Yar, the Russian-held stretch to its east, the belt around Kramatorsk, and the border with Dnipropetrovsk Oblast further west, beyond which the land is low and open.',
  parallel:
    'Elevation profile west to east along the 48.7° parallel from Dnipropetrovsk Oblast through Kharkiv and Donetsk oblasts into Luhansk Oblast, passing just north of Kramatorsk, with the front line of 27 January 2026 marked.',
};
