/**
 * The git-ignored raw cache of fetches, `data/raw/<handle>/`: the user lookup, each timeline
 * page as X sent it, and the fetch state that lists the pages and lets a killed run resume.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  type RawCacheState,
  rawCacheStateSchema,
  type XTimelinePage,
  type XUserResponse,
  xTimelinePageSchema,
  xUserResponseSchema,
} from '../../../schemas/x-api.ts';
import { PlaybookError } from '../../errors.ts';
import { displayPath } from '../files/display-path.ts';
import { readJsonFile, writeJsonAtomic } from './json-file.ts';

/** Overrides where the raw cache lives. */
export const RAW_DIR_ENV = 'PLAYBOOK_RAW_DIR';

/** Where raw API responses are cached: `PLAYBOOK_RAW_DIR`, default `data/raw/` (git-ignored). */
export function resolveRawDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[RAW_DIR_ENV]?.trim();
  return path.resolve(root, configured && configured.length > 0 ? configured : 'data/raw');
}

/** A whole cache folder, read back. */
export interface RawCache {
  dir: string;
  state: RawCacheState;
  user: XUserResponse;
  pages: XTimelinePage[];
}

/** `data/raw/<handle>/`, lower-cased. */
export function rawCacheDir(rawDir: string, handle: string): string {
  return path.join(rawDir, handle.toLowerCase());
}

/** The fetch state, or null before the first fetch. */
export function readRawState(dir: string): RawCacheState | null {
  const file = path.join(dir, 'state.json');
  return fs.existsSync(file) ? readJsonFile(file, rawCacheStateSchema, 'the fetch state') : null;
}

/** The cached user lookup, or null before the first fetch. */
export function readRawUser(dir: string): XUserResponse | null {
  const file = path.join(dir, 'user.json');
  return fs.existsSync(file) ? readJsonFile(file, xUserResponseSchema, 'the cached user lookup') : null;
}

/** Reads a whole cache folder; every file it lists must be there. */
export function readRawCache(dir: string): RawCache {
  const state = readRawState(dir);
  const user = readRawUser(dir);
  if (!state || !user) {
    throw new PlaybookError(
      [
        {
          file: displayPath(dir),
          message: 'is not a fetch cache (state.json or user.json is missing).',
          fix: 'run accounts:fetch for this handle first.',
        },
      ],
      'Cannot read the fetch cache',
    );
  }
  const pages = state.pages.map((entry) => {
    const file = path.join(dir, entry.file);
    if (!fs.existsSync(file)) {
      throw new PlaybookError(
        [
          {
            file: displayPath(file),
            message: 'is listed in state.json but missing.',
            fix: 'rerun accounts:fetch: it refetches from the last page on disk.',
          },
        ],
        'The fetch cache is incomplete',
      );
    }
    return readJsonFile(file, xTimelinePageSchema, 'a cached timeline page');
  });
  return { dir, state, user, pages };
}

/** Saves the user lookup as X sent it. */
export function writeRawUser(dir: string, user: XUserResponse): void {
  writeJsonAtomic(path.join(dir, 'user.json'), user);
}

/** Saves one timeline page as X sent it, under the file name the state lists. */
export function writeRawPage(dir: string, file: string, page: XTimelinePage): void {
  writeJsonAtomic(path.join(dir, file), page);
}

/** Saves the fetch state; written after each page, so a rerun resumes there. */
export function writeRawState(dir: string, state: RawCacheState): void {
  writeJsonAtomic(path.join(dir, 'state.json'), state);
}

/** Every cache folder under the raw dir (those with a state.json). */
export function listRawCaches(rawDir: string): string[] {
  if (!fs.existsSync(rawDir)) return [];
  return fs
    .readdirSync(rawDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(rawDir, entry.name, 'state.json')))
    .map((entry) => path.join(rawDir, entry.name))
    .sort();
}
