// Wiring only: every collection's folder, files, ids and schema come from the one registry
// (src/lib/content/collections.ts), which the integrity check and the scripts read too.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName, entryIdFromPath } from './lib/content/collections.ts';
import { resolveContentDir } from './lib/node/content/content-dir.ts';
import { sourcesLoader } from './loaders/sources.ts';
import { sourceSchema } from './schemas/source.ts';

const contentDir = resolveContentDir();

/** Astro's glob loader over a registry collection's folder and patterns, with the registry's ids. */
const registryFiles = (name: Exclude<CollectionName, 'sources'>) =>
  glob({
    pattern: [...COLLECTIONS[name].pattern],
    base: `${contentDir}/${COLLECTIONS[name].folder}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });

export const collections = {
  // Sources are split into passages by their own loader, over the same files.
  sources: defineCollection({ loader: sourcesLoader({ contentDir }), schema: sourceSchema }),
  modes: defineCollection({ loader: registryFiles('modes'), schema: COLLECTIONS.modes.schema }),
  businessTypes: defineCollection({
    loader: registryFiles('businessTypes'),
    schema: COLLECTIONS.businessTypes.schema,
  }),
  plays: defineCollection({ loader: registryFiles('plays'), schema: COLLECTIONS.plays.schema }),
  pages: defineCollection({ loader: registryFiles('pages'), schema: COLLECTIONS.pages.schema }),
  accounts: defineCollection({ loader: registryFiles('accounts'), schema: COLLECTIONS.accounts.schema }),
};
