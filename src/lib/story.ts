// Build-time helpers over the content collections: chapters in order, and footnote numbering.
import { getCollection } from 'astro:content';
import type { Source, Step } from '../stories/schema';
import { findScene } from '../components/scenes/registry';

export async function loadStory() {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const sources = (await getCollection('sources')).map((s) => s.data as Source);
  const numbers = footnoteNumbers(chapters.flatMap((c) => c.data.steps.flatMap((s) => s.sources)));
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
