// GET /data/facts/<name>.json and .csv: the story's sourced fact files (src/stories/facts/*.json) for
// journalists and teachers. The JSON is the file itself; the CSV has one row per sourced item (every
// object in the file that names its sources), with where it sits in the file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factRows, toCsv } from '../../../components/embed/fact-rows';

const DIR = join(process.cwd(), 'src', 'stories', 'facts');

export const getStaticPaths = (() =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const name = f.replace(/\.json$/, '');
      return [{ params: { file: `${name}.json` }, props: { source: f, csv: false } }, { params: { file: `${name}.csv` }, props: { source: f, csv: true } }];
    })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { source, csv } = props as { source: string; csv: boolean };
  const text = readFileSync(join(DIR, source), 'utf8');
  return csv
    ? new Response(toCsv(factRows(JSON.parse(text))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(text, { headers: { 'Content-Type': 'application/json' } });
};
