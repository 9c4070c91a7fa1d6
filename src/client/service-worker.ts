/**
 * The offline service worker. The build compiles it into `<base>service-worker.js` with its
 * version in place of `__OFFLINE_VERSION__` (src/integrations/offline.ts), beside the manifest of
 * the files to keep (`offline-manifest.json`, chosen by src/lib/offline/manifest.ts). Pages
 * register it and drive the precache (src/client/offline.ts).
 *
 * - Install reads the manifest and checks it is this build's: one request, never minutes.
 * - Precache: a page, once shown and idle, asks for one batch, then for the next as each ends; a
 *   batch is at most 40 files or 2 MB, fetched four at a time (two of HTTP/1.1's six connections
 *   stay free for the reader's own clicks), and ends well within the time a browser lets a
 *   worker run for one message. A file
 *   unchanged since the previous build (same hash) is copied from that build's cache instead of
 *   downloaded; a downloaded file is kept only if its hash is the manifest's, so a Wi-Fi login
 *   page or a file of another build never enters the cache.
 *   Pages that only redirect (short links, old paths) are answered with a redirect, not stored.
 *   Cost, once per device (README, "Offline"): the demo playbook is 1,375 files, 6 MB gzipped on
 *   the wire and 20 MB stored; at 5,000 pages 18,000 files, 52 MB on the wire and 162 MB stored
 *   (plus a 1.8 MB manifest, 375 KB gzipped), which took 83 s over loopback and 6.6 minutes at
 *   8 Mbit/s with 50 ms a request (the number of files, not the bytes, sets the time).
 * - Serve: the site's files cache first (query ignored: see cacheKey). A file this build has not
 *   stored yet comes from the network (and is kept if it matches the manifest), or, offline, from
 *   the previous build's cache while this one fills. A page served from the cache is fetched
 *   again in the background: if the network has other bytes, a new build is out, and the worker
 *   checks for it (a whole build is the unit of update: one newer page in this build's cache
 *   would ask for scripts and index files this cache does not have).
 * - Update: each build has its own cache (src/lib/offline/cache-keys.ts). A new build's worker
 *   takes over at once; the previous build's cache stays, as the offline fallback, until the new
 *   one is complete, then is deleted.
 */
import { inParallel } from '../lib/in-parallel.ts';
import {
  cacheKey,
  cacheName,
  folderRedirect,
  parseCacheName,
  staleCaches,
} from '../lib/offline/cache-keys.ts';
import {
  contentHash,
  nextBatch,
  OFFLINE_MANIFEST_FILE,
  type OfflineManifest,
  type PrecacheEntry,
  SERVICE_WORKER_FILE,
} from '../lib/offline/manifest.ts';
import {
  isPrecacheRequest,
  type PrecacheProblem,
  type PrecacheReport,
  precacheReport,
} from '../lib/offline/messages.ts';

declare const __OFFLINE_VERSION__: string;

// The parts of the service worker global scope used here (TypeScript's DOM library, which the
// project uses, has none of them; the WebWorker library would clash with it).
interface LifetimeEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface RequestEvent extends LifetimeEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface PageMessageEvent extends LifetimeEvent {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void } | null;
}
interface WorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifetimeEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: RequestEvent) => void): void;
  addEventListener(type: 'message', listener: (event: PageMessageEvent) => void): void;
}

const worker = globalThis as unknown as WorkerScope;
const VERSION = __OFFLINE_VERSION__;
const SCOPE = worker.registration.scope;
const SCOPE_PATH = new URL(SCOPE).pathname;
const CACHE = cacheName(SCOPE, VERSION);
const MANIFEST_URL = new URL(OFFLINE_MANIFEST_FILE, SCOPE).href;
const WORKER_URL = new URL(SERVICE_WORKER_FILE, SCOPE).href;
const NOT_FOUND_URL = new URL('404.html', SCOPE).href;
/** Stored in a build's cache once every file of it is: the cache is complete. */
const COMPLETE_KEY = `${MANIFEST_URL}?complete`;
const BATCH = { files: 40, bytes: 2 * 1024 * 1024 };
const PARALLEL = 4;
/** At most one update check a minute, however many pages differ. */
const UPDATE_EVERY_MS = 60_000;

interface Entry extends PrecacheEntry {
  key: string;
}
interface Build {
  /** The files to store (redirects are answered, never stored). */
  entries: Entry[];
  /** Every entry, redirects included, by cache key. */
  byKey: Map<string, Entry>;
}
interface OlderBuild {
  cache: Cache;
  hashes: Map<string, string>;
}

class PrecacheError extends Error {
  readonly problem: PrecacheProblem;
  constructor(problem: PrecacheProblem) {
    super(problem);
    this.problem = problem;
  }
}

const keyOf = (entry: PrecacheEntry): string => new URL(entry.url, SCOPE).href;

function ourCaches(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const parsed = parseCacheName(name);
    return parsed && parsed.scopePath === SCOPE_PATH ? [name] : [];
  });
}

function parseManifest(text: string): Build {
  const manifest = JSON.parse(text) as OfflineManifest;
  // The deploy changed between this worker and its manifest: the newer worker will take over.
  if (manifest.version !== VERSION) throw new PrecacheError('changed');
  const all = manifest.files.map((entry) => ({ ...entry, key: keyOf(entry) }));
  return {
    entries: all.filter((entry) => entry.redirect === undefined),
    byKey: new Map(all.map((entry) => [entry.key, entry])),
  };
}

let build: Promise<Build> | undefined;

/** This build's manifest, from its cache, else from the network (then stored). */
function currentBuild(): Promise<Build> {
  build ??= (async () => {
    const cache = await caches.open(CACHE);
    const stored = await cache.match(MANIFEST_URL);
    if (stored) return parseManifest(await stored.text());
    const response = await fetch(MANIFEST_URL, { cache: 'no-cache' });
    if (!response.ok) throw new PrecacheError('changed');
    const text = await response.text();
    const parsed = parseManifest(text);
    await cache.put(MANIFEST_URL, new Response(text, { headers: { 'content-type': 'application/json' } }));
    return parsed;
  })().catch((error: unknown) => {
    build = undefined;
    throw error;
  });
  return build;
}

let older: Promise<OlderBuild[]> | undefined;

/** The caches of earlier builds of this playbook still kept, with the hash of each file in them. */
function olderBuilds(): Promise<OlderBuild[]> {
  older ??= (async () => {
    const names = ourCaches(await caches.keys()).filter((name) => name !== CACHE);
    return Promise.all(
      names.map(async (name) => {
        const cache = await caches.open(name);
        const text = await (await cache.match(MANIFEST_URL))?.text();
        const files = text ? (JSON.parse(text) as OfflineManifest).files : [];
        return { cache, hashes: new Map(files.map((entry) => [keyOf(entry), entry.hash])) };
      }),
    );
  })();
  return older;
}

/** Deletes the caches of earlier builds that are no longer needed (see staleCaches). */
async function removeStale(): Promise<void> {
  const names = await caches.keys();
  const complete = new Set<string>();
  for (const name of ourCaches(names)) {
    if (await (await caches.open(name)).match(COMPLETE_KEY))
      complete.add(parseCacheName(name)?.version ?? '');
  }
  await Promise.all(staleCaches(names, SCOPE, VERSION, complete).map((name) => caches.delete(name)));
  older = undefined;
}

let lastUpdate = 0;

/** Asks the browser to look for a newer worker, that is a newer build (at most once a minute). */
async function checkForUpdate(): Promise<void> {
  if (Date.now() - lastUpdate < UPDATE_EVERY_MS) return;
  lastUpdate = Date.now();
  await worker.registration.update().catch(() => undefined);
}

/** The response rebuilt from its bytes if they are the listed ones; else undefined. */
async function verified(response: Response, hash: string): Promise<Response | undefined> {
  if (!response.ok) return undefined;
  const body = await response.arrayBuffer();
  if ((await contentHash(body)) !== hash) return undefined;
  // Rebuilt, so a response that came through a redirect can still answer a navigation.
  const type = response.headers.get('content-type');
  return new Response(body, { headers: type ? { 'content-type': type } : {} });
}

async function fromOlderBuild(entry: Entry): Promise<Response | undefined> {
  for (const { cache, hashes } of await olderBuilds()) {
    if (hashes.get(entry.key) !== entry.hash) continue;
    const response = await cache.match(entry.key);
    if (response) return response;
  }
  return undefined;
}

async function download(entry: Entry): Promise<Response> {
  let response: Response;
  try {
    // Past the HTTP cache, both ways: it may hold another build's copy, and keeping a second copy
    // of every file there would only push out what the reader's browsing put in it.
    response = await fetch(entry.key, { cache: 'no-store' });
  } catch {
    throw new PrecacheError('network');
  }
  const checked = await verified(response, entry.hash);
  if (checked) return checked;
  await checkForUpdate();
  throw new PrecacheError('changed');
}

let stored: Set<string> | undefined;

function progress(current: Build, complete: boolean, problem?: PrecacheProblem): PrecacheReport {
  const total = current.entries.length;
  const done = complete ? total : current.entries.filter((entry) => stored?.has(entry.key)).length;
  return precacheReport({ version: VERSION, done, total, complete, ...(problem ? { problem } : {}) });
}

/** Stores the next batch of this build's files and reports how far the precache is. */
async function precacheStep(): Promise<PrecacheReport> {
  const current = await currentBuild();
  const cache = await caches.open(CACHE);
  if (await cache.match(COMPLETE_KEY)) return progress(current, true);
  stored ??= new Set((await cache.keys()).map((request) => request.url));
  const have = stored;
  const batch = nextBatch(current.entries, (entry) => have.has(entry.key), BATCH);
  await inParallel(batch, PARALLEL, async (entry) => {
    const response = (await fromOlderBuild(entry)) ?? (await download(entry));
    try {
      await cache.put(entry.key, response);
    } catch {
      throw new PrecacheError('storage');
    }
    have.add(entry.key);
  });
  const report = progress(current, false);
  if (report.done < report.total) return report;
  await cache.put(COMPLETE_KEY, new Response(VERSION));
  await removeStale();
  return progress(current, true);
}

let running: Promise<PrecacheReport> | undefined;

/** One batch at a time, whichever page asks; a page that asks during a batch gets its report. */
async function precacheOnce(): Promise<PrecacheReport> {
  running ??= precacheStep().finally(() => {
    running = undefined;
  });
  try {
    return await running;
  } catch (error) {
    const problem = error instanceof PrecacheError ? error.problem : 'network';
    const current = await currentBuild().catch(() => undefined);
    return current
      ? progress(current, false, problem)
      : precacheReport({ version: VERSION, done: 0, total: 0, complete: false, problem });
  }
}

/** A file as an earlier build kept it, for when this build's copy is not stored yet and the network fails. */
async function fromOlderBuilds(key: string): Promise<Response | undefined> {
  for (const { cache } of await olderBuilds()) {
    const earlier = await cache.match(key);
    if (earlier) return earlier;
  }
  return undefined;
}

/** A page served from the cache, fetched again: other bytes mean a new build is out. */
async function revalidate(entry: Entry): Promise<void> {
  try {
    const response = await fetch(entry.key, { cache: 'no-cache' });
    if (!(await verified(response, entry.hash))) await checkForUpdate();
  } catch {
    // Offline: the cached page stands.
  }
}

/** Keeps a file fetched while browsing, if it is the one this build lists. */
async function keep(entry: Entry, response: Response): Promise<void> {
  const checked = await verified(response, entry.hash);
  if (!checked) return checkForUpdate();
  try {
    await (await caches.open(CACHE)).put(entry.key, checked);
    stored?.add(entry.key);
  } catch {
    // Storage is full: the file still reached the page.
  }
}

/** A request for a file this build does not list: the network, or offline the site's 404 page. */
async function notListed(request: Request, key: string, current: Build | undefined): Promise<Response> {
  if (!current || request.mode !== 'navigate') return fetch(request);
  const folder = folderRedirect(key, (candidate) => current.byKey.has(candidate));
  if (folder) return Response.redirect(`${folder}${new URL(request.url).search}`, 301);
  try {
    return await fetch(request);
  } catch (error) {
    const notFound =
      (await (await caches.open(CACHE)).match(NOT_FOUND_URL)) ?? (await fromOlderBuilds(NOT_FOUND_URL));
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

async function respond(event: RequestEvent, key: string): Promise<Response> {
  const { request } = event;
  const current = await currentBuild().catch(() => undefined);
  const entry = current?.byKey.get(key);
  if (!entry) return notListed(request, key, current);
  // A short link or an old path: where its page would send the reader, without the page.
  if (entry.redirect !== undefined) return Response.redirect(new URL(entry.redirect, key).href, 302);
  const response = await (await caches.open(CACHE)).match(key);
  if (response) {
    if (request.mode === 'navigate') event.waitUntil(revalidate(entry));
    return response;
  }
  try {
    const fresh = await fetch(request);
    if (fresh.ok && fresh.type === 'basic') event.waitUntil(keep(entry, fresh.clone()));
    return fresh;
  } catch (error) {
    const earlier = await fromOlderBuilds(key);
    if (earlier) return earlier;
    throw error;
  }
}

worker.addEventListener('install', (event) => {
  event.waitUntil(currentBuild().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(removeStale().then(() => worker.clients.claim()));
});

worker.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const key = cacheKey(event.request.url, SCOPE);
  if (!key || key === MANIFEST_URL || key === WORKER_URL) return;
  event.respondWith(respond(event, key));
});

worker.addEventListener('message', (event) => {
  if (!isPrecacheRequest(event.data)) return;
  event.waitUntil(precacheOnce().then((report) => event.source?.postMessage(report)));
});
