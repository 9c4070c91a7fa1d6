/**
 * Every URL the playbook links to is made here, so renaming a route is one change and the
 * link checker, the search index and the pages agree. Paths are base-relative and end in "/".
 */

export type PageCollection = 'modes' | 'businessTypes' | 'plays' | 'pages';

const PREFIX: Record<PageCollection, string> = {
  modes: 'strategies',
  businessTypes: 'business-types',
  plays: 'plays',
  pages: 'guides',
};

/** Folder of each page collection inside the content folder. */
export const COLLECTION_FOLDERS: Record<PageCollection, string> = {
  modes: 'modes',
  businessTypes: 'business-types',
  plays: 'plays',
  pages: 'pages',
};

export function pagePath(collection: PageCollection, id: string): string {
  return `/${PREFIX[collection]}/${id}/`;
}

/** Index page of a page collection, e.g. `/plays/`. */
export function indexPath(collection: PageCollection): string {
  return `/${PREFIX[collection]}/`;
}

/** The side-by-side comparison of all modes. */
export function comparePath(): string {
  return `/${PREFIX.modes}/compare/`;
}

/** The plays index filtered to one mode (a `:target` anchor, so it works without JavaScript). */
export function playsForModePath(modeId: string): string {
  return `${indexPath('plays')}#${playFilterId(modeId)}`;
}

/** Element id of the plays index's filter target for a mode. */
export function playFilterId(modeId: string): string {
  return `for-${modeId}`;
}

/** An example account's page (the accounts collection is added separately). */
export function accountPath(pseudonym: string): string {
  return `/accounts/${pseudonym}/`;
}

export function sourcePath(slug: string): string {
  return `/sources/${slug}/`;
}

/** `slug/short-id` → `/sources/slug/#short-id`. */
export function passagePath(passageId: string): string {
  const [slug, shortId] = passageId.split('/');
  return `${sourcePath(slug ?? '')}#${shortId ?? ''}`;
}

export function permalinkPath(id: string): string {
  return `/p/${id}/`;
}

/** Prefixes a site path with the deploy base (`/` or `/playbook/`). */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}
