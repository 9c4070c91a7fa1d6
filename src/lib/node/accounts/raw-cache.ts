/**
 * Files of the account pipeline: the git-ignored raw cache (`data/raw/<handle>/`), the published
 * records (`<content dir>/accounts/<pseudonym>.json`) and the secret salt. Every write is atomic
 * (temp file, then rename), so a killed run leaves either the old file or the new one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { type AccountRecord, accountRecordSchema } from '../../../schemas/account.ts';
import {
  type RawCacheState,
  rawCacheStateSchema,
  type XTimelinePage,
  type XUserResponse,
  xTimelinePageSchema,
  xUserResponseSchema,
} from '../../../schemas/x-api.ts';
import { DEMO_SALT } from '../../accounts/anonymize.ts';
import { formatJson } from '../../accounts/json-format.ts';
import { PlaybookError, zodProblems } from '../../errors.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { displayPath } from '../files/display-path.ts';

export const RAW_DIR_ENV = 'PLAYBOOK_RAW_DIR';
export const SALT_ENV = 'PLAYBOOK_SALT';
/** A salt shorter than this is guessable. */
export const MIN_SALT_LENGTH = 16;

const shown = displayPath;

/** Where raw API responses are cached: `PLAYBOOK_RAW_DIR`, default `data/raw/` (git-ignored). */
export function resolveRawDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[RAW_DIR_ENV]?.trim();
  return path.resolve(root, configured && configured.length > 0 ? configured : 'data/raw');
}

/**
 * The HMAC key for pseudonyms. Real accounts need `PLAYBOOK_SALT` (a long random secret kept out
 * of the repository); only the shipped examples may use the public demo salt, and only when asked.
 */
export function resolveSalt(options: { demo: boolean }, env: NodeJS.ProcessEnv = process.env): string {
  if (options.demo) return DEMO_SALT;
  const salt = env[SALT_ENV] ?? '';
  if (salt.length < MIN_SALT_LENGTH) {
    throw new PlaybookError(
      [
        {
          file: 'environment',
          field: SALT_ENV,
          message: salt
            ? `is only ${salt.length} characters long.`
            : 'is not set, so pseudonyms cannot be made.',
          fix: `set ${SALT_ENV} to a random secret of at least ${MIN_SALT_LENGTH} characters (e.g. the output of \`openssl rand -hex 32\`), keep it out of the repository, and reuse it so pages keep their addresses.`,
        },
      ],
      'No secret salt for pseudonyms',
    );
  }
  return salt;
}

/** Writes JSON the way the project's formatter would, atomically. */
export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomic(file, formatJson(value));
}

function readJson<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PlaybookError(
      [
        {
          file: shown(file),
          message: `cannot be read as JSON (${(error as Error).message}).`,
          fix: `delete it and rerun the command that writes ${what}.`,
        },
      ],
      `Cannot read ${what}`,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new PlaybookError(zodProblems(shown(file), parsed.error), `Cannot read ${what}`);
  return parsed.data;
}

// ---- raw cache -------------------------------------------------------------------------------

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

export function readRawState(dir: string): RawCacheState | null {
  const file = path.join(dir, 'state.json');
  return fs.existsSync(file) ? readJson(file, rawCacheStateSchema, 'the fetch state') : null;
}

export function readRawUser(dir: string): XUserResponse | null {
  const file = path.join(dir, 'user.json');
  return fs.existsSync(file) ? readJson(file, xUserResponseSchema, 'the cached user lookup') : null;
}

/** Reads a whole cache folder; every file it lists must be there. */
export function readRawCache(dir: string): RawCache {
  const state = readRawState(dir);
  const user = readRawUser(dir);
  if (!state || !user) {
    throw new PlaybookError(
      [
        {
          file: shown(dir),
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
            file: shown(file),
            message: 'is listed in state.json but missing.',
            fix: 'rerun accounts:fetch: it refetches from the last page on disk.',
          },
        ],
        'The fetch cache is incomplete',
      );
    }
    return readJson(file, xTimelinePageSchema, 'a cached timeline page');
  });
  return { dir, state, user, pages };
}

export function writeRawUser(dir: string, user: XUserResponse): void {
  writeJsonAtomic(path.join(dir, 'user.json'), user);
}

export function writeRawPage(dir: string, file: string, page: XTimelinePage): void {
  writeJsonAtomic(path.join(dir, file), page);
}

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

// ---- published records -----------------------------------------------------------------------

export function accountsDir(contentDir: string): string {
  return path.join(contentDir, 'accounts');
}

export function recordFile(contentDir: string, pseudonym: string): string {
  return path.join(accountsDir(contentDir), `${pseudonym}.json`);
}

/** Validates and writes a record atomically; returns its path. */
export function writeAccountRecord(contentDir: string, record: AccountRecord): string {
  const checked = accountRecordSchema.parse(record);
  const file = recordFile(contentDir, checked.pseudonym);
  writeJsonAtomic(file, checked);
  return file;
}

export function readAccountRecord(file: string): AccountRecord {
  return readJson(file, accountRecordSchema, 'an account record');
}

/** Every record in `<content dir>/accounts/`, by file name. */
export function readAccountRecords(contentDir: string): { file: string; record: AccountRecord }[] {
  const dir = accountsDir(contentDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { file, record: readAccountRecord(file) };
    });
}
