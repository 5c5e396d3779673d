// Each scene's prepared (pre-projected) data as a static JSON file, fetched by the live scene.
import type { APIRoute, GetStaticPaths } from 'astro';
import { scenes } from '../../../components/scenes/registry';
import { prepareScene } from '../../../components/scenes/prepare';

export const getStaticPaths = (() =>
  scenes.filter((s) => prepareScene(s.id) !== null).map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(prepareScene(params.id!)), { headers: { 'Content-Type': 'application/json' } });
