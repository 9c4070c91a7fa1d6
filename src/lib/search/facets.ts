/**
 * What a page is, as search shows and filters it: its kind, the modes and the business types it
 * concerns, all as the words a reader sees (titles, not ids), so the facets need no lookup in
 * the browser. Pure.
 */

/** The kinds of page search can return, in the order results and facets list them. */
export const KIND_LABELS = {
  play: 'Play',
  'anti-pattern': 'Anti-pattern',
  'business-type': 'Business type',
  mode: 'Mode',
  guide: 'Guide',
  source: 'Source',
  account: 'Example account',
} as const;

export type SearchKind = keyof typeof KIND_LABELS;

/** The facet names, as they appear in the URL (`?q=…&kind=Play&mode=Hybrid&type=…`). */
export const FACETS = [
  { name: 'kind', label: 'Kind' },
  { name: 'type', label: 'Business type' },
  { name: 'mode', label: 'Mode' },
] as const;

export type FacetName = (typeof FACETS)[number]['name'];

/** A page's facets: the values Pagefind indexes as filters. */
export interface SearchFacets {
  kind: SearchKind;
  modes?: readonly string[];
  businessTypes?: readonly string[];
  /**
   * How much the page's words count, 0–1 (Pagefind's `data-pagefind-weight`): example accounts
   * are evidence, not guidance, and rank below it.
   */
  weight?: number;
}

/** `data-pagefind-filter` values for a page, by facet name, titles looked up from ids. */
export function facetValues(
  facets: SearchFacets,
  titles: { modes: ReadonlyMap<string, string>; businessTypes: ReadonlyMap<string, string> },
): Record<FacetName, string[]> {
  const titled = (ids: readonly string[] | undefined, map: ReadonlyMap<string, string>) =>
    [...new Set((ids ?? []).map((id) => map.get(id) ?? id))].sort();
  return {
    kind: [KIND_LABELS[facets.kind]],
    mode: titled(facets.modes, titles.modes),
    type: titled(facets.businessTypes, titles.businessTypes),
  };
}
