// Build-time: the data files a scene offers for download, each with the licence and credit recorded by
// the data build (public/data/sources.json). TopoJSON is offered as GeoJSON, which every GIS tool and
// newsroom mapping tool reads; CSV and JSON are offered as they are.
import { readDataFile } from '../../lib/data-files';

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

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const geojsonName = (file: string) => file.replace(/\.topo\.json$/, '.geojson');

export function provenanceOf(file: string): FileProvenance {
  const entry = readDataFile<{ files: FileProvenance[] }>('sources.json').files.find((f) => f.file === file);
  if (!entry) throw new Error(`public/data/sources.json has no provenance for ${file}: add it to the data build.`);
  return entry;
}

export function downloadsFor(files: readonly string[] = []): Download[] {
  return files.map((file) => {
    const { licence, attribution } = provenanceOf(file);
    const topo = file.endsWith('.topo.json');
    const name = topo ? geojsonName(file) : file;
    return {
      href: topo ? `${base}data/downloads/${name}` : `${base}data/${file}`,
      name,
      format: topo ? 'GeoJSON' : file.endsWith('.csv') ? 'CSV' : 'JSON',
      licence: licence.join('; '),
      attribution,
    };
  });
}
