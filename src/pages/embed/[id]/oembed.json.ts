// GET /embed/<scene-id>/oembed.json: oEmbed (https://oembed.com) for CMSs that discover embeds from a
// link: the page's <link rel="alternate" type="application/json+oembed"> points here.
import type { APIRoute, GetStaticPaths } from 'astro';
import { scenes } from '../../../components/scenes/registry';
import { embedPaths } from '../../../components/embed/paths';
import { iframeSnippet, DEFAULT_EMBED_HEIGHT } from '../../../components/embed/snippet';
import { CARD_WIDTH, CARD_HEIGHT, sceneCardFile } from '../../../lib/social-card';

export const getStaticPaths = (() => scenes.map((scene) => ({ params: { id: scene.id }, props: { scene } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { scene } = props as { scene: (typeof scenes)[number] };
  const paths = embedPaths(scene.id);
  const absolute = (path: string) => new URL(path, site).href;
  const body = {
    version: '1.0',
    type: 'rich',
    title: scene.title,
    provider_name: 'Land for Guarantees',
    provider_url: absolute(paths.story),
    html: iframeSnippet({ src: absolute(paths.page), title: scene.title, height: DEFAULT_EMBED_HEIGHT }),
    width: 640,
    height: DEFAULT_EMBED_HEIGHT,
    // oEmbed requires a thumbnail's size with its URL: the scene's social card has a fixed one.
    thumbnail_url: absolute(`${paths.story}${sceneCardFile(scene.id)}`),
    thumbnail_width: CARD_WIDTH,
    thumbnail_height: CARD_HEIGHT,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
