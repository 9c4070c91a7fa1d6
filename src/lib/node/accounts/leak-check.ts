/**
 * The last line of the anonymization: after a build, scan every text file of the output for
 * any handle, name, user id, post id or URL that appears in the raw data (the fetch caches and
 * archive identifier lists under `data/raw/`, plus the demo accounts' identifiers, committed in
 * src/lib/accounts/demo/raw-identifiers.json so the check works on a fresh clone without running
 * the generator). Gzipped files (Pagefind fragments) are unpacked first, HTML entities decoded.
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
import demoIdentifiers from '../../accounts/demo/raw-identifiers.json' with { type: 'json' };
import {
  collectFromJson,
  emptyIdentifiers,
  normalizeUrl,
  type RawIdentifiers,
} from '../../accounts/raw-identifiers.ts';

/** An identifier from the raw data found in a built file. */
export interface Leak {
  file: string;
  kind: 'handle' | 'name' | 'id' | 'url' | 'host';
  /** The identifier, masked so the report itself does not spread it. */
  masked: string;
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

/** Identifiers in every JSON file under `rawDir`, plus (by default) the demo accounts'. */
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
  if (options.includeDemo ?? true) collectFromJson(demoIdentifiers, ids);
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
 * Every identifier from `rawDir` (and the demo accounts) found in `distDir`. An empty list means
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
