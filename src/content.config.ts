// Wiring only: which loader and which schema for each collection.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolveContentDir } from './lib/node/content/content-dir.ts';
import { COLLECTION_FOLDERS } from './lib/playbook/routes.ts';
import { sourcesLoader } from './loaders/sources.ts';
import { accountRecordSchema } from './schemas/account.ts';
import { businessTypeSchema } from './schemas/business-type.ts';
import { modeSchema } from './schemas/mode.ts';
import { pageSchema } from './schemas/page.ts';
import { playSchema } from './schemas/play.ts';
import { sourceSchema } from './schemas/source.ts';

const contentDir = resolveContentDir();
const pages = (folder: string) => glob({ pattern: '**/[^_]*.{md,mdx}', base: `${contentDir}/${folder}` });

export const collections = {
  sources: defineCollection({ loader: sourcesLoader({ contentDir }), schema: sourceSchema }),
  modes: defineCollection({ loader: pages(COLLECTION_FOLDERS.modes), schema: modeSchema }),
  businessTypes: defineCollection({
    loader: pages(COLLECTION_FOLDERS.businessTypes),
    schema: businessTypeSchema,
  }),
  plays: defineCollection({ loader: pages(COLLECTION_FOLDERS.plays), schema: playSchema }),
  pages: defineCollection({ loader: pages(COLLECTION_FOLDERS.pages), schema: pageSchema }),
  // Example accounts: anonymized records written by the account scripts; the file name is the pseudonym.
  accounts: defineCollection({
    loader: glob({ pattern: '*.json', base: `${contentDir}/accounts` }),
    schema: accountRecordSchema,
  }),
};
