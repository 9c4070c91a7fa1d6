/**
 * The worker thread of `LeakScanner` (leak-check.ts): scans each chunk of files it is sent, with
 * the identifiers it was started with, until the scanner stops it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LeakWorkerAnswer, LeakWorkerData, LeakWorkerTask } from './leak-check.ts';
import { scanFiles } from './leak-files.ts';

const { matcher } = workerData as LeakWorkerData;
parentPort?.on('message', ({ chunk, files, distDir }: LeakWorkerTask) => {
  const answer: LeakWorkerAnswer = { chunk, leaks: scanFiles(files, distDir, matcher) };
  parentPort?.postMessage(answer);
});
