// html-validate's settings for the built pages (tests/build/html-valid.test.ts runs it over every page in dist/).
export default {
  root: true,
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    // Astro writes its island rule (`<style>astro-island,astro-slot{display:contents}</style>`) in the body, just
    // before the first island; browsers apply a body <style>, so accept it wherever flow content may go.
    { style: { flow: true } },
  ],
  rules: {
    // Scenes place HTML labels over their maps with percentage `style` attributes (allowed by the CSP's
    // style-src-attr); a style attribute cannot run code.
    'no-inline-style': 'off',
    // Svelte writes boolean attributes as `reversed=""`, Astro as `hidden`: both are valid HTML.
    'attribute-boolean-style': 'off',
    // Embed and presentation pages are titled "<the scene's full title> · Land for Guarantees": a longer
    // title than a search result shows, on pages made to be framed or projected rather than found.
    'long-title': 'off',
  },
};
