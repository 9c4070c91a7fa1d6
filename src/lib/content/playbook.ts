/**
 * A playbook as read from its content folder: every collection's validated entries. The shape is
 * shared by the Node reader (`src/lib/node/content/read-playbook.ts`), the integrity check and the
 * scripts; types come from the registry's schemas. Pure: types only.
 */
import type { AccountRecord } from '../../schemas/account.ts';
import type { BusinessType } from '../../schemas/business-type.ts';
import type { Mode } from '../../schemas/mode.ts';
import type { Page } from '../../schemas/page.ts';
import type { Play } from '../../schemas/play.ts';
import type { Source } from '../../schemas/source.ts';
import type { InlineCitation } from './citations.ts';
import type { CollectionName, PageCollection } from './collections.ts';

/** One validated entry of a collection. */
export interface PlaybookEntry<D> {
  id: string;
  /** Display path of the file, for messages. */
  file: string;
  data: D;
  /** Inline `<Cite>` citations of the body, with lines relative to the file ([] for data files). */
  inline: InlineCitation[];
}

/** The data type of each collection. */
export interface CollectionData {
  sources: Source;
  modes: Mode;
  businessTypes: BusinessType;
  plays: Play;
  pages: Page;
  accounts: AccountRecord;
}

/** Every collection's entries. */
export type Playbook = { contentDir: string } & {
  [C in CollectionName]: PlaybookEntry<CollectionData[C]>[];
};

/** A governed page of any page collection, tagged with its collection. */
export type PlaybookPage = {
  [C in PageCollection]: PlaybookEntry<CollectionData[C]> & { collection: C };
}[PageCollection];

/** The pages of every page collection, tagged, in registry order. */
export function playbookPages(playbook: Pick<Playbook, PageCollection>): PlaybookPage[] {
  return [
    ...playbook.modes.map((e) => ({ ...e, collection: 'modes' as const })),
    ...playbook.businessTypes.map((e) => ({ ...e, collection: 'businessTypes' as const })),
    ...playbook.plays.map((e) => ({ ...e, collection: 'plays' as const })),
    ...playbook.pages.map((e) => ({ ...e, collection: 'pages' as const })),
  ];
}

/** An empty playbook, to fill collection by collection. */
export function emptyPlaybook(contentDir: string): Playbook {
  return { contentDir, sources: [], modes: [], businessTypes: [], plays: [], pages: [], accounts: [] };
}
