/**
 * Reading built files for the leak check: what kind of file each is, and the identifiers found in
 * it (src/lib/accounts/leak-scan.ts finds them). Its own module so that the check's worker thread
 * (leak-worker.ts) loads nothing else: no dictionary, no schemas.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  type LeakKind,
  type LeakMatcher,
  type LeakPlace,
  type LeakReport,
  scanHtml,
  scanJson,
  scanSegment,
} from '../../accounts/leak-scan.ts';

/** An identifier from the raw data found in a built file. */
export interface Leak {
  file: string;
  kind: LeakKind;
  /** Where in the file: its text, an attribute value, the search index or data (JSON). */
  place: LeakPlace;
  /** The identifier, masked so the report itself does not spread it. */
  masked: string;
}

/** How each kind of built file is read: as markup, as JSON, as a Pagefind fragment, as text, or not at all. */
type FileKind = 'markup' | 'json' | 'fragment' | 'text' | 'skip';
function fileKind(file: string): FileKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xml' || ext === '.svg') return 'markup';
  if (ext === '.json' || ext === '.webmanifest') return 'json';
  if (ext === '.pf_fragment') return 'fragment';
  if (ext === '.txt' || ext === '.md' || ext === '.csv') return 'text';
  return 'skip';
}

/** Pagefind's files start with this marker, after gunzip, before their content. */
const PAGEFIND_MARKER = 'pagefind_dcd';

/** Scans one built file; `report` gets every identifier found. */
export function scanFile(file: string, m: LeakMatcher, report: LeakReport): void {
  const kind = fileKind(file);
  if (kind === 'skip') return;
  let bytes = fs.readFileSync(file);
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  let text = bytes.toString('utf8');
  if (kind === 'markup') {
    scanHtml(text, m, report);
    return;
  }
  if (kind === 'text') {
    scanSegment(text, 0, text.length, m, 'text', report);
    return;
  }
  if (kind === 'fragment' && text.startsWith(PAGEFIND_MARKER)) text = text.slice(PAGEFIND_MARKER.length);
  const place: LeakPlace = kind === 'fragment' ? 'search index' : 'data';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON after all: every character of it is data, so read it as text.
    scanSegment(text, 0, text.length, m, place, report);
    return;
  }
  scanJson(value, m, place, report);
}

/** An identifier masked so that the report itself does not spread it. */
export const maskIdentifier = (value: string) =>
  value.length <= 4 ? '****' : `${value.slice(0, 2)}…${value.slice(-1)} (${value.length} chars)`;

/** Leaks in `files` (absolute paths under `distDir`), once per file and identifier, in their order. */
export function scanFiles(files: readonly string[], distDir: string, m: LeakMatcher): Leak[] {
  const leaks: Leak[] = [];
  for (const file of files) {
    const shown = path.relative(distDir, file);
    const seen = new Set<string>();
    scanFile(file, m, (kind, value, place) => {
      const key = `${kind}:${value}`;
      if (seen.has(key)) return;
      seen.add(key);
      leaks.push({ file: shown, kind, place, masked: maskIdentifier(value) });
    });
  }
  return leaks;
}
