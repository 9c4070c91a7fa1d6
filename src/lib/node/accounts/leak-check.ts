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
import { Worker } from 'node:worker_threads';
import wordListPath from 'word-list';
import demoIdentifiers from '../../accounts/demo/raw-identifiers.json' with { type: 'json' };
import {
  compileLeakMatcher,
  type LeakMatcher,
  type LeakReport,
  scanHtml,
  scanSegment,
} from '../../accounts/leak-scan.ts';
import { collectFromJson, emptyIdentifiers, type RawIdentifiers } from '../../accounts/raw-identifiers.ts';
import { type OutputPart, outputFiles, walkFiles } from '../files/output-parts.ts';
import { type Leak, maskIdentifier, scanFiles } from './leak-files.ts';

export type { Leak } from './leak-files.ts';

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
    leaks.push({ file, kind, place, masked: maskIdentifier(value) });
  };
  if ((options.as ?? 'markup') === 'markup') scanHtml(text, m, report);
  else scanSegment(text, 0, text.length, m, 'text', report);
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

/** Files handed out at a time: small enough that neither thread waits long for the other at the end. */
export const CHUNK_FILES = 128;

/** What src/lib/node/accounts/leak-worker.ts is started with: the compiled identifiers. */
export interface LeakWorkerData {
  matcher: LeakMatcher;
}

/** A chunk of files for the worker, and its answer. */
export interface LeakWorkerTask {
  chunk: number;
  files: string[];
  distDir: string;
}
export interface LeakWorkerAnswer {
  chunk: number;
  leaks: Leak[];
}

export interface LeakScan {
  leaks: Leak[];
  files: number;
  scannedByWorker: number;
}

/**
 * Scans built files on two threads, this one and one worker thread, which it keeps for every scan
 * until `close`: the build checks the site and then the search index with the same worker, which
 * starts once (with the identifiers already compiled, so it never reads the dictionary). Files go
 * out in small chunks to whichever thread is free, so neither waits for the other at the end.
 * If the worker cannot run, this thread scans its chunks too: nothing is skipped.
 */
export class LeakScanner {
  readonly matcher: LeakMatcher;
  readonly #workerScript: string | URL;
  readonly #workerFromFiles: number;
  readonly #chunkFiles: number;
  #worker: Worker | undefined;
  #workerFailed = false;
  /** Called with each answer, or with undefined when the worker stops. */
  readonly #waiting = new Map<number, (leaks: Leak[] | undefined) => void>();
  #nextTask = 0;

  constructor(
    ids: RawIdentifiers,
    options: { workerScript: string | URL; workerFromFiles?: number; chunkFiles?: number },
  ) {
    this.matcher = leakMatcher(ids);
    this.#workerScript = options.workerScript;
    this.#workerFromFiles = options.workerFromFiles ?? IN_PARALLEL_FROM_FILES;
    this.#chunkFiles = options.chunkFiles ?? CHUNK_FILES;
  }

  /** Starts the worker now (it takes a few hundred milliseconds), ahead of the first large scan. */
  warmUp(): void {
    this.#startWorker();
  }

  #startWorker(): Worker | undefined {
    if (this.#worker || this.#workerFailed) return this.#worker;
    const data: LeakWorkerData = { matcher: this.matcher };
    const worker = new Worker(this.#workerScript, { workerData: data });
    const stopped = () => {
      this.#workerFailed = true;
      this.#worker = undefined;
      for (const answer of this.#waiting.values()) answer(undefined);
      this.#waiting.clear();
    };
    worker.on('message', ({ chunk, leaks }: LeakWorkerAnswer) => {
      const answer = this.#waiting.get(chunk);
      this.#waiting.delete(chunk);
      // Idle again: see #askWorker.
      if (this.#waiting.size === 0) worker.unref();
      answer?.(leaks);
    });
    worker.once('error', stopped);
    worker.once('exit', stopped);
    // Idle between scans, it must not keep the process alive.
    worker.unref();
    this.#worker = worker;
    return worker;
  }

  /** The chunk scanned by the worker, or undefined if it stopped first. */
  #askWorker(worker: Worker, files: string[], distDir: string): Promise<Leak[] | undefined> {
    const chunk = this.#nextTask++;
    return new Promise((resolve) => {
      this.#waiting.set(chunk, resolve);
      // While it holds a chunk, the worker keeps the process alive: a scan awaiting only its
      // answers must not let Node exit (in a build, code 0 with the check half done).
      worker.ref();
      const task: LeakWorkerTask = { chunk, files, distDir };
      worker.postMessage(task);
    });
  }

  /** Every identifier found in `files` (absolute paths under `distDir`), in the files' order. */
  async scan(distDir: string, files: readonly string[]): Promise<LeakScan> {
    const worker = files.length >= this.#workerFromFiles ? this.#startWorker() : undefined;
    if (!worker)
      return { leaks: scanFiles(files, distDir, this.matcher), files: files.length, scannedByWorker: 0 };
    const chunks: string[][] = [];
    for (let at = 0; at < files.length; at += this.#chunkFiles)
      chunks.push(files.slice(at, at + this.#chunkFiles));
    const found: (Leak[] | undefined)[] = new Array(chunks.length);
    let next = 0;
    let byWorker = 0;
    // The worker keeps one chunk in hand and one queued, so it never waits for this thread.
    const workerLane = async (): Promise<void> => {
      while (next < chunks.length && this.#worker) {
        const index = next++;
        const chunk = chunks[index] as string[];
        const leaks = await this.#askWorker(this.#worker, chunk, distDir);
        if (leaks) byWorker += chunk.length;
        // A worker that stopped leaves its chunk to this thread.
        found[index] = leaks ?? scanFiles(chunk, distDir, this.matcher);
      }
    };
    const lanes = [workerLane(), workerLane()];
    try {
      while (next < chunks.length) {
        const index = next++;
        found[index] = scanFiles(chunks[index] as string[], distDir, this.matcher);
        // Lets the worker's answers in, and its lanes hand out the next chunks.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // A file this thread could not read: no more chunks handed out, and the lanes settled
      // before the error goes up, so none of them fails later with nobody listening.
      next = chunks.length;
      await Promise.allSettled(lanes);
      throw error;
    }
    await Promise.all(lanes);
    return { leaks: found.flatMap((leaks) => leaks ?? []), files: files.length, scannedByWorker: byWorker };
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }
}

/**
 * `findLeaks` on two cores, over `part` of the output (all of it by default): see `LeakScanner`,
 * here started for one scan and closed after it. The same leaks in the same order.
 */
export async function findLeaksInParallel(
  distDir: string,
  rawDir: string,
  options: {
    includeDemo?: boolean;
    workerScript: string | URL;
    part?: OutputPart;
    workerFromFiles?: number;
    chunkFiles?: number;
  },
): Promise<LeakScan> {
  const scanner = new LeakScanner(collectIdentifiers(rawDir, options), options);
  try {
    return await scanner.scan(distDir, outputFiles(distDir, options.part));
  } finally {
    await scanner.close();
  }
}

/** One line per leak, for build logs. */
export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map((leak) => `  - ${leak.file}: ${leak.kind} ${leak.masked} in its ${leak.place}, from the raw data`)
    .join('\n');
}
