/** Permanent short links (`/p/<id>/`) and old paths (`redirectFrom`) for every governed page. */
import { getCollection } from 'astro:content';
import { type PageCollection, pagePath } from '../lib/playbook/routes.ts';

export interface PermanentLink {
  /** The permanent id, or the old path for a redirect. */
  from: string;
  to: string;
  title: string;
}

export async function getGovernedPages() {
  const collections: PageCollection[] = ['modes', 'businessTypes', 'plays', 'pages'];
  const entries = await Promise.all(
    collections.map(async (collection) =>
      (await getCollection(collection)).map((entry) => ({ collection, entry })),
    ),
  );
  return entries.flat().map(({ collection, entry }) => ({
    permalink: entry.data.permalink ?? entry.id,
    redirectFrom: entry.data.redirectFrom,
    path: pagePath(collection, entry.id),
    title: entry.data.title,
  }));
}

export async function getPermalinks(): Promise<PermanentLink[]> {
  return (await getGovernedPages()).map((page) => ({
    from: page.permalink,
    to: page.path,
    title: page.title,
  }));
}

export async function getRedirects(): Promise<PermanentLink[]> {
  return (await getGovernedPages()).flatMap((page) =>
    page.redirectFrom.map((from) => ({ from, to: page.path, title: page.title })),
  );
}
