// GET /embed/loader.js: the optional resize script for hosts (see src/components/embed/loader.ts).
import type { APIRoute } from 'astro';
import { installLoader } from '../../components/embed/loader';

export const GET: APIRoute = () =>
  new Response(
    `/* Land for Guarantees embed loader: sizes the site's iframes to their content. */\n` +
      `(${installLoader.toString()})(window, new URL(document.currentScript.src).origin);\n`,
    { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
  );
