// Browser side: fetches a scene's prepared data once per page, however many chapters use the scene.
const requests = new Map<string, Promise<unknown>>();

export function loadSceneData(url: string): Promise<unknown> {
  if (!requests.has(url)) {
    requests.set(
      url,
      fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json();
      }),
    );
  }
  return requests.get(url)!;
}
