/**
 * The workshop deck: which plays and business types a consultant ticked, kept in the address bar
 * (`/workshop/?plays=a,b&types=c`) so a deck can be prepared beforehand and shared. Pure.
 */

export interface DeckSelection {
  plays: string[];
  types: string[];
}

export interface CatalogItem {
  id: string;
  title: string;
  /** `play`, `anti-pattern` or `business-type`. */
  kind: 'play' | 'anti-pattern' | 'business-type';
  /** Site path of the item's page (without the base). */
  path: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function ids(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => SLUG.test(id)),
    ),
  ];
}

/** Reads a selection from `?plays=…&types=…`; anything that is not an id is dropped. */
export function readDeck(search: string): DeckSelection {
  const params = new URLSearchParams(search);
  return { plays: ids(params.get('plays')), types: ids(params.get('types')) };
}

/** `?plays=a,b&types=c`, or '' when nothing is ticked. */
export function writeDeck(selection: DeckSelection): string {
  const parts = [
    selection.plays.length > 0 ? `plays=${selection.plays.join(',')}` : '',
    selection.types.length > 0 ? `types=${selection.types.join(',')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The ticked items of a catalog, in the order they were ticked; unknown ids are left out. */
export function deckItems(selection: DeckSelection, catalog: readonly CatalogItem[]): CatalogItem[] {
  const byKey = new Map(
    catalog.map((item) => [`${item.kind === 'business-type' ? 'type' : 'play'}:${item.id}`, item]),
  );
  return [
    ...selection.plays.map((id) => byKey.get(`play:${id}`)),
    ...selection.types.map((id) => byKey.get(`type:${id}`)),
  ].filter((item): item is CatalogItem => item !== undefined);
}
