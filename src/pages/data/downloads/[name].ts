// GET /data/downloads/<name>.geojson: each TopoJSON file a scene offers, as GeoJSON with its credit and
// licence as foreign members. Every object of the topology becomes features tagged with `layer`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import type { Feature } from 'geojson';
import { scenes } from '../../../components/scenes/registry';
import { geojsonName, provenanceOf } from '../../../components/embed/downloads';
import { readDataFile } from '../../../lib/data-files';

export const getStaticPaths = (() => {
  const files = new Set(scenes.flatMap((s) => ('data' in s ? s.data : []) as readonly string[]));
  return [...files].filter((f) => f.endsWith('.topo.json')).map((file) => ({ params: { name: geojsonName(file) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: string };
  const topo = readDataFile<Topology>(file);
  const features = Object.entries(topo.objects).flatMap(([layer, object]) => {
    const collection = feature(topo, object as GeometryObject);
    const list: Feature[] = 'features' in collection ? collection.features : [collection];
    return list.map((f) => ({ ...f, properties: { layer, ...f.properties } }));
  });
  const { licence, attribution } = provenanceOf(file);
  const body = { type: 'FeatureCollection', attribution, licence, source: 'Land for Guarantees, from public/data/' + file, features };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/geo+json' } });
};
