import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { chapterSchema, sourceSchema } from './stories/schema';
import { scenes } from './components/scenes/registry';
import sources from './stories/sources.json';

const chapters = defineCollection({
  loader: glob({ pattern: '[0-9]*.json', base: './src/stories', generateId: ({ entry }) => entry.replace(/^\d+-|\.json$/g, '') }),
  schema: chapterSchema({ scenes, sourceIds: sources.map((s) => s.id) }),
});

export const collections = {
  chapters,
  sources: defineCollection({ loader: file('src/stories/sources.json'), schema: sourceSchema }),
};
