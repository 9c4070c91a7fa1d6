/**
 * The indexes the pages share, each built once per build from all the content: passages by id
 * (for citations), who cites each passage (for source pages), and the permanent links and
 * redirects. No page scans the whole site; it looks up here. Pure: it takes plain entries.
 */
import type { Passage } from '../../schemas/passage.ts';
import type { Source } from '../../schemas/source.ts';
import { citedByIndex, type InlineCitation, inlineCitations } from '../content/citations.ts';
import type { PageCollection } from '../content/collections.ts';
import { sourcePermalink } from '../content/permalinks.ts';
import type { LinkRef } from './entry-lists.ts';
import { pagePath, sourcePath } from './routes.ts';

/** A governed page as the indexes need it. */
export interface IndexedPage {
  collection: PageCollection;
  id: string;
  body?: string | undefined;
  data: { title: string; cites: string[]; permalink?: string | undefined; redirectFrom: string[] };
}

/** A page that cites passages, for "cited by" lists. */
export interface CitingPageRef {
  collection: PageCollection;
  id: string;
  title: string;
  path: string;
  cites: string[];
  inline: InlineCitation[];
}

export interface PassageWithSource {
  passage: Passage;
  sourceTitle: string;
  /** The source's short title for inline citations (its title when it has none). */
  sourceShortTitle: string;
}

/** A permanent short link (`/p/<id>/`) or an old path, and where it leads. */
export interface PermanentLink {
  /** The permanent id, or the old path for a redirect. */
  from: string;
  to: string;
  title: string;
}

export interface SiteIndex {
  passages: Map<string, PassageWithSource>;
  /** Business type id → links to the sources that concern it. */
  sourcesByBusinessType: Map<string, LinkRef[]>;
  citedBy: Map<string, CitingPageRef[]>;
  /** Every page's permanent short id, and the page it leads to. */
  permalinks: PermanentLink[];
  /** Site path of a page → its permanent short id. */
  permalinkByPath: Map<string, string>;
  redirects: PermanentLink[];
}

/** passage id → passage and the titles of its source. */
export function passageIndex(sources: readonly { data: Source }[]): Map<string, PassageWithSource> {
  const index = new Map<string, PassageWithSource>();
  for (const { data: source } of sources) {
    for (const passage of source.passages) {
      index.set(passage.id, {
        passage,
        sourceTitle: source.title,
        sourceShortTitle: source.shortTitle ?? source.title,
      });
    }
  }
  return index;
}

/**
 * Business type id → the sources that concern it (their `businessTypes`), by title: the business
 * type page links to them, as each source page links back to its business types.
 */
export function sourcesByBusinessType(sources: readonly { data: Source }[]): Map<string, LinkRef[]> {
  const index = new Map<string, LinkRef[]>();
  const byTitle = [...sources].sort((a, b) => a.data.title.localeCompare(b.data.title));
  for (const { data: source } of byTitle) {
    for (const id of source.businessTypes) {
      const link = { label: source.title, path: sourcePath(source.slug) };
      const list = index.get(id);
      if (list) list.push(link);
      else index.set(id, [link]);
    }
  }
  return index;
}

/**
 * Every page's permanent short link and the page it leads to: a page's `permalink`, else its id;
 * a source's `permalink`, else its slug (cut to length if need be). Read by the pages (short
 * links shown, QR codes) and by the build step that writes `/p/<id>/` (src/integrations/short-links.ts).
 */
export function permanentLinks(
  sources: readonly { data: Pick<Source, 'slug' | 'title' | 'permalink'> }[],
  pages: readonly {
    collection: PageCollection;
    id: string;
    data: { title: string; permalink?: string | undefined };
  }[],
): PermanentLink[] {
  return [
    ...pages.map((page) => ({
      from: page.data.permalink ?? page.id,
      to: pagePath(page.collection, page.id),
      title: page.data.title,
    })),
    ...sources.map((source) => ({
      from: sourcePermalink(source.data.slug, source.data.permalink),
      to: sourcePath(source.data.slug),
      title: source.data.title,
    })),
  ];
}

export function buildSiteIndex(
  sources: readonly { data: Source }[],
  pages: readonly IndexedPage[],
): SiteIndex {
  const citing: CitingPageRef[] = pages.map((page) => ({
    collection: page.collection,
    id: page.id,
    title: page.data.title,
    path: pagePath(page.collection, page.id),
    cites: page.data.cites,
    inline: inlineCitations(page.body ?? ''),
  }));
  const permalinks = permanentLinks(sources, pages);
  return {
    passages: passageIndex(sources),
    sourcesByBusinessType: sourcesByBusinessType(sources),
    citedBy: citedByIndex(citing),
    permalinks,
    permalinkByPath: new Map(permalinks.map((link) => [link.to, link.from])),
    redirects: pages.flatMap((page) =>
      page.data.redirectFrom.map((from) => ({
        from,
        to: pagePath(page.collection, page.id),
        title: page.data.title,
      })),
    ),
  };
}
