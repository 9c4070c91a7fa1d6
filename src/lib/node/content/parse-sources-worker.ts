/** The worker thread of `parseSourcesInParallel` (parse-sources-in-parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import {
  claimNext,
  type ParsedByWorker,
  type ParseWorkerData,
  parseForCache,
} from './parse-sources-in-parallel.ts';
import type { CollectionFile } from './read-playbook.ts';

const { files, next } = workerData as ParseWorkerData;
const counter = new Int32Array(next);
const parsed: ParsedByWorker[] = [];
for (
  let index = claimNext(counter, files.length);
  index !== undefined;
  index = claimNext(counter, files.length)
) {
  const entry = files[index] as CollectionFile;
  const result = parseForCache(entry);
  // A file with a problem is left to the main thread, which reports it with the others.
  if (result?.parsed.source) parsed.push({ file: entry.file, id: entry.id, ...result });
}
parentPort?.postMessage(parsed);
