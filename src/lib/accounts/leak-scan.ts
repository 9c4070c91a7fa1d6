/**
 * Finds raw identifiers in built files, only where they could leak and only as whole tokens.
 * Pure: the filesystem side (walking dist/, unpacking Pagefind's files, the word list) is
 * `src/lib/node/accounts/leak-check.ts`.
 *
 * Where: the text nodes and attribute values of HTML (and XML/SVG), the strings of JSON (the
 * Pagefind fragments that are the search index's text). Never CSS (`<style>`, `style="…"`,
 * .css files), never code (`<script>` other than JSON data, .js files), never SVG geometry: those
 * are the site's own fixed text, and CSS's `@media` or `@page` is not a mention of @media.
 *
 * How: every segment is walked once, character by character. Word tokens are runs of letters,
 * digits and `_`; each gets a lower-case hash on the way, and only a token whose hash is one of
 * the identifiers' is cut out and compared. So the cost is one pass over the text, whatever the
 * number of identifiers.
 * - `@handle`: any raw handle, after an `@` that does not follow a word character (so an e-mail
 *   address is not a mention) and ending where the handle ends.
 * - x.com/handle, twitter.com/handle: any raw handle as the first path segment.
 * - a bare handle: only one that cannot be an ordinary word (a digit or `_` in it, or a measured
 *   account's own handle that is not a dictionary word). A mentioned @page is never the word page.
 * - ids: a whole run of 8 to 20 digits equal to a raw id.
 * - names: a person's name of two or more words as a phrase (any whitespace between the words),
 *   or a single-word name of eight letters or more that is not a dictionary word.
 * - hosts and URLs: a dotted host equal to an account's own site, or host and path equal to a
 *   raw URL (scheme, `www.`, a trailing slash and sentence punctuation aside).
 *
 * The HTML tokenizer is written here rather than taken from ultrahtml: the check needs nothing
 * but the text and attribute values in order, once, and a tree of nodes per page costs more than
 * the whole scan. On the benchmark's 8,945 pages (N = 5,000), ultrahtml's parse and walk alone
 * took 3.7 s; the linear pass below, token matching included, 1.7 s. It follows the HTML syntax
 * Astro writes: quoted or bare attribute values, character references, comments, and raw text in
 * `<script>` and `<style>`.
 */

import { decodeEntities } from '../html-entities.ts';
import type { RawIdentifiers } from './raw-identifiers.ts';
import { normalizeUrl } from './raw-identifiers.ts';

export type LeakKind = 'handle' | 'name' | 'id' | 'url' | 'host';
/** Where in a file the identifier was found. */
export type LeakPlace = 'text' | 'attribute' | 'search index' | 'data';

/** Called for every identifier found: kind, the identifier as matched (lower case) and where. */
export type LeakReport = (kind: LeakKind, value: string, place: LeakPlace) => void;

/** The identifiers, compiled for the one-pass scan. Build once per check with `compileLeakMatcher`. */
export interface LeakMatcher {
  handles: ReadonlySet<string>;
  bareHandles: ReadonlySet<string>;
  ids: ReadonlySet<string>;
  urls: ReadonlySet<string>;
  hosts: ReadonlySet<string>;
  /** Hashes of every token worth cutting out: handles, bare handles, first words of names. */
  handleHashes: ReadonlySet<number>;
  bareHashes: ReadonlySet<number>;
  /** Names by the hash of their first word, each name from that word on. */
  namesByFirst: ReadonlyMap<number, readonly string[]>;
}

/** FNV-1a over lower-cased UTF-16 code units, the same hash the scan keeps for each token. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ lowerCode(word.charCodeAt(i)), 0x01000193);
  return h;
}

const lowerCache = new Map<number, number>();
function lowerCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  let lower = lowerCache.get(c);
  if (lower === undefined) {
    lower = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    lowerCache.set(c, lower);
  }
  return lower;
}

/**
 * Word characters: ASCII letters, digits and `_`, and letters beyond ASCII (é, ß…). Spaces,
 * punctuation (’ “ – …), symbols and emoji (surrogates) end a word.
 */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if (c === 0xa0 || c === 0xad || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f)) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return c !== 0xd7 && c !== 0xf7 && (c < 0xa1 || c > 0xbf);
}

const isAsciiWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** Characters of a dotted host: ASCII letters, digits, `-` and `.`. */
const isHostCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;

/** The first word of a name (as the scan cuts words), or null when it has none. */
function firstWord(name: string): { word: string; at: number } | null {
  let start = 0;
  while (start < name.length && !isWordCode(name.charCodeAt(start))) start++;
  let end = start;
  while (end < name.length && isWordCode(name.charCodeAt(end))) end++;
  return end > start ? { word: name.slice(start, end), at: start } : null;
}

/**
 * Compiles the identifiers for scanning. `isWord` says whether a lower-case word is an ordinary
 * dictionary word: such handles are matched only as @handle or in a profile URL, such single-word
 * names not at all.
 */
export function compileLeakMatcher(ids: RawIdentifiers, isWord: (word: string) => boolean): LeakMatcher {
  const handles = new Set([...ids.handles, ...ids.ownHandles].filter((h) => /^[a-z0-9_]{1,15}$/.test(h)));
  const bareHandles = new Set(
    [...handles].filter(
      (h) => h.length >= 4 && (/[0-9_]/.test(h) ? /[a-z]/.test(h) : ids.ownHandles.has(h) && !isWord(h)),
    ),
  );
  const namesByFirst = new Map<number, string[]>();
  for (const raw of ids.names) {
    const name = raw.toLowerCase().replace(/\s+/g, ' ').trim();
    const first = firstWord(name);
    if (!first) continue;
    const phrase = name.slice(first.at).replace(/[^\p{L}\p{N}]+$/u, '');
    const letters = phrase.replace(/[^\p{L}]/gu, '');
    const single = !/[\s]/.test(phrase);
    if (letters.length < 3) continue;
    if (single && (letters.length < 8 || isWord(phrase))) continue;
    const key = hashWord(first.word);
    const list = namesByFirst.get(key) ?? [];
    list.push(phrase);
    namesByFirst.set(key, list);
  }
  return {
    handles,
    bareHandles,
    ids: ids.ids,
    urls: ids.urls,
    hosts: ids.hosts,
    handleHashes: new Set([...handles].map(hashWord)),
    bareHashes: new Set([...bareHandles].map(hashWord)),
    namesByFirst,
  };
}

/** Whether `text` from `at` reads `phrase` (lower case, single spaces) and then ends a word. */
function phraseAt(text: string, at: number, end: number, phrase: string): boolean {
  let i = at;
  for (let j = 0; j < phrase.length; j++) {
    const p = phrase.charCodeAt(j);
    if (i >= end) return false;
    if (p === 32) {
      if (!isSpaceCode(text.charCodeAt(i))) return false;
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
      continue;
    }
    if (lowerCode(text.charCodeAt(i)) !== p) return false;
    i++;
  }
  return i >= end || !isWordCode(text.charCodeAt(i)) || !isWordCode(phrase.charCodeAt(phrase.length - 1));
}

const PROFILE_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com']);

/** Checks a dotted run (a host, maybe with a path after it) that ends at `end`. */
function checkHost(
  text: string,
  start: number,
  end: number,
  limit: number,
  m: LeakMatcher,
  place: LeakPlace,
  report: LeakReport,
): number {
  let hostEnd = end;
  while (hostEnd > start && (text.charCodeAt(hostEnd - 1) === 46 || text.charCodeAt(hostEnd - 1) === 45))
    hostEnd--;
  let host = text.slice(start, hostEnd).toLowerCase();
  if (host.startsWith('www.')) host = host.slice(4);
  if (m.hosts.has(host)) report('host', host, place);
  if (hostEnd !== end || text.charCodeAt(end) !== 47) return end;
  // A path: up to whitespace, a quote, a bracket or the end of the segment.
  let pathEnd = end;
  while (pathEnd < limit) {
    const c = text.charCodeAt(pathEnd);
    if (isSpaceCode(c) || c === 34 || c === 39 || c === 60 || c === 62 || c === 41 || c === 93 || c === 92)
      break;
    pathEnd++;
  }
  const path = text.slice(end, pathEnd).toLowerCase();
  if (PROFILE_HOSTS.has(host)) {
    const handle = /^\/@?([a-z0-9_]{1,15})(?![a-z0-9_])/.exec(path)?.[1];
    if (handle && m.handles.has(handle)) report('handle', handle, place);
  }
  const url = normalizeUrl(`${host}${path.replace(/[.,;:!?]+$/, '')}`);
  if (m.urls.has(url)) report('url', url, place);
  else {
    const withoutQuery = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
    if (withoutQuery !== url && m.urls.has(withoutQuery)) report('url', withoutQuery, place);
  }
  return pathEnd;
}

/**
 * Scans `text[start, end)`: one pass, reporting every identifier found as a whole token. The
 * text must already be free of HTML entities (`decodeEntities`).
 */
export function scanSegment(
  text: string,
  start: number,
  end: number,
  m: LeakMatcher,
  place: LeakPlace,
  report: LeakReport,
): void {
  let i = start;
  // Host runs already checked end before this index, so a run with several dots is checked once.
  let checkedUntil = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      // A dot between two word characters: the run of [A-Za-z0-9.-] around it may be a host.
      if (
        c === 46 &&
        i >= checkedUntil &&
        i > start &&
        i + 1 < end &&
        isAsciiWordCode(text.charCodeAt(i - 1)) &&
        isAsciiWordCode(text.charCodeAt(i + 1))
      ) {
        let s = i;
        while (s > start && isHostCode(text.charCodeAt(s - 1))) s--;
        let e = i + 1;
        while (e < end && isHostCode(text.charCodeAt(e))) e++;
        checkedUntil = checkHost(text, s, e, end, m, place, report);
      }
      i++;
      continue;
    }
    // A word token: [i, j), hashed lower-case on the way.
    let j = i;
    let h = 0x811c9dc5;
    let digits = 0;
    let ascii = true;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (!isWordCode(d)) break;
      if (d >= 48 && d <= 57) digits++;
      else if (d >= 0x80) ascii = false;
      h = Math.imul(h ^ lowerCode(d), 0x01000193);
      j++;
    }
    const length = j - i;
    if (digits === length) {
      if (length >= 8 && length <= 20) {
        const id = text.slice(i, j);
        if (m.ids.has(id)) report('id', id, place);
      }
    } else if (ascii && length <= 15) {
      const mention =
        i > start &&
        text.charCodeAt(i - 1) === 64 &&
        (i - 1 === start || !isWordCode(text.charCodeAt(i - 2)));
      if ((mention && m.handleHashes.has(h)) || m.bareHashes.has(h)) {
        const word = text.slice(i, j).toLowerCase();
        if (mention && m.handles.has(word)) report('handle', word, place);
        else if (m.bareHandles.has(word)) report('handle', word, place);
      }
    }
    const names = m.namesByFirst.get(h);
    if (names) {
      for (const name of names) if (phraseAt(text, i, end, name)) report('name', name, place);
    }
    i = j;
  }
}

/**
 * Scans ranges of one document in order, decoding character references only in the ranges that
 * hold one. The next "&" is looked up once and reused until passed, so finding them costs one
 * pass over the document rather than one search per range.
 */
function rangeScanner(text: string, m: LeakMatcher, report: LeakReport) {
  let nextAmp = -1;
  return (start: number, end: number, place: LeakPlace): void => {
    if (nextAmp >= 0 && nextAmp < start) nextAmp = -1;
    if (nextAmp < 0) {
      nextAmp = text.indexOf('&', start);
      if (nextAmp < 0) nextAmp = text.length;
    }
    if (nextAmp >= end) {
      scanSegment(text, start, end, m, place, report);
      return;
    }
    const decoded = decodeEntities(text.slice(start, end));
    scanSegment(decoded, 0, decoded.length, m, place, report);
  };
}

/** Attributes whose values are CSS or SVG geometry: the site's own, never data. */
const SKIPPED_ATTRIBUTES = new Set([
  'style',
  'd',
  'points',
  'viewbox',
  'transform',
  'x',
  'y',
  'width',
  'height',
]);

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** Whether `html` at `at` starts with `word` (lower case), in any case. */
function startsWithAt(html: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++)
    if (lower(html.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Index of `</name` from `from`, in any case, or the end of the text. */
function closingTag(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const lt = html.indexOf('</', at);
    if (lt < 0) return html.length;
    if (startsWithAt(html, lt + 2, name)) return lt;
    at = lt + 2;
  }
}

/**
 * Scans an HTML (or XML, or SVG) document: text nodes and comments as text, attribute values as
 * attributes; `<style>` and `<script>` bodies are skipped, except `<script type="…json">`, which is
 * data.
 */
export function scanHtml(html: string, m: LeakMatcher, report: LeakReport): void {
  const n = html.length;
  const scanRange = rangeScanner(html, m, report);
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) scanRange(i, textEnd, 'text');
    if (lt < 0) return;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        const close = html.indexOf('-->', lt + 4);
        const stop = close < 0 ? n : close;
        scanRange(lt + 4, stop, 'text');
        i = close < 0 ? n : close + 3;
      } else if (html.startsWith('<![CDATA[', lt)) {
        const close = html.indexOf(']]>', lt + 9);
        const stop = close < 0 ? n : close;
        scanSegment(html, lt + 9, stop, m, 'text', report);
        i = close < 0 ? n : close + 3;
      } else {
        const gt = html.indexOf('>', lt);
        i = gt < 0 ? n : gt + 1;
      }
      continue;
    }
    if (next === 47 /* / */ || next === 63 /* ? */) {
      const gt = html.indexOf('>', lt);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (!((next >= 97 && next <= 122) || (next >= 65 && next <= 90))) {
      // A lone "<" in text.
      scanRange(lt, lt + 1, 'text');
      i = lt + 1;
      continue;
    }
    // A start tag: its name, then its attributes.
    let j = lt + 1;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (c === 62 || c === 47 || isSpaceCode(c)) break;
      j++;
    }
    const tag = html.slice(lt + 1, j).toLowerCase();
    let json = false;
    for (;;) {
      while (j < n && (isSpaceCode(html.charCodeAt(j)) || html.charCodeAt(j) === 47)) j++;
      if (j >= n || html.charCodeAt(j) === 62) break;
      const nameStart = j;
      while (j < n) {
        const c = html.charCodeAt(j);
        if (c === 61 || c === 62 || c === 47 || isSpaceCode(c)) break;
        j++;
      }
      const name = html.slice(nameStart, j).toLowerCase();
      while (j < n && isSpaceCode(html.charCodeAt(j))) j++;
      if (html.charCodeAt(j) !== 61 /* = */) continue;
      j++;
      while (j < n && isSpaceCode(html.charCodeAt(j))) j++;
      const quote = html.charCodeAt(j);
      let valueStart: number;
      let valueEnd: number;
      if (quote === 34 || quote === 39) {
        valueStart = j + 1;
        valueEnd = html.indexOf(quote === 34 ? '"' : "'", valueStart);
        if (valueEnd < 0) valueEnd = n;
        j = valueEnd + 1;
      } else {
        valueStart = j;
        while (j < n && !isSpaceCode(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j++;
        valueEnd = j;
      }
      if (name === 'type' && /json/i.test(html.slice(valueStart, valueEnd))) json = true;
      if (!SKIPPED_ATTRIBUTES.has(name) && valueEnd > valueStart)
        scanRange(valueStart, valueEnd, 'attribute');
    }
    i = j + 1;
    if (tag === 'script' || tag === 'style') {
      const close = closingTag(html, i, tag);
      if (tag === 'script' && json) scanSegment(html, i, close, m, 'data', report);
      i = close;
    }
  }
}

/** Scans every string in a parsed JSON value (keys are the format's own, never data). */
export function scanJson(value: unknown, m: LeakMatcher, place: LeakPlace, report: LeakReport): void {
  if (typeof value === 'string') {
    if (value.length > 0) scanSegment(value, 0, value.length, m, place, report);
  } else if (Array.isArray(value)) {
    for (const item of value) scanJson(item, m, place, report);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) scanJson(item, m, place, report);
  }
}
