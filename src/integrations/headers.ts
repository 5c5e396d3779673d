// Writes dist/_headers (HTTP headers for Netlify and Cloudflare Pages) from the template beside this file,
// with every path rule prefixed by the site's base path, so a build for a sub-path gets rules that match.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The template's rules ("/embed/*" and so on, at the line start) moved under `base` ("/land-for-guarantees/"). */
export function headersForBase(template: string, base: string): string {
  const prefix = base.replace(/\/?$/, '');
  return template.replace(/^\/(\S*)/gm, (_, rest: string) => `${prefix}/${rest}`);
}

export default function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'land-for-guarantees:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const template = readFileSync(new URL('./_headers', import.meta.url), 'utf8');
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersForBase(template, base));
      },
    },
  };
}
