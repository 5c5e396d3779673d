// Links glossary terms in the story's copy to their definitions on /glossary/: the first mention of each
// term (in any of its forms) per chapter, so a chapter is not a sea of links.

export interface GlossaryTerm {
  id: string;
  term: string;
  /** Other forms the story uses ("the Donbas"); matched like the term itself. */
  aliases: readonly string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A linker for one chapter: give it each step's HTML (from inlineMarkdown) in reading order. It leaves
 * tags alone, never links inside an existing link, prefers the longest form ("Donetsk Oblast" over
 * "oblast") and matches whole words only, in any case.
 */
export function glossaryLinker(terms: readonly GlossaryTerm[], href: (id: string) => string): (html: string) => string {
  const forms = terms
    .flatMap((t) => [t.term, ...t.aliases].map((form) => ({ id: t.id, form: form.toLowerCase() })))
    .filter((f) => f.form.trim().length > 1)
    .sort((a, b) => b.form.length - a.form.length);
  if (!forms.length) return (html) => html;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f) => escapeRegExp(f.form)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const linked = new Set<string>();
  return (html) => {
    let insideLink = 0;
    return html
      .split(/(<[^>]*>)/)
      .map((part) => {
        if (part.startsWith('<')) {
          if (/^<a[\s>]/i.test(part)) insideLink++;
          else if (/^<\/a>/i.test(part)) insideLink--;
          return part;
        }
        if (insideLink > 0) return part;
        return part.replace(pattern, (match) => {
          const id = forms.find((f) => f.form === match.toLowerCase())!.id;
          if (linked.has(id)) return match;
          linked.add(id);
          return `<a class="gloss" href="${href(id)}">${match}</a>`;
        });
      })
      .join('');
  };
}
