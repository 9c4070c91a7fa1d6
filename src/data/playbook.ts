/**
 * The one data module: every collection query of the site goes through `getPlaybook()`, which
 * reads each collection once, sorts it once and builds the shared indexes once per build
 * (passages by id, cited-by, permanent links, groupings by mode and business type). Pages and
 * components look things up here; none scans the whole site. The logic is pure and lives in
 * src/lib; this file only adapts astro:content to it.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import {
  type ModeRule,
  modeRules,
  type ReplyShareBand,
  replyShareBands,
} from '../lib/accounts/mode-rules.ts';
import type { ChooserBusinessType } from '../lib/playbook/chooser.ts';
import { current, sortByTitle, sortModes, titlesById } from '../lib/playbook/entry-lists.ts';
import { type ExampleAccount, groupExampleAccounts } from '../lib/playbook/example-accounts.ts';
import { buildSiteIndex, type SiteIndex } from '../lib/playbook/site-index.ts';
import { type SearchEntry, searchEntries } from '../lib/search/entries.ts';
import type { AccountRecord } from '../schemas/account.ts';

export type { CitingPageRef, PassageWithSource, PermanentLink } from '../lib/playbook/site-index.ts';

export type ModeEntry = CollectionEntry<'modes'>;
export type BusinessTypeEntry = CollectionEntry<'businessTypes'>;
export type PlayEntry = CollectionEntry<'plays'>;
export type GuideEntry = CollectionEntry<'pages'>;
export type SourceEntry = CollectionEntry<'sources'>;

export interface PlaybookData extends SiteIndex {
  /** Modes in their stated order. */
  modes: ModeEntry[];
  /** Business types by title, withdrawn ones included. */
  businessTypes: BusinessTypeEntry[];
  /** Plays and anti-patterns by title, withdrawn ones included. */
  plays: PlayEntry[];
  /** Guides in their stated order. */
  guides: GuideEntry[];
  /** Sources by title. */
  sources: SourceEntry[];
  /** Example accounts by label. */
  accounts: AccountRecord[];
  playsById: Map<string, PlayEntry>;
  businessTypesById: Map<string, BusinessTypeEntry>;
  modeTitles: Map<string, string>;
  businessTypeTitles: Map<string, string>;
  /** Live business types grouped by the mode they recommend. */
  businessTypesByMode: Map<string, BusinessTypeEntry[]>;
  /** Live plays and anti-patterns grouped by each mode they serve. */
  playsByMode: Map<string, PlayEntry[]>;
  exampleAccounts: Map<string, ExampleAccount[]>;
  /** Live business types as the chooser scores them. */
  chooserBusinessTypes: ChooserBusinessType[];
  /** Every page search can return, with its facets; and the same by site path. */
  searchEntries: SearchEntry[];
  searchByPath: Map<string, SearchEntry>;
  /** The modes' account rules and the reply-share bands they make. */
  modeRules: ModeRule[];
  replyShareBands: ReplyShareBand[];
}

let cached: Promise<PlaybookData> | undefined;

/** The whole playbook, read and indexed once per build (afresh on every request in dev, where content changes). */
export function getPlaybook(): Promise<PlaybookData> {
  if (import.meta.env.DEV) return loadPlaybook();
  cached ??= loadPlaybook();
  return cached;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

async function loadPlaybook(): Promise<PlaybookData> {
  const [sources, modes, businessTypes, plays, guides, accounts] = await Promise.all([
    getCollection('sources'),
    getCollection('modes'),
    getCollection('businessTypes'),
    getCollection('plays'),
    getCollection('pages'),
    getCollection('accounts'),
  ]);
  const sortedModes = sortModes(modes);
  const index = buildSiteIndex(sources, [
    ...modes.map((entry) => ({ ...entry, collection: 'modes' as const })),
    ...businessTypes.map((entry) => ({ ...entry, collection: 'businessTypes' as const })),
    ...plays.map((entry) => ({ ...entry, collection: 'plays' as const })),
    ...guides.map((entry) => ({ ...entry, collection: 'pages' as const })),
  ]);
  const sortedBusinessTypes = sortByTitle(businessTypes);
  const sortedPlays = sortByTitle(plays);
  const rules = modeRules(sortedModes);
  const sortedAccounts = accounts.map((entry) => entry.data).sort((a, b) => a.label.localeCompare(b.label));
  const sortedSources = sortByTitle(sources);
  const sortedGuides = [...guides].sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
  const search = searchEntries({
    modes: sortedModes,
    businessTypes: sortedBusinessTypes,
    plays: sortedPlays,
    guides: sortedGuides,
    sources: sortedSources,
    accounts: sortedAccounts,
  });
  return {
    ...index,
    modes: sortedModes,
    businessTypes: sortedBusinessTypes,
    plays: sortedPlays,
    guides: sortedGuides,
    sources: sortedSources,
    accounts: sortedAccounts,
    searchEntries: search,
    searchByPath: new Map(search.map((entry) => [entry.path, entry])),
    playsById: new Map(sortedPlays.map((play) => [play.id, play])),
    businessTypesById: new Map(sortedBusinessTypes.map((type) => [type.id, type])),
    modeTitles: titlesById(sortedModes),
    businessTypeTitles: titlesById(sortedBusinessTypes),
    businessTypesByMode: groupBy(current(sortedBusinessTypes), (type) => [type.data.mode]),
    playsByMode: groupBy(current(sortedPlays), (play) => play.data.modes),
    exampleAccounts: groupExampleAccounts(accounts),
    chooserBusinessTypes: current(sortedBusinessTypes).map((type) => ({ id: type.id, ...type.data })),
    modeRules: rules,
    replyShareBands: rules.length > 0 ? replyShareBands(rules) : [],
  };
}
