/**
 * What in raw account data could lead back to a person: handles, names, user and post ids, URLs
 * and the accounts' own sites, found by key in any parsed JSON (API responses, archive files,
 * identifier lists). The leak check (src/lib/node/accounts/leak-check.ts) looks for them in the
 * built site; the archive import and the demo generator save them as identifier lists.
 */

/** Identifiers found in raw data, normalized for matching. */
export interface RawIdentifiers {
  handles: Set<string>;
  /** Handles of the measured accounts themselves (not just people they mention). */
  ownHandles: Set<string>;
  names: Set<string>;
  ids: Set<string>;
  /** Host + path, lower case, no scheme, no `www.`, no trailing slash. */
  urls: Set<string>;
  /** Hosts of the accounts' own sites. */
  hosts: Set<string>;
}

/** Identifiers as a JSON file keeps them: sorted, URLs and sites with a scheme. */
export interface IdentifierList {
  ownHandles: string[];
  handles: string[];
  names: string[];
  ids: string[];
  urls: string[];
  sites: string[];
}

const HANDLE_KEYS = new Set([
  'username',
  'screen_name',
  'screenName',
  'in_reply_to_screen_name',
  'handle',
  'handles',
  'ownHandles',
  'userName',
]);
/**
 * Keys that hold a person's or account's name. `name` only counts in an object that is a person
 * (it has a `username` or `screen_name` beside it): X also writes `name` into topic annotations
 * ("Services", "Brand Vertical"), places and polls, which are ordinary words, not people.
 */
const NAME_KEYS = new Set(['accountDisplayName', 'names', 'displayName']);
const PERSON_NAME_KEY = 'name';
/**
 * Subtrees that are X's own labels of a post, never a person: topic annotations
 * (`context_annotations`: domain and entity names such as "Brand Category" or "Services"), named
 * entities found in the text (`entities.annotations`, whose words are in the text already),
 * places (`geo`, `includes.places`), polls, and the rules a stream matched.
 */
const LABEL_SUBTREES = new Set([
  'context_annotations',
  'annotations',
  'geo',
  'places',
  'polls',
  'matching_rules',
]);
const ID_KEYS = new Set([
  'id',
  'id_str',
  'author_id',
  'in_reply_to_user_id',
  'in_reply_to_user_id_str',
  'in_reply_to_status_id_str',
  'conversation_id',
  'userId',
  'accountId',
  'newest_id',
  'oldest_id',
  'ids',
  'resource_id',
]);
const SITE_KEYS = new Set(['site', 'sites', 'website']);
const TEXT_KEYS = new Set(['text', 'full_text', 'description', 'bio']);
const PLATFORM_HOSTS =
  /^(t\.co|x\.com|twitter\.com|pic\.x\.com|pic\.twitter\.com|pbs\.twimg\.com|video\.twimg\.com)$/;

/** A URL as matched: lower case, no scheme, no `www.`, no trailing slash, `?` or `#`. */
export function normalizeUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#]+$/, '');
}

/** A set to collect into. */
export function emptyIdentifiers(): RawIdentifiers {
  return {
    handles: new Set(),
    ownHandles: new Set(),
    names: new Set(),
    ids: new Set(),
    urls: new Set(),
    hosts: new Set(),
  };
}

/** The identifiers in the shape of an identifier file, which `collectFromJson` reads back. */
export function identifierList(ids: RawIdentifiers): IdentifierList {
  return {
    ownHandles: [...ids.ownHandles].sort(),
    handles: [...ids.handles].sort(),
    names: [...ids.names].sort(),
    ids: [...ids.ids].sort(),
    urls: [...ids.urls].sort().map((u) => `https://${u}`),
    sites: [...ids.hosts].sort().map((h) => `https://${h}`),
  };
}

/** Adds every identifier found in a parsed JSON value. */
export function collectFromJson(value: unknown, into: RawIdentifiers, key = ''): void {
  if (Array.isArray(value)) {
    for (const item of value) collectFromJson(item, into, key);
    return;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    profileSites(object, into);
    const person = typeof object.username === 'string' || typeof object.screen_name === 'string';
    for (const [k, v] of Object.entries(object)) {
      if (LABEL_SUBTREES.has(k)) continue;
      if (k === PERSON_NAME_KEY && person && typeof v === 'string') addName(v, into);
      else collectFromJson(v, into, k);
    }
    return;
  }
  if (typeof value !== 'string' || value.length === 0) return;
  if (HANDLE_KEYS.has(key)) into.handles.add(value.replace(/^@/, '').toLowerCase());
  if (key === 'ownHandles') into.ownHandles.add(value.replace(/^@/, '').toLowerCase());
  if (NAME_KEYS.has(key)) addName(value, into);
  if (ID_KEYS.has(key) && /^\d{8,}$/.test(value)) into.ids.add(value);
  if (/^https?:\/\//i.test(value)) {
    const normalized = normalizeUrl(value);
    const host = normalized.split('/')[0] ?? '';
    if (!PLATFORM_HOSTS.test(host) || normalized.includes('/')) into.urls.add(normalized);
    // A profile's website (an archive's website or --site) is identifying by host alone.
    if (SITE_KEYS.has(key) && !PLATFORM_HOSTS.test(host)) into.hosts.add(host);
  }
  if (TEXT_KEYS.has(key)) {
    for (const m of value.matchAll(/(?:^|[^A-Za-z0-9_])@([A-Za-z0-9_]{1,15})/g))
      into.handles.add((m[1] ?? '').toLowerCase());
    for (const m of value.matchAll(/https?:\/\/[^\s]+/g)) into.urls.add(normalizeUrl(m[0]));
  }
}

function addName(name: string, into: RawIdentifiers): void {
  const normalized = name.toLowerCase().replace(/\s+/g, ' ').trim();
  if (normalized) into.names.add(normalized);
}

/**
 * A measured account's own profile: a v2 user lookup (it has a description or public metrics)
 * or an archive's account.js (it has an accountId). Its handle is matched even as a bare word,
 * and its website (`entities.url.urls[].expanded_url`) by host alone.
 */
function profileSites(object: Record<string, unknown>, into: RawIdentifiers): void {
  if (typeof object.username !== 'string') return;
  if ('description' in object || 'public_metrics' in object || 'accountId' in object) {
    into.ownHandles.add(object.username.toLowerCase());
  }
  const entities = object.entities as { url?: { urls?: { expanded_url?: unknown }[] } } | undefined;
  for (const entry of entities?.url?.urls ?? []) {
    if (typeof entry.expanded_url !== 'string') continue;
    const host = normalizeUrl(entry.expanded_url).split('/')[0] ?? '';
    if (host && !PLATFORM_HOSTS.test(host)) into.hosts.add(host);
  }
}
