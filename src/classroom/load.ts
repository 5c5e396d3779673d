// Build-time: the classroom files, validated against the story (scenes, chapters, steps, sources).
// A bad file fails the build with one message naming the file and every problem in it.
import glossaryJson from './glossary.json';
import lessonJson from './lesson.json';
import framingJson from './framing.json';
import { glossaryFile, lessonSchema, framingFile, parseClassroom } from './schema';
import { scenes } from '../components/scenes/registry';
import { loadStory } from '../lib/story';

export const glossary = parseClassroom(glossaryFile, glossaryJson, 'glossary.json');
export const framing = parseClassroom(framingFile, framingJson, 'framing.json');

export async function loadLesson() {
  const story = await loadStory();
  const lesson = parseClassroom(
    lessonSchema({
      sceneIds: scenes.map((s) => s.id),
      chapterIds: story.chapters.map((c) => c.id),
      stepIds: story.chapters.flatMap((c) => c.data.steps.map((s) => s.id)),
    }),
    lessonJson,
    'lesson.json',
  );
  return { lesson, ...story };
}
