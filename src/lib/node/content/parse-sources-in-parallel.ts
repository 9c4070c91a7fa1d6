/**
 * Splitting sources into passages and scoring each passage's signals is the costliest part of
 * reading a playbook (about 3 s of a 5,000-page build's first 18, when only one core is busy), so
 * the build shares it with a worker thread before its integrity check reads the folder: this
 * thread and the worker (parse-sources-worker.ts) take the next unparsed file from one shared
 * counter until none is left, so neither waits for the other however long the worker takes to
 * start. Every result lands in `readPlaybook`'s cache of parsed sources, which then reads the
 * folder as usual: a file the worker could not parse (a problem to report, or a worker that never
 * started) is simply parsed again there, with its problems reported as always.
 */
import { Worker } from 'node:worker_threads';
import type { ParsedSource } from '../../content/sources.ts';
import { readUtf8 } from '../files/read-text.ts';
import {
  type CollectionFile,
  collectionEntries,
  parseSourceOnce,
  rememberParsedSource,
} from './read-playbook.ts';

/** Below this many sources a second thread costs more to start than it saves. */
export const PARALLEL_FROM_SOURCES = 400;

/** What parse-sources-worker.ts is given. */
export interface ParseWorkerData {
  files: CollectionFile[];
  /** One Int32: the index of the next file to parse, shared with this thread. */
  next: SharedArrayBuffer;
}

/** What it sends back: every source it parsed without a problem. */
export interface ParsedByWorker {
  file: string;
  id: string;
  text: string;
  parsed: ParsedSource;
}

/** Claims the next file index from the shared counter; undefined when all are taken. */
function claimNext(next: Int32Array, count: number): number | undefined {
  const index = Atomics.add(next, 0, 1);
  return index < count ? index : undefined;
}

/** Calls `each` with every file this thread claims from the shared counter, until none is left. */
export function forEachClaimed(
  files: readonly CollectionFile[],
  counter: Int32Array,
  each: (entry: CollectionFile) => void,
): void {
  for (
    let index = claimNext(counter, files.length);
    index !== undefined;
    index = claimNext(counter, files.length)
  )
    each(files[index] as CollectionFile);
}

/** Parses one file for the cache, or leaves it to `readPlaybook` when reading or parsing it fails. */
export function parseForCache(entry: CollectionFile): { text: string; parsed: ParsedSource } | undefined {
  try {
    const text = readUtf8(entry.absolute, entry.file);
    return { text, parsed: parseSourceOnce(text, entry.file, entry.id) };
  } catch {
    return undefined;
  }
}

/**
 * Parses the content folder's sources on this thread and one worker thread running
 * `workerScript` (parse-sources-worker.ts), into the cache `readPlaybook` reads. Returns how many
 * the worker parsed (0 when there were too few sources to share, or the worker failed).
 */
export async function parseSourcesInParallel(
  contentDir: string,
  workerScript: string | URL,
  minimum = PARALLEL_FROM_SOURCES,
): Promise<{ sources: number; parsedByWorker: number }> {
  const files = collectionEntries(contentDir, 'sources');
  if (files.length < minimum) return { sources: files.length, parsedByWorker: 0 };
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const counter = new Int32Array(next);
  const data: ParseWorkerData = { files, next };
  const worker = new Worker(workerScript, { workerData: data });
  const fromWorker = new Promise<ParsedByWorker[]>((resolve) => {
    worker.once('message', (parsed: ParsedByWorker[]) => resolve(parsed));
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });
  forEachClaimed(files, counter, parseForCache);
  const parsed = await fromWorker;
  await worker.terminate();
  for (const { file, id, text, parsed: result } of parsed) rememberParsedSource(file, id, text, result);
  return { sources: files.length, parsedByWorker: parsed.length };
}
