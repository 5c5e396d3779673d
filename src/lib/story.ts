// Build-time helpers over the content collections: chapters in order, and footnote numbering.
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source, Step } from '../stories/schema';
import { findScene } from '../components/scenes/registry';
import type { SceneDefinition } from '../components/scenes/types';
import { STORY_CARD_PICTURE, storyCardFile, sceneCardFile } from './social-card';
import { base } from './base';

export async function loadStory() {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const sources = (await getCollection('sources')).map((s) => s.data as Source);
  // Steps' citations are numbered first, in reading order; then every source a scene rests on (its data
  // credits and the sources of its fact file's items), so each source shown anywhere is in the list.
  const steps = chapters.flatMap((c) => c.data.steps);
  const scenes = [...new Set(steps.map((s) => s.scene))].map((id) => findScene(id)!);
  const numbers = footnoteNumbers([...steps.flatMap((s) => s.sources), ...scenes.flatMap(sceneSourceIds)]);
  const cited = [...numbers.keys()].map((id) => sources.find((s) => s.id === id)!);
  return { chapters, sources, numbers, cited };
}

/** Numbers sources 1, 2, 3… in order of first citation. */
export function footnoteNumbers(ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

export const formatDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The text alternative of the graphic at a step: the step's own, or its scene state's. */
export const altFor = (step: Step): string => step.alt ?? findScene(step.scene)?.states[step.state]?.alt ?? '';

/** Every story step that shows `sceneId`, in reading order, with the chapter it belongs to. */
export function stepsShowing(chapters: { id: string; data: { steps: Step[] } }[], sceneId: string) {
  return chapters.flatMap((c) => c.data.steps.filter((s) => s.scene === sceneId).map((step) => ({ chapter: c.id, step })));
}

/** Every source id a scene rests on: its data credits, then the sources of its fact files' items. */
export function sceneSourceIds(scene: SceneDefinition): string[] {
  const facts = (scene.data ?? []).filter((f) => f.startsWith('facts/'));
  return [...scene.sources, ...facts.flatMap((f) => sourceIdsIn(JSON.parse(readFileSync(join(process.cwd(), 'src', 'stories', f), 'utf8'))))];
}

/** The ids in every `sources`-like list (`sources`, `sinceThenSources`…) anywhere in a fact file. */
export function sourceIdsIn(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(sourceIdsIn);
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) =>
    /sources$/i.test(key) && Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : sourceIdsIn(value),
  );
}

/** A page's social card: its site path (base included) and its text alternative. */
export interface SocialCard {
  path: string;
  alt: string;
}

/** The story's card, or a scene's (what its picture shows at step 1). */
export async function socialCard(sceneId?: string): Promise<SocialCard> {
  const { chapters } = await loadStory();
  const altAt = (id: string, step: number) => {
    const shown = stepsShowing(chapters, id)[step - 1];
    return shown ? altFor(shown.step) : findScene(id)!.description;
  };
  if (!sceneId) {
    const { sceneId: id, step } = STORY_CARD_PICTURE;
    return { path: `${base}${storyCardFile}`, alt: `The headline “Land for Guarantees” beside a map. ${altAt(id, step)}` };
  }
  return { path: `${base}${sceneCardFile(sceneId)}`, alt: `“${findScene(sceneId)!.title}”, from Land for Guarantees. ${altAt(sceneId, 1)}` };
}
