/**
 * The last line of the anonymization: after a build, scan every text file of the output for
 * any handle, name, user id, post id or URL that appears in the raw data (the fetch caches and
 * archive identifier lists under `data/raw/`, plus the demo generator's raw responses, which are
 * regenerated in memory so the check works on a fresh clone). Gzipped files (Pagefind fragments)
 * are unpacked first, HTML entities decoded.
 *
 * To keep the check strict without drowning in false alarms: handles are matched after an `@`
 * or in an x.com/twitter.com path; as bare words only for the measured accounts themselves, or
 * when a digit or underscore makes them no ordinary word; names only when two words or eight
 * letters long; ids only from eight digits; URLs by host and path, and the account's own site by
 * host alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generateDemoAccounts } from '../../accounts/demo/generate.ts';

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

export interface Leak {
  file: string;
  kind: 'handle' | 'name' | 'id' | 'url' | 'host';
  /** The identifier, masked so the report itself does not spread it. */
  masked: string;
}

const HANDLE_KEYS = new Set([
  'username',
  'screen_name',
  'in_reply_to_screen_name',
  'handle',
  'handles',
  'ownHandles',
]);
const NAME_KEYS = new Set(['name', 'accountDisplayName', 'names']);
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

export function normalizeUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#]+$/, '');
}

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

/** Adds every identifier found in a parsed JSON value. */
export function collectFromJson(value: unknown, into: RawIdentifiers, key = ''): void {
  if (Array.isArray(value)) {
    for (const item of value) collectFromJson(item, into, key);
    return;
  }
  if (value && typeof value === 'object') {
    profileSites(value as Record<string, unknown>, into);
    for (const [k, v] of Object.entries(value)) collectFromJson(v, into, k);
    return;
  }
  if (typeof value !== 'string' || value.length === 0) return;
  if (HANDLE_KEYS.has(key)) into.handles.add(value.replace(/^@/, '').toLowerCase());
  if (key === 'ownHandles') into.ownHandles.add(value.replace(/^@/, '').toLowerCase());
  if (NAME_KEYS.has(key)) into.names.add(value.toLowerCase().replace(/\s+/g, ' ').trim());
  if (ID_KEYS.has(key) && /^\d{8,}$/.test(value)) into.ids.add(value);
  if (/^https?:\/\//i.test(value)) {
    const normalized = normalizeUrl(value);
    const host = normalized.split('/')[0] ?? '';
    if (!PLATFORM_HOSTS.test(host) || normalized.includes('/')) into.urls.add(normalized);
    // A profile's website (an archive's website or --site) is identifying by host alone.
    if (SITE_KEYS.has(key) && !PLATFORM_HOSTS.test(host)) into.hosts.add(host);
  }
  if (TEXT_KEYS.has(key)) {
    for (const m of value.matchAll(/@([A-Za-z0-9_]{1,15})/g)) into.handles.add((m[1] ?? '').toLowerCase());
    for (const m of value.matchAll(/https?:\/\/[^\s]+/g)) into.urls.add(normalizeUrl(m[0]));
  }
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

function walkFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(full, out);
    else out.push(full);
  }
  return out;
}

/** Identifiers in every JSON file under `rawDir`, plus (by default) the demo generator's. */
export function collectIdentifiers(rawDir: string, options: { includeDemo?: boolean } = {}): RawIdentifiers {
  const ids = emptyIdentifiers();
  for (const file of walkFiles(rawDir)) {
    if (!file.endsWith('.json')) continue;
    try {
      collectFromJson(JSON.parse(fs.readFileSync(file, 'utf8')), ids);
    } catch {
      // A half-written temp file is not raw data.
    }
  }
  if (options.includeDemo ?? true) {
    for (const demo of generateDemoAccounts()) {
      collectFromJson(demo.user, ids);
      collectFromJson(demo.pages, ids);
      if (demo.archetype.site) ids.hosts.add(normalizeUrl(demo.archetype.site).split('/')[0] ?? '');
    }
  }
  return ids;
}

const TEXT_FILE =
  /\.(html?|json|xml|txt|js|mjs|css|svg|webmanifest|md|csv|pf_fragment|pf_meta|pf_index|pagefind)$/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function readText(file: string): string | null {
  let bytes = fs.readFileSync(file);
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      return null;
    }
  } else if (!TEXT_FILE.test(file)) {
    return null;
  }
  return bytes.toString('utf8');
}

const mask = (value: string) =>
  value.length <= 4 ? '****' : `${value.slice(0, 2)}…${value.slice(-1)} (${value.length} chars)`;
/** A mentioned person's handle with a digit or underscore cannot be an ordinary word. */
const distinctiveHandle = (handle: string) => /[0-9_]/.test(handle);

/** Leaks in one text. */
export function scanText(
  text: string,
  ids: RawIdentifiers,
  file: string,
  nameIndex = indexNames(ids.names),
): Leak[] {
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  const report = (kind: Leak['kind'], value: string) => {
    const key = `${kind}:${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    leaks.push({ file, kind, masked: mask(value) });
  };
  const decoded = decodeEntities(text);
  const lower = decoded.toLowerCase();

  for (const m of lower.matchAll(/(?:@|(?:x|twitter)\.com\/)([a-z0-9_]{1,15})/g)) {
    const handle = m[1] ?? '';
    if (ids.handles.has(handle)) report('handle', handle);
  }
  for (const m of lower.matchAll(/[a-z0-9_]{4,15}/g)) {
    const word = m[0];
    if (ids.ownHandles.has(word) || (ids.handles.has(word) && distinctiveHandle(word)))
      report('handle', word);
  }
  for (const m of decoded.matchAll(/\d{8,20}/g)) {
    if (ids.ids.has(m[0])) report('id', m[0]);
  }
  for (const m of lower.matchAll(
    /(?:[a-z]+:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[^\s"'<>)\]\\]*)?/g,
  )) {
    const host = m[1] ?? '';
    if (ids.hosts.has(host)) report('host', host);
    const full = normalizeUrl(`${host}${m[2] ?? ''}`);
    if (full.includes('/') && ids.urls.has(full)) report('url', full);
  }
  const words = lower.replace(/\s+/g, ' ');
  for (const m of words.matchAll(/[\p{L}\p{N}]+/gu)) {
    const candidates = nameIndex.get(m[0]);
    if (!candidates) continue;
    for (const name of candidates) {
      if (words.startsWith(name, m.index ?? 0)) {
        const after = words[(m.index ?? 0) + name.length];
        if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) report('name', name);
      }
    }
  }
  return leaks;
}

/** Names worth matching, indexed by their first word. */
export function indexNames(names: Set<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const name of names) {
    const letters = name.replace(/[^\p{L}]/gu, '');
    if (!(name.includes(' ') || letters.length >= 8)) continue;
    const first = /^[\p{L}\p{N}]+/u.exec(name)?.[0];
    if (!first) continue;
    const list = index.get(first) ?? [];
    list.push(name);
    index.set(first, list);
  }
  return index;
}

/**
 * Every identifier from `rawDir` (and the demo generator) found in `distDir`. An empty list means
 * the build is clean. Call it after `astro build` and fail the build on any result.
 */
export function findLeaks(distDir: string, rawDir: string, options: { includeDemo?: boolean } = {}): Leak[] {
  const ids = collectIdentifiers(rawDir, options);
  const nameIndex = indexNames(ids.names);
  const leaks: Leak[] = [];
  for (const file of walkFiles(distDir)) {
    const text = readText(file);
    if (text === null) continue;
    leaks.push(...scanText(text, ids, path.relative(distDir, file), nameIndex));
  }
  return leaks;
}

/** One line per leak, for build logs. */
export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks.map((leak) => `  - ${leak.file}: ${leak.kind} ${leak.masked} from the raw data`).join('\n');
}
