// Build-time: the data files a scene offers for download, each with its licence and credit. Files from
// the data build (public/data) carry what public/data/sources.json records; TopoJSON is offered as
// GeoJSON, which every GIS and newsroom mapping tool reads. The story's own sourced fact files
// (src/stories/facts/*.json, named `facts/<name>.json`) are offered as JSON and as a CSV of their items.
import { readDataFile } from '../../lib/data-files';
import { base } from '../../lib/base';

interface FileProvenance {
  file: string;
  licence: string[];
  attribution: string;
}

export interface Download {
  /** Site-relative URL. */
  href: string;
  name: string;
  format: 'GeoJSON' | 'CSV' | 'JSON';
  licence: string;
  attribution: string;
}


export const geojsonName = (file: string) => file.replace(/\.topo\.json$/, '.geojson');

/** The project's own compilations: reusable with credit; each item names the sources it rests on. */
export const FACTS_PROVENANCE = {
  licence: ['CC BY 4.0 (the compilation); quotes remain their publishers’'],
  attribution: 'Land for Guarantees, compiled from the sources named in each item',
};

export function provenanceOf(file: string): FileProvenance {
  if (file.startsWith('facts/')) return { file, ...FACTS_PROVENANCE };
  const entry = readDataFile<{ files: FileProvenance[] }>('sources.json').files.find((f) => f.file === file);
  if (!entry) throw new Error(`public/data/sources.json has no provenance for ${file}: add it to the data build.`);
  return entry;
}

export function downloadsFor(files: readonly string[] = []): Download[] {
  return files.flatMap((file): Download[] => {
    const { licence, attribution } = provenanceOf(file);
    if (file.startsWith('facts/')) {
      const name = file.slice('facts/'.length).replace(/\.json$/, '');
      const entry = { licence: licence.join('; '), attribution };
      return [
        { href: `${base}data/facts/${name}.json`, name: `${name}.json`, format: 'JSON', ...entry },
        { href: `${base}data/facts/${name}.csv`, name: `${name}.csv`, format: 'CSV', ...entry },
      ];
    }
    const topo = file.endsWith('.topo.json');
    const name = topo ? geojsonName(file) : file;
    return [{
      href: topo ? `${base}data/downloads/${name}` : `${base}data/${file}`,
      name,
      format: topo ? 'GeoJSON' : file.endsWith('.csv') ? 'CSV' : 'JSON',
      licence: licence.join('; '),
      attribution,
    }];
  });
}
