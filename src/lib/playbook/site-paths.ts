/**
 * The URLs browser code needs (the search launcher on every page), in a module that imports
 * nothing: routes.ts re-exports them with every other URL, but importing routes.ts would bring
 * the content registry and its schemas into the page's script. Paths are base-relative.
 */

/** Where the build writes Pagefind's index and UI files. */
export function pagefindPath(): string {
  return '/pagefind/';
}

export function searchPath(): string {
  return '/search/';
}

/** The synonyms the search expands queries with (content/search-synonyms.yaml, as JSON). */
export function searchSynonymsPath(): string {
  return `${searchPath()}synonyms.json`;
}

/** The search panel's stylesheet, fetched when the search first opens (src/pages/search/panel.css.ts). */
export function searchStylesheetPath(): string {
  return `${searchPath()}panel.css`;
}

/** Prefixes a site path with the deploy base (`/` or `/playbook/`). */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}
