/** The worker thread of `parseSourcesInParallel` (parse-sources-in-parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import {
  forEachClaimed,
  type ParsedByWorker,
  type ParseWorkerData,
  parseForCache,
} from './parse-sources-in-parallel.ts';

const { files, next } = workerData as ParseWorkerData;
const parsed: ParsedByWorker[] = [];
forEachClaimed(files, new Int32Array(next), (entry) => {
  const result = parseForCache(entry);
  // A file with a problem is left to the main thread, which reports it with the others.
  if (result?.parsed.source) parsed.push({ file: entry.file, id: entry.id, ...result });
});
parentPort?.postMessage(parsed);
