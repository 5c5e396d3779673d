// Per built page: gzip bytes of the JavaScript it loads (island component and renderer URLs and module
// scripts, followed through their imports, plus inline scripts) and of the data files it fetches.
// Scenes' drawing code is split into lazy chunks (src/components/scenes/client-scenes.ts), one set per
// scene; a page is charged for the chunks of every live scene it shows, and no others.
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { componentName } from '../../src/components/scenes/client-scenes';
import { filesUnder } from './dist-files';

export interface PageBudget {
  page: string;
  jsBytes: number;
  jsFiles: number;
  dataBytes: number;
  dataFiles: string[];
  htmlBytes: number;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
// Static imports and dynamic import() (quoted or in backticks, as Rolldown writes a glob's lazy chunks).
const IMPORTS = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+\.m?js)["']|import\(\s*["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+\.m?js)["'`]\s*\)/g;

function closure(dist: string, entries: string[], lazyAllowed: (file: string) => boolean): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORTS)) {
      const spec = m[1] ?? m[2];
      const target = spec.startsWith('/') ? join(dist, spec) : resolve(dirname(f), spec);
      if (m[1] || lazyAllowed(target)) stack.push(target);
    }
  }
  return [...seen];
}

export function measurePages(dist: string): PageBudget[] {
  return filesUnder(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const entries = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/[^"]+\.m?js)"/g)].map((m) => join(dist, m[1]));
      // Live scenes on the page: a scene root without server-drawn state views.
      const live = [...html.matchAll(/data-scene="([\w-]+)"[^>]*>\s*<div data-scene-body>\s*(<div data-state-view)?/g)]
        .filter((m) => !m[2])
        .map((m) => m[1]);
      const prefixes = live.flatMap((id) => [`${componentName(id)}.`, `${id}.state.`]);
      const lazyAllowed = (target: string) => {
        const name = target.split('/').at(-1)!;
        return prefixes.some((p) => name.startsWith(p)) || !/^[A-Z]|\.state\./.test(name);
      };
      const js = closure(dist, entries, lazyAllowed);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
        .map((m) => m[1])
        .join('\n');
      // Data the page fetches (island props), not the download links it offers (href attributes).
      const fetched = html.replace(/\shref="[^"]*"/g, "");
      const dataFiles = [...new Set([...fetched.matchAll(/\/data\/[\w/.-]+\.(?:json|csv)/g)].map((m) => m[0]))].filter((f) =>
        existsSync(join(dist, f)),
      );
      return {
        page: '/' + relative(dist, file).replace(/index\.html$/, ''),
        jsBytes: js.reduce((s, f) => s + gz(readFileSync(f)), 0) + (inline.trim() ? gz(inline) : 0),
        jsFiles: js.length,
        dataBytes: dataFiles.reduce((s, f) => s + gz(readFileSync(join(dist, f))), 0),
        dataFiles,
        htmlBytes: gz(html),
      };
    });
}
