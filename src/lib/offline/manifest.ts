/**
 * What the offline service worker precaches, and the version that names its cache. The build
 * (src/integrations/offline.ts) lists every file of the output with a hash of its bytes; this
 * module keeps the files a reader needs offline, gives each the URL it is requested at, and
 * derives the build's version from all of them, so any change to any precached file is a new
 * version and a new cache. Pure: the same code runs in the build and in the service worker.
 */
import { cyrb53 } from '../hash.ts';

/** The service worker, at the root of the site so that its scope is the whole base path. */
export const SERVICE_WORKER_FILE = 'service-worker.js';
/** The manifest the service worker reads: the version and every file it precaches. */
export const OFFLINE_MANIFEST_FILE = 'offline-manifest.json';

/** A file of the output, as the build found it. */
export interface OutputFile {
  /** Path inside the output folder, with `/` separators: `plays/business-bio/index.html`. */
  path: string;
  /** `contentHash` of its bytes. */
  hash: string;
  size: number;
  /** For a page that only redirects (`redirectTarget`), the address it sends the reader to. */
  redirect?: string | undefined;
}

/** A file the service worker precaches. */
export interface PrecacheEntry {
  /** URL relative to the site's base path: `plays/business-bio/`, `pagefind/pagefind.js`, `` for the home page. */
  url: string;
  hash: string;
  size: number;
  /**
   * Set for a page that only redirects (a short link, an old path): the worker answers it with
   * this redirect instead of storing the page, so that thousands of short links cost nothing to
   * precache.
   */
  redirect?: string;
}

export interface OfflineManifest {
  /** Derived from every entry's URL and hash (`manifestVersion`): a new build, a new version. */
  version: string;
  /** Total bytes of the entries to store (uncompressed; redirects are not stored). */
  bytes: number;
  files: PrecacheEntry[];
}

/**
 * Files a reader never needs offline:
 * - the service worker and its manifest (the browser keeps the worker itself);
 * - anything hidden (`.name`: temp files of atomic writes);
 * - share images (`og/`, `og-images/`…): only link previews in other apps fetch them;
 * - the sitemap and robots.txt, for crawlers; `_headers` and `_redirects`, which hosts read but
 *   never serve (a listed file the host does not serve would stop the precache);
 * - Pagefind's ready-made interfaces and highlighter: search-panel.ts uses Pagefind's JS API
 *   (pagefind.js, its worker, wasm, index, fragment and filter files), which are all kept.
 */
const LEFT_OUT = [
  /^(service-worker\.js|offline-manifest\.json)$/,
  /(^|\/)\./,
  /^og([-_][^/]*)?\//,
  /^sitemap[^/]*\.xml$/,
  /^robots\.txt$/,
  /^_(headers|redirects)$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui)\.(js|css)$/,
  /^pagefind\/pagefind-highlight\.js$/,
];

/** Whether a file of the output (path as in `OutputFile`) is precached. */
export function isPrecached(path: string): boolean {
  return !LEFT_OUT.some((pattern) => pattern.test(path));
}

/** The URL a file is requested at, relative to the base: `a/b/index.html` → `a/b/`, `index.html` → ``. */
export function entryUrl(path: string): string {
  if (path === 'index.html') return '';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The version of a set of entries: a digest of every URL and hash (a redirect's target is in
 * its page's hash), whatever their order. Two 53-bit halves (different seeds), so two builds
 * practically never share a version.
 */
export function manifestVersion(entries: readonly PrecacheEntry[]): string {
  const text = entries
    .map((entry) => `${entry.url}\t${entry.hash}`)
    .sort()
    .join('\n');
  return `${cyrb53(text).toString(36)}${cyrb53(text, 1).toString(36)}`;
}

/** Redirect pages are about 1 KB; anything much larger has content of its own. */
export const REDIRECT_PAGE_MAX = 8 * 1024;

/**
 * Where a page that does nothing but redirect at once sends the reader (src/layouts/Redirect.astro
 * writes these: `<meta http-equiv="refresh" content="0; url=/plays/x/">`), else undefined. Only
 * small pages are looked at: a real page is never a redirect.
 */
export function redirectTarget(html: string): string | undefined {
  if (html.length > REDIRECT_PAGE_MAX) return undefined;
  const meta = /<meta\s+http-equiv=["']?refresh["']?\s+content=["']\s*0\s*;\s*url=([^"'\s>]+)\s*["']/i.exec(
    html,
  );
  return meta?.[1];
}

/** The manifest of a build from every file of its output: filtered, as URLs, sorted, versioned. */
export function offlineManifest(files: readonly OutputFile[]): OfflineManifest {
  const entries = files
    .filter((file) => isPrecached(file.path))
    .map((file): PrecacheEntry => {
      const entry = { url: entryUrl(file.path), hash: file.hash, size: file.size };
      return file.redirect ? { ...entry, size: 0, redirect: file.redirect } : entry;
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return {
    version: manifestVersion(entries),
    bytes: entries.reduce((sum, entry) => sum + entry.size, 0),
    files: entries,
  };
}

/** Hex characters of the SHA-256 kept per file: 64 bits, enough to tell two versions of one file apart. */
export const HASH_LENGTH = 16;

/**
 * The hash of a file's bytes, through Web Crypto, so that the build (Node) and the service worker
 * (checking what the network returns) compute the very same value.
 */
export async function contentHash(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest.subarray(0, HASH_LENGTH / 2)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Limits of one precache batch: few enough files and bytes to finish in seconds on slow Wi-Fi. */
export interface BatchLimits {
  files: number;
  bytes: number;
}

/**
 * The next entries to precache, in manifest order, skipping those already cached (and redirects,
 * which are never stored): at most `limits.files`, and no more than `limits.bytes` unless a
 * single entry is larger on its own.
 */
export function nextBatch<T extends PrecacheEntry>(
  entries: readonly T[],
  isCached: (entry: T) => boolean,
  limits: BatchLimits,
): T[] {
  const batch: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (entry.redirect !== undefined || isCached(entry)) continue;
    if (batch.length >= limits.files) break;
    if (batch.length > 0 && bytes + entry.size > limits.bytes) break;
    batch.push(entry);
    bytes += entry.size;
  }
  return batch;
}
