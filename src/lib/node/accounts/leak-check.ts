/**
 * The last line of the anonymization: after a build, look in the output for any handle, name,
 * user id, post id or URL that appears in the raw data (the fetch caches and archive identifier
 * lists under `data/raw/`, plus the demo accounts' identifiers, committed in
 * src/lib/accounts/demo/raw-identifiers.json so the check works on a fresh clone without running
 * the generator).
 *
 * It looks only where an identifier could leak, and only for whole tokens
 * (src/lib/accounts/leak-scan.ts says exactly how): the text and attribute values of every HTML,
 * XML and SVG file, the strings of every JSON file, and the Pagefind fragments, which hold the
 * text the search index serves (gzipped JSON). Never CSS or JavaScript: those are built from
 * src/ and Pagefind's package, the site's own fixed text, not data. Pagefind's word index,
 * filters and metadata (`.pf_index`, `.pf_filter`, `.pf_meta`: binary) are made from the
 * fragments' text and the pages' `data-pagefind-*` attributes, both of which are scanned.
 *
 * Ordinary words among the handles (a mentioned @page, @media, @home, @support) are matched only
 * as @handle or in a profile URL, and single-word names only when they are no dictionary word:
 * the dictionary is the `word-list` package's 274,000 English words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import wordListPath from 'word-list';
import demoIdentifiers from '../../accounts/demo/raw-identifiers.json' with { type: 'json' };
import {
  compileLeakMatcher,
  type LeakKind,
  type LeakMatcher,
  type LeakPlace,
  type LeakReport,
  scanHtml,
  scanJson,
  scanSegment,
} from '../../accounts/leak-scan.ts';
import { collectFromJson, emptyIdentifiers, type RawIdentifiers } from '../../accounts/raw-identifiers.ts';
import { SEARCH_INDEX_FOLDER } from '../../search/entries.ts';

/** An identifier from the raw data found in a built file. */
export interface Leak {
  file: string;
  kind: LeakKind;
  /** Where in the file: its text, an attribute value, the search index or data (JSON). */
  place: LeakPlace;
  /** The identifier, masked so the report itself does not spread it. */
  masked: string;
}

function walkFiles(dir: string, out: string[] = [], skip?: string): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full === skip) continue;
    if (entry.isDirectory()) walkFiles(full, out, skip);
    else out.push(full);
  }
  return out;
}

/**
 * Which files of the output to scan: all of them; the site without the search index (while
 * Pagefind still writes it); or the search index alone (once it is written).
 */
export type OutputPart = 'all' | 'site' | 'search index';

/** The files of `part` of `distDir`, in a stable order. */
export function outputFiles(distDir: string, part: OutputPart = 'all'): string[] {
  const index = path.join(distDir, SEARCH_INDEX_FOLDER);
  if (part === 'search index') return walkFiles(index);
  return walkFiles(distDir, [], part === 'site' ? index : undefined);
}

/** Identifiers in every JSON file under `rawDir`, plus (by default) the demo accounts'. */
export function collectIdentifiers(rawDir: string, options: { includeDemo?: boolean } = {}): RawIdentifiers {
  const ids = emptyIdentifiers();
  for (const file of walkFiles(rawDir)) {
    if (!file.endsWith('.json')) continue;
    try {
      collectFromJson(JSON.parse(fs.readFileSync(file, 'utf8')), ids);
    } catch {
      // A half-written temp file is not raw data.
    }
  }
  if (options.includeDemo ?? true) collectFromJson(demoIdentifiers, ids);
  return ids;
}

let dictionary: Set<string> | null = null;
/** Whether a lower-case word is an ordinary English word (the word-list package, read once). */
export function isDictionaryWord(word: string): boolean {
  dictionary ??= new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
  return dictionary.has(word);
}

/** The identifiers compiled for scanning, with the dictionary deciding which are ordinary words. */
export function leakMatcher(ids: RawIdentifiers): LeakMatcher {
  return compileLeakMatcher(ids, isDictionaryWord);
}

/** How each kind of built file is read: as markup, as JSON, as a Pagefind fragment, as text, or not at all. */
type FileKind = 'markup' | 'json' | 'fragment' | 'text' | 'skip';
function fileKind(file: string): FileKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xml' || ext === '.svg') return 'markup';
  if (ext === '.json' || ext === '.webmanifest') return 'json';
  if (ext === '.pf_fragment') return 'fragment';
  if (ext === '.txt' || ext === '.md' || ext === '.csv') return 'text';
  return 'skip';
}

/** Pagefind's files start with this marker, after gunzip, before their content. */
const PAGEFIND_MARKER = 'pagefind_dcd';

/** Scans one built file; `report` gets every identifier found. */
export function scanFile(file: string, m: LeakMatcher, report: LeakReport): void {
  const kind = fileKind(file);
  if (kind === 'skip') return;
  let bytes = fs.readFileSync(file);
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  let text = bytes.toString('utf8');
  if (kind === 'markup') {
    scanHtml(text, m, report);
    return;
  }
  if (kind === 'text') {
    scanSegment(text, 0, text.length, m, 'text', report);
    return;
  }
  if (kind === 'fragment' && text.startsWith(PAGEFIND_MARKER)) text = text.slice(PAGEFIND_MARKER.length);
  const place: LeakPlace = kind === 'fragment' ? 'search index' : 'data';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON after all: every character of it is data, so read it as text.
    scanSegment(text, 0, text.length, m, place, report);
    return;
  }
  scanJson(value, m, place, report);
}

const mask = (value: string) =>
  value.length <= 4 ? '****' : `${value.slice(0, 2)}…${value.slice(-1)} (${value.length} chars)`;

/** Leaks in one text, as a page or fragment would hold it (for tests and one-off checks). */
export function scanText(
  text: string,
  ids: RawIdentifiers,
  file: string,
  options: { as?: 'markup' | 'text' } = {},
): Leak[] {
  const m = leakMatcher(ids);
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  const report: LeakReport = (kind, value, place) => {
    const key = `${kind}:${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    leaks.push({ file, kind, place, masked: mask(value) });
  };
  if ((options.as ?? 'markup') === 'markup') scanHtml(text, m, report);
  else scanSegment(text, 0, text.length, m, 'text', report);
  return leaks;
}

/** Leaks in `files` (absolute paths under `distDir`), once per file and identifier, in their order. */
export function scanFiles(files: readonly string[], distDir: string, m: LeakMatcher): Leak[] {
  const leaks: Leak[] = [];
  for (const file of files) {
    const shown = path.relative(distDir, file);
    const seen = new Set<string>();
    scanFile(file, m, (kind, value, place) => {
      const key = `${kind}:${value}`;
      if (seen.has(key)) return;
      seen.add(key);
      leaks.push({ file: shown, kind, place, masked: mask(value) });
    });
  }
  return leaks;
}

/**
 * Every identifier from `rawDir` (and the demo accounts) found in `distDir`, once per file and
 * identifier. An empty list means the build is clean. Call it after `astro build` and Pagefind,
 * and fail the build on any result.
 */
export function findLeaks(distDir: string, rawDir: string, options: { includeDemo?: boolean } = {}): Leak[] {
  return scanFiles(walkFiles(distDir), distDir, leakMatcher(collectIdentifiers(rawDir, options)));
}

/** Fewer files than this are scanned on one thread (a small site, or the search index of one). */
export const IN_PARALLEL_FROM_FILES = 500;

/** What src/lib/node/accounts/leak-worker.ts is given. */
export interface LeakWorkerData {
  files: string[];
  distDir: string;
  ids: RawIdentifiers;
}

/**
 * `findLeaks` on two cores, over `part` of the output (all of it by default): every other file goes to a worker thread running `workerScript`
 * (src/lib/node/accounts/leak-worker.ts) while this thread scans the rest; the same leaks in the
 * same order. If the worker cannot run, this thread scans its files too.
 */
export async function findLeaksInParallel(
  distDir: string,
  rawDir: string,
  options: { includeDemo?: boolean; workerScript: string | URL; part?: OutputPart; workerFromFiles?: number },
): Promise<{ leaks: Leak[]; files: number; scannedByWorker: number }> {
  const ids = collectIdentifiers(rawDir, options);
  const files = outputFiles(distDir, options.part);
  // A worker costs a few hundred milliseconds to start: not worth it for a few files.
  if (files.length < (options.workerFromFiles ?? IN_PARALLEL_FROM_FILES))
    return { leaks: scanFiles(files, distDir, leakMatcher(ids)), files: files.length, scannedByWorker: 0 };
  const mine = files.filter((_, i) => i % 2 === 0);
  const theirs = files.filter((_, i) => i % 2 === 1);
  const data: LeakWorkerData = { files: theirs, distDir, ids };
  const worker = new Worker(options.workerScript, { workerData: data });
  const fromWorker = new Promise<Leak[] | undefined>((resolve) => {
    worker.once('message', (leaks: Leak[]) => resolve(leaks));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  const m = leakMatcher(ids);
  const here = scanFiles(mine, distDir, m);
  const there = await fromWorker;
  await worker.terminate();
  const leaks = [...here, ...(there ?? scanFiles(theirs, distDir, m))];
  const order = new Map(files.map((file, i) => [path.relative(distDir, file), i]));
  return {
    leaks: leaks
      .map((leak, i) => ({ leak, at: order.get(leak.file) ?? 0, i }))
      .sort((a, b) => a.at - b.at || a.i - b.i)
      .map(({ leak }) => leak),
    files: files.length,
    scannedByWorker: there ? theirs.length : 0,
  };
}

/** One line per leak, for build logs. */
export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map((leak) => `  - ${leak.file}: ${leak.kind} ${leak.masked} in its ${leak.place}, from the raw data`)
    .join('\n');
}
