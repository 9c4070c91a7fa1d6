/**
 * Reads an X data archive (the .zip X sends, or the folder it unpacks to) and returns the
 * common timeline. Only these files are ever opened: `data/tweets.js`, `data/tweets-part<N>.js`,
 * older archives' `data/tweet.js` (and `tweet-part<N>.js`), `data/community-tweet.js` (posts made
 * in Communities, which `tweets.js` leaves out), `data/account.js`, `data/profile.js` and
 * `data/manifest.js` (to notice a missing part). Everything else in an archive (direct messages,
 * e-mail addresses, contacts, ad data) stays unread: in a zip it is not even decompressed. The
 * parsing is pure (`src/lib/accounts/normalize-archive.ts`).
 *
 * Where the files sit varies with who zipped them: `data/` at the top (as X sends it), under a
 * top folder (`twitter-2026-02-20-abc/data/`, after unzipping and zipping again), at the top with
 * no `data/` (archives before 2020), with backslashes in the paths (some Windows tools), beside
 * macOS `__MACOSX/` copies. The folder that holds `account.js` is the archive.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  type ArchiveAccount,
  type ArchiveProfile,
  type ArchiveTweet,
  archiveAccountSchema,
  archiveManifestSchema,
  archiveProfileSchema,
  archiveTweetSchema,
} from '../../../schemas/x-archive.ts';
import { normalizeArchiveTimeline, parseYtdScript } from '../../accounts/normalize-archive.ts';
import type { Timeline } from '../../accounts/timeline.ts';
import { PlaybookError, type Problem, zodProblems } from '../../errors.ts';
import { displayPath } from '../files/display-path.ts';
import { readZipSelection, ZipFormatError } from './zip.ts';

/** The archive files the import may read, and nothing else (besides `manifest.js`). */
export const ARCHIVE_FILE = /^(tweets|tweet|community-tweet)(?:-part(\d+))?\.js$|^(account|profile)\.js$/;
/** The post files: the account's own posts, split in parts when there are many. */
const POSTS_FILE = /^(tweets|tweet|community-tweet)(?:-part(\d+))?\.js$/;
/** The archive's table of contents, read only to check that every post file is there. */
export const MANIFEST_FILE = 'manifest.js';

interface ArchiveText {
  /** Path shown in errors: the archive, then the file inside it. */
  shown: string;
  name: string;
  text: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const fail = (problems: Problem[]): never => {
  throw new PlaybookError(problems, 'The X archive cannot be imported');
};

function decode(bytes: Uint8Array, shown: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    return fail([{ file: shown, message: 'is not UTF-8 text.', fix: 'download the archive again from X.' }]);
  }
}

/** The folder holding account.js and the tweets files, for the layouts people hand over. */
function findDataFolder(root: string): string | null {
  const candidates = [path.join(root, 'data'), root];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'data' || entry.name === '__MACOSX') continue;
    candidates.push(path.join(root, entry.name, 'data'), path.join(root, entry.name));
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'account.js'))) ?? null;
}

const posixPath = (name: string) => name.replace(/\\/g, '/');
const dirOf = (name: string) => path.posix.dirname(posixPath(name));
const baseOf = (name: string) => path.posix.basename(posixPath(name));
const isMacCopy = (name: string) => /(^|\/)__MACOSX\//.test(posixPath(name)) || baseOf(name).startsWith('._');

/**
 * The zip entries to read: the archive files in the folder that holds `account.js` (or, when
 * there is none, the one that holds the post files, so the error can say `account.js` is the
 * file missing).
 */
export function selectArchiveEntries(names: readonly string[], archive: string): string[] {
  const usable = names.filter((n) => !isMacCopy(n));
  const accountDirs = [...new Set(usable.filter((n) => baseOf(n) === 'account.js').map(dirOf))];
  if (accountDirs.length > 1) {
    return fail([
      {
        file: archive,
        message: `holds more than one X archive (account.js in ${accountDirs.map((d) => `${d}/`).join(', ')}).`,
        fix: 'pass one archive at a time: unzip it and pass the folder of the one you mean.',
      },
    ]);
  }
  const dir = accountDirs[0] ?? usable.filter((n) => POSTS_FILE.test(baseOf(n))).map(dirOf)[0];
  if (dir === undefined) return [];
  return usable.filter((n) => {
    if (dirOf(n) !== dir) return false;
    const base = baseOf(n);
    return ARCHIVE_FILE.test(base) || base === MANIFEST_FILE;
  });
}

/** Reads the needed files from a folder or a zip; `archive` is shown in errors. */
export function readArchiveTexts(archive: string): ArchiveText[] {
  if (!fs.existsSync(archive)) {
    return fail([
      {
        file: archive,
        message: 'does not exist.',
        fix: 'pass the .zip X sent you, or the folder it unpacks to.',
      },
    ]);
  }
  const texts: ArchiveText[] = [];
  if (fs.statSync(archive).isDirectory()) {
    const data = findDataFolder(archive);
    if (!data) {
      return fail([
        {
          file: archive,
          message: 'has no data/account.js, so it is not an unpacked X archive (or it is only part of one).',
          fix: 'pass the folder that contains data/ (or the .zip itself).',
        },
      ]);
    }
    for (const name of fs.readdirSync(data).sort()) {
      if (!ARCHIVE_FILE.test(name) && name !== MANIFEST_FILE) continue;
      const file = path.join(data, name);
      texts.push({
        shown: displayPath(file),
        name,
        text: decode(fs.readFileSync(file), file),
      });
    }
    return texts;
  }
  let read: ReturnType<typeof readZipSelection>;
  try {
    read = readZipSelection(archive, (names) => selectArchiveEntries(names, archive));
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    return fail([
      {
        file: archive,
        message: `is not a readable zip: ${error.message}.`,
        fix: 'download the archive again; unzip it and pass the folder if the zip tool complains too.',
      },
    ]);
  }
  for (const [entry, bytes] of [...read.files].sort(([a], [b]) => a.localeCompare(b))) {
    const shown = `${archive}:${posixPath(entry)}`;
    texts.push({ shown, name: baseOf(entry), text: decode(bytes, shown) });
  }
  return texts;
}

export interface ArchiveImportOptions {
  /** The account's own website, since archives only keep the profile link as t.co. */
  siteUrl?: string | null;
  now?: number;
}

export interface ArchiveContents {
  tweets: ArchiveTweet[];
  account: ArchiveAccount['account'];
  profile: ArchiveProfile['profile'] | null;
  tweetFiles: string[];
}

interface PostFile {
  t: ArchiveText;
  /** `tweets`, `tweet` (older archives) or `community-tweet`. */
  family: string;
  part: number;
}

/** The YTD names a post file may declare: `tweets.js` and `tweet.js` hold the same data set. */
const YTD_NAMES: Record<string, readonly string[]> = {
  tweets: ['tweets', 'tweet'],
  tweet: ['tweet', 'tweets'],
  'community-tweet': ['community_tweet'],
};

/** Checks that a family's parts run on without a gap; `first` may be 0 (`tweets.js`) or 1. */
function checkParts(parts: readonly PostFile[], family: string, archive: string): void {
  const first = parts[0]?.part ?? 0;
  parts.forEach((part, index) => {
    if (part.part !== first + index) {
      fail([
        {
          file: archive,
          field: `data/${family}-part${first + index}.js`,
          message: `is missing while ${part.t.name} is present: the archive is partial.`,
          fix: 'download the archive again; every part must be there.',
        },
      ]);
    }
  });
}

/**
 * The post files `data/manifest.js` says the archive was written with (basenames), or null when
 * there is no manifest or it cannot be read (it is only a cross-check, never a reason to stop).
 */
export function manifestPostFiles(text: string): string[] | null {
  const start = text.indexOf('{');
  if (!/^\uFEFF?\s*window\.__THAR_CONFIG\s*=/.test(text) || start < 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start).replace(/;\s*$/, ''));
  } catch {
    return null;
  }
  const parsed = archiveManifestSchema.safeParse(value);
  if (!parsed.success) return null;
  const types = parsed.data.dataTypes ?? {};
  const files = [types.tweets, types.tweet, types.communityTweet].flatMap((t) => t?.files ?? []);
  return files.map((f) => path.posix.basename(posixPath(f.fileName)));
}

/** Parses and checks the archive files: whole set of parts, expected shapes. */
export function parseArchive(texts: ArchiveText[], archive: string): ArchiveContents {
  const accountFile = texts.find((t) => t.name === 'account.js');
  if (!accountFile) {
    return fail([
      {
        file: archive,
        field: 'data/account.js',
        message: 'is missing.',
        fix: 'the archive is partial: download the full archive from X.',
      },
    ]);
  }
  const postFiles: PostFile[] = texts
    .map((t) => ({ t, m: POSTS_FILE.exec(t.name) }))
    .filter((x): x is { t: ArchiveText; m: RegExpExecArray } => x.m !== null)
    .map(({ t, m }) => ({ t, family: m[1] as string, part: m[2] ? Number(m[2]) : 0 }));
  const family = postFiles.some((f) => f.family === 'tweets') ? 'tweets' : 'tweet';
  const parts = postFiles.filter((f) => f.family === family).sort((a, b) => a.part - b.part);
  if (parts.length === 0) {
    return fail([
      {
        file: archive,
        field: 'data/tweets.js',
        message: 'is missing (and so is the older data/tweet.js).',
        fix: 'the archive is partial: download the full archive from X.',
      },
    ]);
  }
  checkParts(parts, family, archive);
  const community = postFiles.filter((f) => f.family === 'community-tweet').sort((a, b) => a.part - b.part);
  checkParts(community, 'community-tweet', archive);

  // The manifest lists every part X wrote: a missing last part leaves no gap to notice otherwise.
  const manifest = texts.find((t) => t.name === MANIFEST_FILE);
  const listed = manifest ? manifestPostFiles(manifest.text) : null;
  const present = new Set(texts.map((t) => t.name));
  const absent = (listed ?? []).filter((name) => !present.has(name));
  if (absent.length > 0) {
    fail(
      absent.map((name) => ({
        file: archive,
        field: `data/${name}`,
        message: 'is listed in data/manifest.js but missing: the archive is partial.',
        fix: 'if X sent the archive as several .zip files, unzip them all into one folder and pass that folder; otherwise download the archive again.',
      })),
    );
  }

  const tweets: ArchiveTweet[] = [];
  const problems: Problem[] = [];
  for (const { t, part, family: fileFamily } of [...parts, ...community]) {
    const script = parseYtdScript(t.text, t.shown);
    const names = YTD_NAMES[fileFamily] ?? [fileFamily];
    if (!names.includes(script.name) || script.part !== part) {
      problems.push({
        file: t.shown,
        message: `declares window.YTD.${script.name}.part${script.part}, expected window.YTD.${names[0]}.part${part}.`,
        fix: 'the file was renamed or edited: download the archive again.',
      });
      continue;
    }
    script.entries.forEach((entry, index) => {
      // Current archives wrap each post as { "tweet": { … } }; older ones list the posts bare.
      const wrapped = entry !== null && typeof entry === 'object' && 'tweet' in entry;
      const inner = wrapped ? (entry as { tweet: unknown }).tweet : entry;
      const parsed = archiveTweetSchema.safeParse(inner);
      if (parsed.success) tweets.push(parsed.data);
      else if (problems.length < 10)
        problems.push(...zodProblems(t.shown, parsed.error, `[${index}].${wrapped ? 'tweet.' : ''}`));
    });
  }
  const account = parseSingle(accountFile, 'account', archiveAccountSchema, problems);
  const profileFile = texts.find((t) => t.name === 'profile.js');
  const profile = profileFile ? parseSingle(profileFile, 'profile', archiveProfileSchema, problems) : null;
  if (problems.length > 0 || !account) fail(problems.slice(0, 10));
  return {
    tweets,
    account: (account as ArchiveAccount).account,
    profile: profile ? profile.profile : null,
    tweetFiles: [...parts, ...community].map((p) => p.t.shown),
  };
}

function parseSingle<T>(
  file: ArchiveText,
  name: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | null {
  const script = parseYtdScript(file.text, file.shown);
  if (script.name !== name) {
    problems.push({
      file: file.shown,
      message: `declares window.YTD.${script.name}, expected window.YTD.${name}.`,
      fix: 'download the archive again.',
    });
    return null;
  }
  const parsed = schema.safeParse(script.entries[0]);
  if (!parsed.success) {
    problems.push(...zodProblems(file.shown, parsed.error, '[0].'));
    return null;
  }
  return parsed.data;
}

/** Reads, checks and normalizes an archive; also returns the parsed files (for the leak check's identifiers). */
export function readArchive(
  archive: string,
  options: ArchiveImportOptions = {},
): { timeline: Timeline; contents: ArchiveContents } {
  const contents = parseArchive(readArchiveTexts(archive), archive);
  const timeline = normalizeArchiveTimeline(
    {
      tweets: contents.tweets,
      account: contents.account,
      profile: contents.profile,
      importedAt: options.now ?? Date.now(),
      siteUrl: options.siteUrl ?? null,
    },
    contents.tweetFiles.join(', '),
  );
  return { timeline, contents };
}

/** Reads, checks and normalizes an archive. */
export function importArchive(archive: string, options: ArchiveImportOptions = {}): Timeline {
  return readArchive(archive, options).timeline;
}
