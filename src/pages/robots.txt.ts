// GET /robots.txt: every page may be crawled; points crawlers at the sitemap (@astrojs/sitemap).
import type { APIRoute } from 'astro';
import { base } from '../lib/base';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${base}sitemap-index.xml`, site).href;
  return new Response(`User-agent: *\nAllow: ${base}\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain' } });
};
