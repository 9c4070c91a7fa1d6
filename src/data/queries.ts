/**
 * Collection queries shared by pages: thin wrappers over astro:content that hand plain data to
 * components. The logic they call (citations, routes) is pure and lives in src/lib.
 */
import { getCollection } from 'astro:content';
import { citedByIndex, inlineCitations } from '../lib/content/citations.ts';
import { type PageCollection, pagePath } from '../lib/playbook/routes.ts';
import type { Passage } from '../schemas/passage.ts';

export interface CitingPageRef {
  collection: PageCollection;
  id: string;
  title: string;
  path: string;
  cites: string[];
  inline: { id: string; line: number }[];
}

/** Every page of every page collection, with the passages it cites. */
export async function getCitingPages(): Promise<CitingPageRef[]> {
  const [modes, businessTypes, plays, pages] = await Promise.all([
    getCollection('modes'),
    getCollection('businessTypes'),
    getCollection('plays'),
    getCollection('pages'),
  ]);
  const toRef =
    (collection: PageCollection) =>
    (entry: { id: string; body?: string; data: { title: string; cites: string[] } }) => ({
      collection,
      id: entry.id,
      title: entry.data.title,
      path: pagePath(collection, entry.id),
      cites: entry.data.cites,
      inline: inlineCitations(entry.body ?? ''),
    });
  return [
    ...modes.map(toRef('modes')),
    ...businessTypes.map(toRef('businessTypes')),
    ...plays.map(toRef('plays')),
    ...pages.map(toRef('pages')),
  ];
}

/** passage id → pages citing it. */
export async function getCitedBy(): Promise<Map<string, CitingPageRef[]>> {
  return citedByIndex(await getCitingPages());
}

export interface PassageWithSource {
  passage: Passage;
  sourceTitle: string;
  /** The source's short title for inline citations (its title when it has none). */
  sourceShortTitle: string;
}

/** passage id → passage and the title of its source. */
export async function getPassageIndex(): Promise<Map<string, PassageWithSource>> {
  const sources = await getCollection('sources');
  const index = new Map<string, PassageWithSource>();
  for (const source of sources) {
    for (const passage of source.data.passages)
      index.set(passage.id, {
        passage,
        sourceTitle: source.data.title,
        sourceShortTitle: source.data.shortTitle ?? source.data.title,
      });
  }
  return index;
}
