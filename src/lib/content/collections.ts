/**
 * The one registry of the playbook's collections: for each, the folder inside the content folder,
 * the glob pattern of its files, how an entry's id is made, the schema of its data and the route
 * its pages live under. `src/content.config.ts` (Astro's loaders), the integrity check and every
 * script read `content/` through this table, so they can never disagree on which files exist,
 * what their ids are or what they must contain.
 */
import type { z } from 'astro/zod';
import { accountRecordSchema } from '../../schemas/account.ts';
import { businessTypeSchema } from '../../schemas/business-type.ts';
import { modeSchema } from '../../schemas/mode.ts';
import { pageSchema } from '../../schemas/page.ts';
import { playSchema } from '../../schemas/play.ts';
import { sourceFrontmatterSchema } from '../../schemas/source.ts';
import { slugify } from '../slug.ts';

/** Markdown or MDX files, at any depth; a file or folder starting with `_` is a draft and left out. */
const PAGE_PATTERN = ['**/[^_]*.{md,mdx}', '!**/_*/**'];

export interface CollectionSpec {
  /** Folder inside the content folder. */
  folder: string;
  /** Glob patterns relative to the folder (tinyglobby syntax, as Astro's glob loader uses). */
  pattern: string[];
  /** `markdown`: YAML frontmatter and a body; `json`: one JSON document. */
  format: 'markdown' | 'json';
  /** Schema of the frontmatter (or of the JSON document). */
  schema: z.ZodType;
  /** What one entry is called in messages. */
  label: string;
  /** First path segment of the entry's pages, for collections that have one page per entry. */
  route?: string;
}

export const COLLECTIONS = {
  sources: {
    folder: 'sources',
    pattern: ['**/[^_]*.{md,markdown}', '!**/_*/**'],
    format: 'markdown',
    schema: sourceFrontmatterSchema,
    label: 'source',
    route: 'sources',
  },
  modes: {
    folder: 'modes',
    pattern: PAGE_PATTERN,
    format: 'markdown',
    schema: modeSchema,
    label: 'mode',
    route: 'strategies',
  },
  businessTypes: {
    folder: 'business-types',
    pattern: PAGE_PATTERN,
    format: 'markdown',
    schema: businessTypeSchema,
    label: 'business type',
    route: 'business-types',
  },
  plays: {
    folder: 'plays',
    pattern: PAGE_PATTERN,
    format: 'markdown',
    schema: playSchema,
    label: 'play',
    route: 'plays',
  },
  pages: {
    folder: 'pages',
    pattern: PAGE_PATTERN,
    format: 'markdown',
    schema: pageSchema,
    label: 'guide',
    route: 'guides',
  },
  accounts: {
    folder: 'accounts',
    pattern: ['**/[^_]*.json', '!**/_*/**'],
    format: 'json',
    schema: accountRecordSchema,
    label: 'example account',
    route: 'accounts',
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The collections whose entries are governed playbook pages (owner, review date, citations). */
export const PAGE_COLLECTIONS = ['modes', 'businessTypes', 'plays', 'pages'] as const;
export type PageCollection = (typeof PAGE_COLLECTIONS)[number];

/** Every collection, in the order they are read and reported. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * An entry's id from its path relative to the collection folder: the file name without its
 * extension, in lowercase words joined by hyphens. Folders only organise files; they are not part
 * of the id, so `pages/extra/hidden.mdx` is the guide `hidden`, at `/guides/hidden/`, and two
 * files of the same name in different folders are a duplicate id.
 */
export function entryIdFromPath(relativePath: string): string {
  const name = relativePath.split(/[\\/]/).pop() ?? relativePath;
  return slugify(name.replace(/\.[^.]+$/, ''));
}
