/**
 * How the offline service worker names what it keeps: the key a request is looked up under, and
 * the cache of each build. Pure, so the rules are unit-tested rather than found out in a browser.
 */

/**
 * The key a request is cached under: its URL without query or fragment, or null when it is
 * outside the worker's scope (another site, or another playbook on the same host).
 *
 * The query is dropped for every file of the site: the output is static, so a host returns the
 * same bytes for `plays/x/?highlight=bio` as for `plays/x/`, and Pagefind's
 * `pagefind-entry.json?ts=…` is the entry file whatever the timestamp. (Fragments never reach
 * the network.)
 */
export function cacheKey(url: string, scope: string): string | null {
  const request = new URL(url);
  const within = new URL(scope);
  if (request.origin !== within.origin || !request.pathname.startsWith(within.pathname)) return null;
  return `${request.origin}${request.pathname}`;
}

/**
 * A folder address typed without its final slash (`…/plays/business-bio`) and the page that is
 * there (`…/plays/business-bio/`), so that offline it redirects as the host would; else null.
 */
export function folderRedirect(key: string, isPage: (key: string) => boolean): string | null {
  if (key.endsWith('/')) return null;
  const last = key.slice(key.lastIndexOf('/') + 1);
  if (last.includes('.')) return null;
  return isPage(`${key}/`) ? `${key}/` : null;
}

/** The start of every cache name of ours: `<prefix> <scope path> <version>`. */
export const CACHE_PREFIX = 'x-playbook-offline';

/**
 * One cache per build and per playbook: a host may serve several playbooks under different base
 * paths, and they share the browser's storage for the origin.
 */
export function cacheName(scope: string, version: string): string {
  return `${CACHE_PREFIX} ${new URL(scope).pathname} ${version}`;
}

/** The scope path and version of one of our caches, or null for any other cache. */
export function parseCacheName(name: string): { scopePath: string; version: string } | null {
  const [prefix, scopePath, version, ...rest] = name.split(' ');
  if (prefix !== CACHE_PREFIX || !scopePath || !version || rest.length > 0) return null;
  return { scopePath, version };
}

/**
 * The caches to delete, given every cache name of the origin. The current build's cache is
 * kept, and other playbooks' caches are never touched. While the current build is still being
 * precached, the last complete build is kept too, so that the playbook keeps working offline
 * during the update; once the current build is complete, every older build goes.
 */
export function staleCaches(
  names: readonly string[],
  scope: string,
  current: string,
  complete: ReadonlySet<string>,
): string[] {
  const scopePath = new URL(scope).pathname;
  return names.filter((name) => {
    const parsed = parseCacheName(name);
    if (!parsed || parsed.scopePath !== scopePath || parsed.version === current) return false;
    return complete.has(current) || !complete.has(parsed.version);
  });
}
