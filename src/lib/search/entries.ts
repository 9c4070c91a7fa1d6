/**
 * Every page search can return, with its facets, made once per build from the playbook's
 * entries: the layout marks exactly these pages for Pagefind (so list pages, the home page,
 * chooser steps and withdrawn pages are never results), and the no-JavaScript search index
 * lists the same pages. Pure.
 */
import type { AccountRecord } from '../../schemas/account.ts';
import { COLLECTIONS } from '../content/collections.ts';
import { accountPath, comparePath, pagefindPath, pagePath, sourcePath } from '../playbook/routes.ts';
import { type FacetName, KIND_LABELS, type SearchFacets, type SearchKind } from './facets.ts';

export interface SearchEntry {
  path: string;
  title: string;
  summary: string;
  facets: SearchFacets;
}

/** The fields of each collection that search needs. */
export interface SearchSourceData {
  modes: readonly { id: string; data: { title: string; summary: string } }[];
  businessTypes: readonly {
    id: string;
    data: { title: string; summary: string; mode: string; withdrawn?: unknown };
  }[];
  plays: readonly {
    id: string;
    data: {
      title: string;
      summary: string;
      kind: 'play' | 'anti-pattern';
      modes: string[];
      businessTypes: string[];
      withdrawn?: unknown;
    };
  }[];
  guides: readonly { id: string; data: { title: string; summary: string; withdrawn?: unknown } }[];
  sources: readonly {
    id: string;
    data: { title: string; summary: string; businessTypes?: string[] | undefined };
  }[];
  accounts: readonly AccountRecord[];
}

/** Example accounts are evidence, not guidance: their words count for less in the ranking. */
export const ACCOUNT_WEIGHT = 0.3;

export function searchEntries(data: SearchSourceData): SearchEntry[] {
  const live = <T extends { data: { withdrawn?: unknown } }>(entries: readonly T[]) =>
    entries.filter((entry) => !entry.data.withdrawn);
  return [
    ...data.modes.map((mode) => ({
      path: pagePath('modes', mode.id),
      title: mode.data.title,
      summary: mode.data.summary,
      facets: { kind: 'mode' as const, modes: [mode.id] },
    })),
    ...(data.modes.length > 0
      ? [
          {
            path: comparePath(),
            title: 'Compare the modes',
            summary: 'The modes side by side: when each fits and fails, the time it takes, what to measure.',
            facets: { kind: 'mode' as const, modes: data.modes.map((mode) => mode.id) },
          },
        ]
      : []),
    ...live(data.businessTypes).map((type) => ({
      path: pagePath('businessTypes', type.id),
      title: type.data.title,
      summary: type.data.summary,
      facets: { kind: 'business-type' as const, modes: [type.data.mode], businessTypes: [type.id] },
    })),
    ...live(data.plays).map((play) => ({
      path: pagePath('plays', play.id),
      title: play.data.title,
      summary: play.data.summary,
      facets: { kind: play.data.kind, modes: play.data.modes, businessTypes: play.data.businessTypes },
    })),
    ...live(data.guides).map((guide) => ({
      path: pagePath('pages', guide.id),
      title: guide.data.title,
      summary: guide.data.summary,
      facets: { kind: 'guide' as const },
    })),
    ...data.sources.map((source) => ({
      path: sourcePath(source.id),
      title: source.data.title,
      summary: source.data.summary,
      facets: { kind: 'source' as const, businessTypes: source.data.businessTypes ?? [] },
    })),
    ...data.accounts.map((account) => ({
      path: accountPath(account.pseudonym),
      title: account.label,
      summary: `Behaves as ${account.classification.mode}; its business type calls for ${account.audit.recommendedMode}.`,
      facets: {
        kind: 'account' as const,
        modes: [...new Set([account.classification.mode, account.audit.recommendedMode])],
        businessTypes: [account.businessType],
        weight: ACCOUNT_WEIGHT,
      },
    })),
  ];
}

/** The kinds in their display order, each with its entries. */
export function entriesByKind(
  entries: readonly SearchEntry[],
): { kind: SearchKind; label: string; entries: SearchEntry[] }[] {
  return (Object.keys(KIND_LABELS) as SearchKind[])
    .map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
      entries: entries.filter((e) => e.facets.kind === kind),
    }))
    .filter((group) => group.entries.length > 0);
}

/**
 * The entries under each value of a facet (a mode's or business type's id, a kind), in one pass
 * over the entries: looking each value up with a scan of its own grew with values × entries.
 */
export function entriesByFacetValue(
  entries: readonly SearchEntry[],
  facet: FacetName,
): Map<string, SearchEntry[]> {
  const byValue = new Map<string, SearchEntry[]>();
  const add = (value: string, entry: SearchEntry) => {
    const list = byValue.get(value);
    if (list) list.push(entry);
    else byValue.set(value, [entry]);
  };
  for (const entry of entries) {
    if (facet === 'kind') add(entry.facets.kind, entry);
    else
      for (const value of new Set(facet === 'mode' ? entry.facets.modes : entry.facets.businessTypes))
        add(value, entry);
  }
  return byValue;
}

/**
 * The folders of the built site that hold every page `searchEntries` lists (each entry's path
 * starts with one of them): Pagefind reads only these, not the chooser, short link, slide and
 * list pages around them, none of which it would index.
 */
export function searchableFolders(): string[] {
  return [
    COLLECTIONS.modes,
    COLLECTIONS.businessTypes,
    COLLECTIONS.plays,
    COLLECTIONS.pages,
    COLLECTIONS.sources,
    COLLECTIONS.accounts,
  ].map((collection) => collection.route);
}

/** The folder of the built site that Pagefind writes its index into (`pagefindPath()` without slashes). */
export const SEARCH_INDEX_FOLDER = pagefindPath().replace(/^\/+|\/+$/g, '');

/** The glob, relative to the built site, of the pages Pagefind reads. */
export function searchIndexGlob(): string {
  return `{${searchableFolders().join(',')}}/**/*.html`;
}
