/** The worker thread of `findLeaksInParallel` (leak-check.ts): scans the files it is given. */
import { parentPort, workerData } from 'node:worker_threads';
import { type LeakWorkerData, leakMatcher, scanFiles } from './leak-check.ts';

const { files, distDir, ids } = workerData as LeakWorkerData;
parentPort?.postMessage(scanFiles(files, distDir, leakMatcher(ids)));
