// Social cards (Open Graph / Twitter images): one 1200×630 PNG for the story and one per scene, drawn after
// the build by scripts/images/render.ts from the step pictures. Plain constants, no imports: the render
// script (plain Node) reads them too. Paths are relative to the site's base.

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The picture on the story's card, beside the headline: the control map at this step (1-based). */
export const STORY_CARD_PICTURE = { sceneId: 'control-timeline', step: 9 };

export const storyCardFile = 'images/card.png';
export const sceneCardFile = (sceneId: string) => `images/${sceneId}/card.png`;
/** For iOS home screens: the favicon drawn as a 180 px PNG. */
export const touchIconFile = 'images/apple-touch-icon.png';
