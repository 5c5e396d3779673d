// Per built page: gzip bytes of the JavaScript it can load (island component and renderer URLs and
// module scripts, followed through their imports, plus inline scripts) and of the data files it fetches.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBudget {
  page: string;
  jsBytes: number;
  jsFiles: number;
  dataBytes: number;
  dataFiles: string[];
  htmlBytes: number;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const IMPORTS = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+\.m?js)["']|import\(\s*["'](\.{1,2}\/[^"']+|\/[^"']+\.m?js)["']\s*\)/g;

function closure(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORTS)) {
      const spec = m[1] ?? m[2];
      stack.push(spec.startsWith('/') ? join(dist, spec) : resolve(dirname(f), spec));
    }
  }
  return [...seen];
}

export function measurePages(dist: string): PageBudget[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const entries = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/[^"]+\.m?js)"/g)].map((m) => join(dist, m[1]));
      const js = closure(dist, entries);
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
