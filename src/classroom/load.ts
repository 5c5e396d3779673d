// Build-time: the classroom files, validated against the story (scenes, chapters, steps, sources).
// A bad file fails the build with one message naming the file and every problem in it.
import glossaryJson from './glossary.json';
import lessonJson from './lesson.json';
import framingJson from './framing.json';
import { glossaryFile, lessonSchema, framingFile, parseClassroom } from './schema';
import { outlineOf, unknownStepRefs } from './step-refs';
import { scenes } from '../components/scenes/registry';
import { loadStory } from '../lib/story';

export const glossary = parseClassroom(glossaryFile, glossaryJson, 'glossary.json');
export const framing = parseClassroom(framingFile, framingJson, 'framing.json');

export async function loadLesson() {
  const story = await loadStory();
  const stepIds = story.chapters.flatMap((c) => c.data.steps.map((s) => s.id));
  const lesson = parseClassroom(
    lessonSchema({ sceneIds: scenes.map((s) => s.id), chapterIds: story.chapters.map((c) => c.id), stepIds }),
    lessonJson,
    'lesson.json',
  );
  const unknown = unknownStepRefs(framing, stepIds);
  if (unknown.length) throw new Error(`src/classroom/framing.json is invalid:\n${unknown.map((id) => `  unknown step "${id}" in {step:${id}}`).join('\n')}`);
  /** The story's outline, for rendering {step:…} references ("Chapter 2, step 9"). */
  const outline = outlineOf(story.chapters);
  return { lesson, outline, ...story };
}
