/**
 * Reads a playbook's content folder: sources (split into passages) and the page collections.
 * This is the filesystem half; the parsing and checks it calls are pure (src/lib).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { Source } from '../../../schemas/source.ts';
import { type CitingPage, inlineCitations } from '../../content/citations.ts';
import { PAGE_COLLECTIONS, PAGE_SCHEMAS } from '../../content/collections.ts';
import { splitFrontmatter } from '../../content/frontmatter.ts';
import { parseSource, sourceSlugFromFile } from '../../content/sources.ts';
import { PlaybookError, type Problem, zodProblems } from '../../errors.ts';
import { COLLECTION_FOLDERS, type PageCollection, pagePath } from '../../playbook/routes.ts';
import { readUtf8 } from '../files/read-text.ts';

export interface LoadedSources {
  sources: Source[];
  problems: Problem[];
}

/** Paths in messages: relative to the project when inside it, absolute otherwise. */
export const displayPath = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};
const display = displayPath;

function listFiles(folder: string, extensions: RegExp): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        extensions.test(entry.name) &&
        !entry.name.startsWith('_') &&
        !entry.name.startsWith('.'),
    )
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/** Reads every `sources/*.md` file; problems are collected, not thrown, so all are reported at once. */
export function loadSources(contentDir: string): LoadedSources {
  const sources: Source[] = [];
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  for (const file of listFiles(path.join(contentDir, 'sources'), /\.(md|markdown)$/i)) {
    const shown = display(file);
    const slug = sourceSlugFromFile(path.basename(file));
    const twin = bySlug.get(slug);
    if (twin) {
      problems.push({
        file: shown,
        field: slug,
        message: `has the same source slug as ${twin}.`,
        fix: 'rename one of the files.',
      });
      continue;
    }
    bySlug.set(slug, shown);
    try {
      const parsed = parseSource(readUtf8(file, shown), shown, slug);
      problems.push(...parsed.problems);
      if (parsed.source) sources.push(parsed.source);
    } catch (error) {
      if (!(error instanceof PlaybookError)) throw error;
      problems.push(...error.problems);
    }
  }
  return { sources, problems };
}

export interface LoadedPage extends CitingPage {
  collection: PageCollection;
  id: string;
  data: Record<string, unknown>;
}

/** Reads and validates every page collection's frontmatter and finds its citations. */
export function loadPages(contentDir: string): { pages: LoadedPage[]; problems: Problem[] } {
  const pages: LoadedPage[] = [];
  const problems: Problem[] = [];
  for (const collection of PAGE_COLLECTIONS) {
    const seen = new Map<string, string>();
    for (const file of listFiles(path.join(contentDir, COLLECTION_FOLDERS[collection]), /\.(md|mdx)$/i)) {
      const shown = display(file);
      const id = path.basename(file).replace(/\.(md|mdx)$/i, '');
      const twin = seen.get(id);
      if (twin) {
        problems.push({
          file: shown,
          field: id,
          message: `has the same page id as ${twin}.`,
          fix: 'rename or remove one of them.',
        });
        continue;
      }
      seen.set(id, shown);
      try {
        const { data, body, bodyLine } = splitFrontmatter(readUtf8(file, shown), shown);
        const parsed = (PAGE_SCHEMAS[collection] as z.ZodType<Record<string, unknown>>).safeParse(data);
        if (!parsed.success) {
          problems.push(...zodProblems(shown, parsed.error));
          continue;
        }
        pages.push({
          collection,
          id,
          file: shown,
          title: String(parsed.data.title ?? id),
          path: pagePath(collection, id),
          data: parsed.data,
          cites: (parsed.data.cites as string[] | undefined) ?? [],
          inline: inlineCitations(body).map((c) => ({ ...c, line: c.line + bodyLine - 1 })),
        });
      } catch (error) {
        if (!(error instanceof PlaybookError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  return { pages, problems };
}
