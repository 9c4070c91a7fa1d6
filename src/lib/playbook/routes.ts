/**
 * Every URL the playbook links to is made here, so renaming a route is one change and the
 * link checker, the search index and the pages agree. Paths are base-relative and end in "/".
 */

import { COLLECTIONS, type PageCollection } from '../content/collections.ts';
import { searchPath } from './site-paths.ts';

export {
  pagefindPath,
  searchPath,
  searchStylesheetPath,
  searchSynonymsPath,
  withBase,
} from './site-paths.ts';

export type { PageCollection };

const PREFIX = (collection: PageCollection): string => COLLECTIONS[collection].route;

export function pagePath(collection: PageCollection, id: string): string {
  return `/${PREFIX(collection)}/${id}/`;
}

/** Index page of a page collection, e.g. `/plays/`. */
export function indexPath(collection: PageCollection): string {
  return `/${PREFIX(collection)}/`;
}

/** The side-by-side comparison of all modes. */
export function comparePath(): string {
  return `/${PREFIX('modes')}/compare/`;
}

/** The plays index filtered to one mode (a `:target` anchor, so it works without JavaScript). */
export function playsForModePath(modeId: string): string {
  return `${indexPath('plays')}#${playFilterId(modeId)}`;
}

/** Element id of the plays index's filter target for a mode. */
export function playFilterId(modeId: string): string {
  return `for-${modeId}`;
}

/** An example account's page. */
export function accountPath(pseudonym: string): string {
  return `${accountsIndexPath()}${pseudonym}/`;
}

/** The list of every source (page 1 of it). */
export function sourcesIndexPath(): string {
  return `/${COLLECTIONS.sources.route}/`;
}

/** The list of every example account (page 1 of it). */
export function accountsIndexPath(): string {
  return `/${COLLECTIONS.accounts.route}/`;
}

/** The strategy chooser's first question; `answers` are option slugs in question order. */
export function chooserPath(answers: readonly string[] = []): string {
  return `/chooser/${answers.map((a) => `${a}/`).join('')}`;
}

export function sitemapPath(): string {
  return '/sitemap-index.xml';
}

export function faviconPath(): string {
  return '/favicon.svg';
}

/** The workshop page: tick plays and business types, print them as a deck. */
export function workshopPath(): string {
  return '/workshop/';
}

/** What the workshop page offers to tick, as JSON. */
export function workshopCatalogPath(): string {
  return `${workshopPath()}catalog.json`;
}

/** The no-JavaScript index of the pages with one facet value: a kind, a mode or a business type. */
export function searchBrowsePath(facet: 'kind' | 'mode' | 'type', value: string): string {
  return `${searchPath()}${facet}/${value}/`;
}

export function homePath(): string {
  return '/';
}

export function sourcePath(slug: string): string {
  return `${sourcesIndexPath()}${slug}/`;
}

/** `slug/short-id` → `/sources/slug/#short-id`. */
export function passagePath(passageId: string): string {
  const [slug, shortId] = passageId.split('/');
  return `${sourcePath(slug ?? '')}#${shortId ?? ''}`;
}

export function permalinkPath(id: string): string {
  return `/p/${id}/`;
}

/** The QR code of a short link, as an SVG file beside it: fetched only when shown or printed. */
export function qrCodePath(id: string): string {
  return `${permalinkPath(id)}qr.svg`;
}

/** What the presenter view can show as slides. */
export type PresentKind = 'business-type' | 'mode' | 'play';

/** A business type, mode or play as slides: `/present/play/<id>/`. */
export function presentPath(kind: PresentKind, id: string): string {
  return `/present/${kind}/${id}/`;
}

/** Pages that are tools or lists rather than entries, which a page's prose may link to. */
export function toolPaths(): string[] {
  return [
    homePath(),
    chooserPath(),
    comparePath(),
    workshopPath(),
    searchPath(),
    sourcesIndexPath(),
    accountsIndexPath(),
    indexPath('modes'),
    indexPath('businessTypes'),
    indexPath('plays'),
    indexPath('pages'),
  ];
}

/**
 * Whether prose may link to `path` (a site path, perhaps with a `#fragment`): one of the tools and
 * lists, or a page in `entryPaths` (every mode, business type, play, guide and source).
 */
export function isLinkablePath(
  path: string,
  entryPaths: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): boolean {
  const [page = ''] = path.split('#');
  return entryPaths.has(page) || toolPaths().includes(page);
}
