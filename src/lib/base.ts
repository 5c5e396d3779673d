/** The site's base path with one trailing slash (`/` or `/land-for-guarantees/`): prefix of every site link. */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
