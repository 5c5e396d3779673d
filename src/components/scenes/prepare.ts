// Build-time only: each scene folder may hold `<id>.data.ts` exporting `prepare()`, which turns
// public/data files into the small, pre-projected data its `stateFor` needs. Found by convention, so
// adding a scene needs no second list.
const modules = import.meta.glob<{ prepare: () => unknown }>('./*/*.data.ts', { eager: true });
const cache = new Map<string, unknown>();

export function prepareScene(id: string): unknown {
  if (!cache.has(id)) {
    const module = modules[`./${id}/${id}.data.ts`];
    cache.set(id, module ? module.prepare() : null);
  }
  return cache.get(id);
}
