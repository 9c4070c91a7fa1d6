/** Reduces a link to its kind: the account's own site, another site, or attached media. */

export type LinkKind = 'own-site' | 'other-site' | 'media';

const MEDIA_HOSTS = new Set(['pic.x.com', 'pic.twitter.com', 'pbs.twimg.com', 'video.twimg.com']);
/**
 * A link to a post on X: `x.com/<user>/status/<id>`, `twitter.com/<user>/statuses/<id>`, and the
 * `x.com/i/web/status/<id>` form X puts behind the "…" of a long post cut short in `tweets.js`
 * and in the API's `text` (https://github.com/xdevplatform/search-tweets-python/issues/104).
 */
const POST_LINK =
  /^(?:www\.|mobile\.)?(?:x|twitter)\.com\/(?:i\/web\/status|i\/status|[^/?#]+\/status(?:es)?)\/(\d+)/i;

/** Host of a URL without `www.`, lower case; null when it does not parse. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`);
    return parsed.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** True when the URL points to a post on X (a quote or a link to a post, not a website). */
export function isPostLink(url: string): boolean {
  return postLinkId(url) !== null;
}

/** The id of the post a URL points to on X, or null when it is not a link to a post. */
export function postLinkId(url: string): string | null {
  return POST_LINK.exec(url.replace(/^https?:\/\//i, ''))?.[1] ?? null;
}

/** True when `host` is the site host or one of its subdomains. */
export function isOwnHost(host: string, siteHost: string): boolean {
  return host === siteHost || host.endsWith(`.${siteHost}`);
}

/** The kind of one link, given the account's own site host (null when unknown). */
export function linkKind(url: string, media: boolean, siteHost: string | null): LinkKind {
  if (media) return 'media';
  const host = hostOf(url);
  if (host && MEDIA_HOSTS.has(host)) return 'media';
  if (host && /^(x|twitter)\.com$/.test(host) && /\/(photo|video)\/\d+\/?$/.test(url)) return 'media';
  if (host && siteHost && isOwnHost(host, siteHost)) return 'own-site';
  return 'other-site';
}
