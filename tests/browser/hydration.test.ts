// Live scenes take over the server's drawing by hydrating it: the nodes the page arrived with stay, so a
// scene coming to life builds, lays out and paints nothing new. A drawing the client cannot match (data
// that differs from the build's) would silently be rebuilt by Svelte; this catches that.
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { openPage, goToStep } from './browser';
import { browserForFile } from './hooks';

const baseURL = inject('baseURL');
// The live scenes: in the built story, a server-only scene's body holds one view per state instead.
const liveScenes = [...readFileSync('dist/index.html', 'utf8').matchAll(/data-scene="([\w-]+)"[^>]*><div data-scene-body>/g)].map((m) => m[1]);

const browser = browserForFile();

/** Before the page's scripts run, keeps each server drawing (by scene) to compare with later. */
function keepServerDrawings(page: Page) {
  return page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as any).__serverDrawings = [...document.querySelectorAll<HTMLElement>('[data-scene]')].map((scene) => ({
        id: scene.dataset.scene,
        drawing: scene.querySelector('[data-drawn-state]'),
      }));
    });
  });
}

/** For each scene kept: whether its server drawing is still in the page, and the state it now shows. */
function serverDrawings(page: Page) {
  return page.evaluate(() =>
    ((window as any).__serverDrawings as { id: string; drawing: HTMLElement }[]).map(({ id, drawing }) => ({
      id,
      kept: drawing.isConnected,
      drawn: drawing.dataset.drawnState,
    })),
  );
}

describe('live scenes hydrate the server drawing', () => {
  it('in the story: every live scene keeps its nodes while the reader scrolls through it', async () => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await keepServerDrawings(page);
    await page.goto(baseURL);
    const first = Object.fromEntries((await serverDrawings(page)).map((d) => [d.id, d.drawn]));
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(60);
    }
    // Each live scene with a step unlike its static figure came alive (it changed state) and is still
    // the server's drawing.
    const changing = liveScenes.filter((id) => statesOf(id).some((s) => s !== first[id])).sort();
    expect(changing.length).toBeGreaterThan(3);
    await expect
      .poll(async () => (await serverDrawings(page)).filter((d) => changing.includes(d.id) && d.drawn !== first[d.id]).map((d) => d.id).sort(), { timeout: 10_000 })
      .toEqual(changing);
    expect((await serverDrawings(page)).filter((d) => !d.kept).map((d) => d.id)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each(liveScenes)('on the embed page of %s, opened at a step the server did not draw where there is one', async (id) => {
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 640, height: 800 } });
    await keepServerDrawings(page);
    const states = statesOf(id);
    await page.goto(new URL(`embed/${id}/`, baseURL).href);
    const [server] = await serverDrawings(page);
    // (A scene whose every step looks like its static figure is still checked to keep its nodes.)
    const step = Math.max(0, states.findIndex((s) => s !== server.drawn));
    await page.goto(new URL(`embed/${id}/?step=${step + 1}`, baseURL).href);
    await expect.poll(async () => (await serverDrawings(page))[0], { timeout: 10_000 }).toEqual({ id, kept: true, drawn: states[step] });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('a chapter loads its live scenes only as the reader nears them', () => {
  it('the page loads the first scene only; the next loads when the reader is one step before it', async () => {
    const chapter = { id: 'donbas-since-2014', ...(JSON.parse(readFileSync('src/stories/01-donbas-since-2014.json', 'utf8')) as { steps: { scene: string; state: string }[] }) };
    const scenes = [...new Set(chapter.steps.map((s) => s.scene))];
    const next = scenes[1];
    const nextFirst = chapter.steps.findIndex((s) => s.scene === next);
    expect(nextFirst).toBeGreaterThan(1);
    const { page, consoleErrors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    const fetched: string[] = [];
    page.on('request', (r) => {
      const m = new URL(r.url()).pathname.match(/\/data\/scenes\/([\w-]+)\.json$/);
      if (m) fetched.push(m[1]);
    });
    await page.goto(baseURL, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    expect(fetched).toEqual([scenes[0]]);
    // Two steps before the next scene: still not loaded.
    await goToStep(page, chapter.id, nextFirst - 2, chapter.steps[nextFirst - 2].state);
    await page.waitForTimeout(500);
    expect(fetched).not.toContain(next);
    await goToStep(page, chapter.id, nextFirst - 1, chapter.steps[nextFirst - 1].state);
    await expect.poll(() => fetched, { timeout: 5000 }).toContain(next);
    await goToStep(page, chapter.id, nextFirst, chapter.steps[nextFirst].state);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

/** The states a scene's embed steps through: its steps in story order. */
function statesOf(sceneId: string): string[] {
  const dir = new URL('../../src/stories/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => /^\d.*\.json$/.test(f))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')).steps as { scene: string; state: string }[])
    .filter((s) => s.scene === sceneId)
    .map((s) => s.state);
}
