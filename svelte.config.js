import { vitePreprocess } from '@astrojs/svelte';

// discloseVersion off: Svelte would otherwise add a line registering its version on `window` to the
// story's JavaScript, which has no use for it.
export default { preprocess: vitePreprocess(), compilerOptions: { discloseVersion: false } };
