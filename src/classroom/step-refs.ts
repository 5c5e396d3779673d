// Classroom copy points at story steps with {step:<step-id>}; the page renders each as a link that a
// reader can follow ("Chapter 2, step 9"), so the story's internal ids never show.

/** What a reference is resolved against: the story's chapters in order, each with its steps in order. */
export interface StoryOutline {
  id: string;
  steps: readonly { id: string }[];
}

/** The outline of the story's chapters, as the content collection gives them. */
export const outlineOf = (chapters: readonly { id: string; data: { steps: readonly { id: string }[] } }[]): StoryOutline[] =>
  chapters.map((c) => ({ id: c.id, steps: c.data.steps }));

export type CopyPart = string | { step: string };

const STEP_REF = /\{step:([a-z0-9-]+)\}/g;

/** Splits copy into plain text and step references, in order; joining them back gives the copy. */
export function splitStepRefs(text: string): CopyPart[] {
  const parts: CopyPart[] = [];
  let at = 0;
  for (const m of text.matchAll(STEP_REF)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push({ step: m[1] });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** Where a step is, for readers: "Chapter 2, step 9", and its anchor in the story. */
export function stepPlace(chapters: readonly StoryOutline[], stepId: string): { label: string; anchor: string } {
  for (const [c, chapter] of chapters.entries()) {
    const s = chapter.steps.findIndex((step) => step.id === stepId);
    if (s >= 0) return { label: `Chapter ${c + 1}, step ${s + 1}`, anchor: stepId };
  }
  throw new Error(`unknown step "${stepId}"`);
}

/** Every {step:…} reference in any string inside `data` whose step is not in `stepIds`. */
export function unknownStepRefs(data: unknown, stepIds: readonly string[]): string[] {
  if (typeof data === 'string')
    return splitStepRefs(data).flatMap((p) => (typeof p === 'object' && !stepIds.includes(p.step) ? [p.step] : []));
  if (Array.isArray(data)) return data.flatMap((d) => unknownStepRefs(d, stepIds));
  if (data && typeof data === 'object') return Object.values(data).flatMap((d) => unknownStepRefs(d, stepIds));
  return [];
}
