// Where everything about one scene lives on the site, relative to the site root (base path included).
import { base } from '../../lib/base';

export function embedPaths(sceneId: string) {
  return {
    page: `${base}embed/${sceneId}/`,
    present: `${base}present/${sceneId}/`,
    oembed: `${base}embed/${sceneId}/oembed.json`,
    data: `${base}data/scenes/${sceneId}.json`,
    story: base,
    loader: `${base}embed/loader.js`,
    /** A step's picture, made after the build by scripts/images/render.ts (steps count from 1). */
    image: (step: number, format: 'png' | 'svg') => `${base}images/${sceneId}/step-${step}.${format}`,
  };
}
