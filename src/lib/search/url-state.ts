/** A search as it lives in the address bar, so it can be shared and the back button works. Pure. */
import { FACETS, type FacetName } from './facets.ts';

export interface SearchState {
  query: string;
  filters: Partial<Record<FacetName, string>>;
}

/** Reads `?q=…&kind=…&type=…&mode=…`; unknown parameters are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const { name } of FACETS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

/** `?q=bio&kind=Play`, or '' for an empty search; facets in a fixed order. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { name } of FACETS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
