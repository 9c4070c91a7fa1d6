/**
 * Writes what offline reading needs into a built site: the manifest of the files to precache
 * (src/lib/offline/manifest.ts decides which) and the service worker compiled from
 * src/client/service-worker.ts with the build's version inside it, so that a new build changes
 * the worker's bytes and browsers install it.
 *
 * The worker is compiled with esbuild, which Astro already installs (Vite uses it): no new
 * dependency. Both files are written atomically, the manifest first, so a worker on disk always
 * has its manifest beside it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import {
  HASH_LENGTH,
  isPrecached,
  OFFLINE_MANIFEST_FILE,
  type OfflineManifest,
  type OutputFile,
  offlineManifest,
  REDIRECT_PAGE_MAX,
  redirectTarget,
  SERVICE_WORKER_FILE,
} from '../../offline/manifest.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { type OutputPart, outputFiles } from '../files/output-parts.ts';

/**
 * `contentHash` (the service worker's check) computed with Node's own SHA-256, synchronously:
 * the same digest, without a round trip to Web Crypto's thread pool for each of 20,000 files.
 */
export function fileContentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH);
}

/**
 * Every file of `part` of `dir` the worker precaches, as paths relative to it with `/`
 * separators, hashed. Files left out (share images above all: one PNG a page) are not even read.
 */
export function precachedFiles(dir: string, part: OutputPart = 'all'): OutputFile[] {
  const files: OutputFile[] = [];
  for (const full of outputFiles(dir, part)) {
    const relative = path.relative(dir, full).split(path.sep).join('/');
    if (!isPrecached(relative)) continue;
    const bytes = fs.readFileSync(full);
    const redirect =
      full.endsWith('.html') && bytes.byteLength <= REDIRECT_PAGE_MAX
        ? redirectTarget(bytes.toString('utf8'))
        : undefined;
    files.push({
      path: relative,
      hash: fileContentHash(bytes),
      size: bytes.byteLength,
      redirect,
    });
  }
  return files;
}

/** The service worker, bundled into one classic script (every browser runs those) for `version`. */
export async function compileServiceWorker(source: string, version: string): Promise<string> {
  const result = await build({
    entryPoints: [source],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { __OFFLINE_VERSION__: JSON.stringify(version) },
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text;
  if (!script) throw new Error(`esbuild wrote nothing for ${source}`);
  return script;
}

export interface OfflineFiles {
  manifest: OfflineManifest;
  /** Bytes of the manifest and of the service worker, as written. */
  manifestBytes: number;
  workerBytes: number;
}

/**
 * Lists and hashes the built site in `outDir`, then writes its offline manifest and service
 * worker there. `workerSource` is the path of src/client/service-worker.ts. `siteFiles`: the site
 * without its search index, listed earlier (`precachedFiles(outDir, 'site')`) and unchanged
 * since: only the search index is read now.
 */
export async function writeOfflineFiles(
  outDir: string,
  workerSource: string,
  siteFiles?: readonly OutputFile[],
): Promise<OfflineFiles> {
  const files = siteFiles
    ? [...siteFiles, ...precachedFiles(outDir, 'search index')]
    : precachedFiles(outDir, 'all');
  const manifest = offlineManifest(files);
  const manifestText = JSON.stringify(manifest);
  const worker = await compileServiceWorker(workerSource, manifest.version);
  writeFileAtomic(path.join(outDir, OFFLINE_MANIFEST_FILE), manifestText);
  writeFileAtomic(path.join(outDir, SERVICE_WORKER_FILE), worker);
  return {
    manifest,
    manifestBytes: Buffer.byteLength(manifestText),
    workerBytes: Buffer.byteLength(worker),
  };
}
