/**
 * The one reader of a content folder outside Astro: the integrity check, the sources loader and
 * every script go through `readPlaybook`. It lists files with the same glob patterns and library
 * as Astro's glob loader (the registry, `src/lib/content/collections.ts`), makes ids the same way
 * and validates with the same schemas, so what a script sees is what the site builds. Problems
 * are collected, not thrown, so a person sees all of them at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { type InlineCitation, inlineCitations } from '../../content/citations.ts';
import { COLLECTIONS, type CollectionName, entryIdFromPath } from '../../content/collections.ts';
import { splitFrontmatter } from '../../content/frontmatter.ts';
import { emptyPlaybook, type Playbook, type PlaybookEntry } from '../../content/playbook.ts';
import { type ParsedSource, parseSource } from '../../content/sources.ts';
import { PlaybookError, type Problem, zodProblems } from '../../errors.ts';
import { displayPath } from '../files/display-path.ts';
import { readUtf8 } from '../files/read-text.ts';

export interface ReadResult {
  playbook: Playbook;
  problems: Problem[];
}

/** The files of a collection, relative to its folder, in a stable order. */
export function collectionFiles(contentDir: string, collection: CollectionName): string[] {
  const folder = path.join(contentDir, COLLECTIONS[collection].folder);
  if (!fs.existsSync(folder)) return [];
  return globSync([...COLLECTIONS[collection].pattern], { cwd: folder, expandDirectories: false }).sort();
}

/**
 * Reads the collections asked for (all by default). A missing folder is an empty collection:
 * a playbook may have no accounts or no plays yet.
 */
export function readPlaybook(
  contentDir: string,
  only: readonly CollectionName[] = Object.keys(COLLECTIONS) as CollectionName[],
): ReadResult {
  const problems: Problem[] = [];
  const playbook = emptyPlaybook(contentDir);
  for (const collection of only) {
    const seen = new Map<string, string>();
    for (const { absolute, file, id } of collectionEntries(contentDir, collection)) {
      const twin = seen.get(id);
      if (twin) {
        problems.push({
          file,
          field: '(file name)',
          message: `gives the ${COLLECTIONS[collection].label} id "${id}", which ${twin} already has.`,
          fix: 'rename one of the two files: folders only organise files, the id is the file name.',
        });
        continue;
      }
      seen.set(id, file);
      try {
        const entry = readEntry(collection, absolute, file, id, problems);
        if (entry) (playbook[collection] as PlaybookEntry<unknown>[]).push(entry);
      } catch (error) {
        if (!(error instanceof PlaybookError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  return { playbook, problems };
}

/** Like `readPlaybook`, but any problem is thrown as one PlaybookError: for scripts. */
export function readPlaybookOrThrow(contentDir: string, only?: readonly CollectionName[]): Playbook {
  const { playbook, problems } = readPlaybook(contentDir, only);
  if (problems.length > 0) {
    throw new PlaybookError(
      problems,
      `The playbook in ${displayPath(contentDir)} has ${problems.length} problem(s)`,
    );
  }
  return playbook;
}

/**
 * Sources parsed in this process, by file: splitting a source into passages and scoring each
 * passage's signals is the costliest part of reading, and a build reads every source twice (the
 * integrity check, then the sources loader). The two load this module separately (Astro runs the
 * loader through Vite), so the cache lives on globalThis; an entry is reused only for the same
 * text, so an edited file is parsed again.
 */
const PARSED_SOURCES = Symbol.for('x-playbook.parsed-sources');
type ParsedSources = Map<string, { text: string; parsed: ParsedSource }>;

function parsedSources(): ParsedSources {
  const store = globalThis as { [PARSED_SOURCES]?: ParsedSources };
  store[PARSED_SOURCES] ??= new Map();
  return store[PARSED_SOURCES];
}

const cacheKey = (file: string, id: string) => `${file}\u0000${id}`;

/** Keeps a source parsed elsewhere (another thread: parse-sources-in-parallel.ts) for `readPlaybook`. */
export function rememberParsedSource(file: string, id: string, text: string, parsed: ParsedSource): void {
  parsedSources().set(cacheKey(file, id), { text, parsed });
}

export function parseSourceOnce(text: string, file: string, id: string): ParsedSource {
  const cache = parsedSources();
  const key = cacheKey(file, id);
  const hit = cache.get(key);
  if (hit?.text === text) return hit.parsed;
  const parsed = parseSource(text, file, id);
  cache.set(key, { text, parsed });
  return parsed;
}

/** A file of a collection as `readPlaybook` names it: its path, its name in messages, its id. */
export interface CollectionFile {
  absolute: string;
  file: string;
  id: string;
}

export function collectionEntries(contentDir: string, collection: CollectionName): CollectionFile[] {
  const folder = path.join(contentDir, COLLECTIONS[collection].folder);
  return collectionFiles(contentDir, collection).map((relative) => ({
    absolute: path.join(folder, relative),
    file: displayPath(path.join(folder, relative)),
    id: entryIdFromPath(relative),
  }));
}

function readEntry(
  collection: CollectionName,
  absolute: string,
  file: string,
  id: string,
  problems: Problem[],
): PlaybookEntry<unknown> | undefined {
  const text = readUtf8(absolute, file);
  if (collection === 'sources') {
    const parsed = parseSourceOnce(text, file, id);
    problems.push(...parsed.problems);
    return parsed.source ? { id, file, data: parsed.source, inline: [] } : undefined;
  }
  const spec = COLLECTIONS[collection];
  if (spec.format === 'json') {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        message: `is not valid JSON (${(error as Error).message}).`,
        fix: 'rerun the command that wrote it, or correct the JSON syntax.',
      });
      return undefined;
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      return undefined;
    }
    return { id, file, data: parsed.data, inline: [] };
  }
  const { data, body, bodyLine } = splitFrontmatter(text, file);
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error));
    return undefined;
  }
  const inline = inlineCitations(body).map((c) => ({ ...c, line: c.line + bodyLine - 1 }));
  problems.push(...bodyFormProblems(file, absolute.endsWith('.mdx') ? 'mdx' : 'md', body, bodyLine, inline));
  return { id, file, data: parsed.data, inline };
}

/**
 * A citation or page link written in the other format's way would show as raw text (or an unknown
 * element) on the page: Markdown cites `[@id]` and links `[text](/path/)`; MDX uses `<Cite>` and
 * `<PageLink>`.
 */
function bodyFormProblems(
  file: string,
  format: 'md' | 'mdx',
  body: string,
  bodyLine: number,
  inline: readonly InlineCitation[],
): Problem[] {
  const problems: Problem[] = [];
  for (const cite of inline) {
    if (format === 'md' && cite.form === 'tag')
      problems.push({
        file,
        line: cite.line,
        field: `<Cite id="${cite.id}">`,
        message: 'is an MDX component in a Markdown (.md) file, where it would not render.',
        fix: `write [@${cite.id}] instead (or rename the file to .mdx).`,
      });
    if (format === 'mdx' && cite.form === 'markdown')
      problems.push({
        file,
        line: cite.line,
        field: `[@${cite.id}]`,
        message: 'is a Markdown citation in an MDX file, where it would show as text.',
        fix: `write <Cite id="${cite.id}" /> instead (or rename the file to .md).`,
      });
  }
  if (format === 'md') {
    for (const match of body.matchAll(/<PageLink\b[^>]*?\bto=["']([^"']*)["']/g))
      problems.push({
        file,
        line: body.slice(0, match.index).split('\n').length + bodyLine - 1,
        field: '<PageLink>',
        message: 'is an MDX component in a Markdown (.md) file, where it would not render.',
        fix: `write a Markdown link, [the words](${match[1]}), instead: the build adds the base path and checks the page exists.`,
      });
  }
  return problems;
}
