/**
 * Reads an X data archive (the .zip X sends, or the folder it unpacks to) and returns the
 * common timeline. Only these files are ever opened: `data/tweets.js`, `data/tweets-part<N>.js`,
 * older archives' `data/tweet.js` (and `tweet-part<N>.js`), `data/community-tweet.js` (posts made
 * in Communities, which `tweets.js` leaves out), `data/note-tweet.js` (the whole text of long
 * posts), `data/account.js`, `data/profile.js` and `data/manifest.js` (to notice a missing part,
 * and to tell a file left out because it is empty from one that is lost). `profile.js` and
 * `note-tweet.js` may be missing: the bio is then unknown, long posts keep their cut-short text,
 * and a notice says so. Everything else in an archive (direct messages,
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
  type ArchiveNoteTweet,
  type ArchiveProfile,
  type ArchiveTweet,
  archiveAccountSchema,
  archiveManifestSchema,
  archiveNoteTweetSchema,
  archiveProfileSchema,
  archiveTweetSchema,
} from '../../../schemas/x-archive.ts';
import {
  matchNoteTweets,
  normalizeArchiveTimeline,
  parseYtdScript,
  type YtdScript,
} from '../../accounts/normalize-archive.ts';
import type { Timeline } from '../../accounts/timeline.ts';
import { PlaybookError, type Problem, zodProblems } from '../../errors.ts';
import { displayPath } from '../files/display-path.ts';
import { readZipSelection, ZipFormatError } from './zip.ts';

/** The archive files the import may read, and nothing else (besides `manifest.js`). */
export const ARCHIVE_FILE =
  /^(tweets|tweet|community-tweet|note-tweet)(?:-part(\d+))?\.js$|^(account|profile)\.js$/;
/** The post files: the account's own posts, split in parts when there are many. */
const POSTS_FILE = /^(tweets|tweet|community-tweet)(?:-part(\d+))?\.js$/;
/** The whole texts of long posts (the post files hold them cut short at 280 characters). */
const NOTES_FILE = /^(note-tweet)(?:-part(\d+))?\.js$/;
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

/**
 * Something the import noticed and went on from, for the scripts to print: a `warning` changes
 * what the figures can say (an unknown bio), a `note` does not (an empty file left out).
 */
export interface ArchiveNotice {
  level: 'warning' | 'note';
  /** The archive file it is about, as `data/<name>`. */
  file: string;
  message: string;
}

export interface ArchiveContents {
  tweets: ArchiveTweet[];
  account: ArchiveAccount['account'];
  /** Null when the archive has no `profile.js`: the bio and its website link are then unknown. */
  profile: ArchiveProfile['profile'] | null;
  /** The whole texts of long posts, from `note-tweet.js`. */
  notes: ArchiveNoteTweet[];
  tweetFiles: string[];
  notices: ArchiveNotice[];
}

interface PostFile {
  t: ArchiveText;
  /** `tweets`, `tweet` (older archives), `community-tweet` or `note-tweet`. */
  family: string;
  part: number;
}

/** The YTD names a data file may declare: `tweets.js` and `tweet.js` hold the same data set. */
const YTD_NAMES: Record<string, readonly string[]> = {
  tweets: ['tweets', 'tweet'],
  tweet: ['tweet', 'tweets'],
  'community-tweet': ['community_tweet'],
  'note-tweet': ['note_tweet'],
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

/** One file `data/manifest.js` lists. */
export interface ManifestFile {
  /** The file's base name, `tweets-part1.js`. */
  name: string;
  /** The manifest's data type, `tweets`, `communityTweet`, `noteTweet`, `profile`… */
  dataType: string;
  /** Entries X wrote into it; null when the manifest does not say. */
  count: number | null;
}

/**
 * The files `data/manifest.js` says the archive was written with, or null when there is no
 * manifest or it cannot be read (it is only a cross-check, never a reason to stop).
 */
export function manifestFiles(text: string): ManifestFile[] | null {
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
  return Object.entries(parsed.data.dataTypes ?? {}).flatMap(([dataType, { files }]) =>
    (files ?? []).map((f) => ({
      name: path.posix.basename(posixPath(f.fileName)),
      dataType,
      count: f.count !== undefined && /^\d+$/.test(f.count) ? Number(f.count) : null,
    })),
  );
}

/** Data types whose files hold the account's posts: one missing with entries makes the archive partial. */
const POST_DATA_TYPES = new Set(['tweets', 'tweet', 'communityTweet']);

/**
 * What the manifest says about files the import reads that are not in the archive: a post file
 * with entries is a partial archive (returned as problems); a file listed with 0 entries may be
 * left out (a note); `note-tweet.js` with entries only costs long posts their whole text (a
 * warning). `profile.js` is left to the caller, which warns once whatever the manifest says.
 */
function checkListedFiles(
  listed: readonly ManifestFile[],
  present: ReadonlySet<string>,
  archive: string,
): { problems: Problem[]; notices: ArchiveNotice[] } {
  const problems: Problem[] = [];
  const notices: ArchiveNotice[] = [];
  for (const file of listed) {
    if (present.has(file.name) || !ARCHIVE_FILE.test(file.name) || file.name === 'profile.js') continue;
    const shown = `data/${file.name}`;
    if (file.count === 0) {
      notices.push({
        level: 'note',
        file: shown,
        message:
          'is listed in data/manifest.js with 0 entries and is not in the archive: there is nothing to read.',
      });
    } else if (POST_DATA_TYPES.has(file.dataType) || POSTS_FILE.test(file.name)) {
      problems.push({
        file: archive,
        field: shown,
        message: `is listed in data/manifest.js${file.count === null ? '' : ` with ${file.count} entries`} but missing: the archive is partial.`,
        fix: 'if X sent the archive as several .zip files, unzip them all into one folder and pass that folder; otherwise download the archive again.',
      });
    } else if (NOTES_FILE.test(file.name)) {
      notices.push({
        level: 'warning',
        file: shown,
        message: `is listed in data/manifest.js${file.count === null ? '' : ` with ${file.count} entries`} but missing: long posts keep only their first 280 characters for the text cues.`,
      });
    }
  }
  return { problems, notices };
}

/** Files of one family (`tweets`, `note-tweet`…), in part order. */
function filesOf(texts: readonly ArchiveText[], pattern: RegExp): PostFile[] {
  return texts
    .map((t) => ({ t, m: pattern.exec(t.name) }))
    .filter((x): x is { t: ArchiveText; m: RegExpExecArray } => x.m !== null)
    .map(({ t, m }) => ({ t, family: m[1] as string, part: m[2] ? Number(m[2]) : 0 }))
    .sort((a, b) => a.part - b.part);
}

/** The script of a data file, or a problem when it declares another data set or part. */
function declaredScript(file: PostFile, problems: Problem[]): YtdScript | null {
  const script = parseYtdScript(file.t.text, file.t.shown);
  const names = YTD_NAMES[file.family] ?? [file.family];
  if (names.includes(script.name) && script.part === file.part) return script;
  problems.push({
    file: file.t.shown,
    message: `declares window.YTD.${script.name}.part${script.part}, expected window.YTD.${names[0]}.part${file.part}.`,
    fix: 'the file was renamed or edited: download the archive again.',
  });
  return null;
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
  // The manifest lists every file X wrote, with its number of entries: a missing last part
  // leaves no gap to notice otherwise, and a file with 0 entries may simply not be there.
  const manifest = texts.find((t) => t.name === MANIFEST_FILE);
  const listed = manifest ? manifestFiles(manifest.text) : null;
  const present = new Set(texts.map((t) => t.name));

  const postFiles = filesOf(texts, POSTS_FILE);
  const family = postFiles.some((f) => f.family === 'tweets') ? 'tweets' : 'tweet';
  const parts = postFiles.filter((f) => f.family === family);
  const listedPosts = (listed ?? []).filter((f) => /^tweets?(-part\d+)?\.js$/.test(f.name));
  const emptyByManifest = listedPosts.length > 0 && listedPosts.every((f) => f.count === 0);
  if (parts.length === 0 && !emptyByManifest) {
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
  const community = postFiles.filter((f) => f.family === 'community-tweet');
  checkParts(community, 'community-tweet', archive);
  const noteFiles = filesOf(texts, NOTES_FILE);
  checkParts(noteFiles, 'note-tweet', archive);

  const checked = checkListedFiles(listed ?? [], present, archive);
  if (checked.problems.length > 0) fail(checked.problems);
  const notices = checked.notices;

  const tweets: ArchiveTweet[] = [];
  const problems: Problem[] = [];
  for (const file of [...parts, ...community]) {
    const script = declaredScript(file, problems);
    script?.entries.forEach((entry, index) => {
      // Current archives wrap each post as { "tweet": { … } }; older ones list the posts bare.
      const wrapped = entry !== null && typeof entry === 'object' && 'tweet' in entry;
      const inner = wrapped ? (entry as { tweet: unknown }).tweet : entry;
      const parsed = archiveTweetSchema.safeParse(inner);
      if (parsed.success) tweets.push(parsed.data);
      else if (problems.length < 10)
        problems.push(...zodProblems(file.t.shown, parsed.error, `[${index}].${wrapped ? 'tweet.' : ''}`));
    });
  }
  const notes: ArchiveNoteTweet[] = [];
  let unreadNotes = 0;
  for (const file of noteFiles) {
    const script = declaredScript(file, problems);
    for (const entry of script?.entries ?? []) {
      const inner =
        entry !== null && typeof entry === 'object' && 'noteTweet' in entry
          ? (entry as { noteTweet: unknown }).noteTweet
          : entry;
      const parsed = archiveNoteTweetSchema.safeParse(inner);
      // A note is only the rest of a long post's text: one of an unknown shape costs that post
      // its tail, not the import.
      if (parsed.success) notes.push(parsed.data);
      else unreadNotes++;
    }
  }
  if (unreadNotes > 0) {
    notices.push({
      level: 'warning',
      file: `data/${noteFiles[0]?.t.name ?? 'note-tweet.js'}`,
      message: `holds ${unreadNotes} entr${unreadNotes === 1 ? 'y' : 'ies'} without a noteTweet.core.text; those long posts keep only their first 280 characters for the text cues.`,
    });
  }
  if (parts.length === 0) {
    notices.push({
      level: 'note',
      file: 'data/tweets.js',
      message:
        'is listed in data/manifest.js with 0 entries and is not in the archive: the account has no posts.',
    });
  }
  const account = parseSingle(accountFile, 'account', archiveAccountSchema, problems);
  const profileFile = texts.find((t) => t.name === 'profile.js');
  const profile = profileFile ? parseSingle(profileFile, 'profile', archiveProfileSchema, problems) : null;
  if (problems.length > 0 || !account) fail(problems.slice(0, 10));
  if (!profileFile) {
    notices.unshift({
      level: 'warning',
      file: 'data/profile.js',
      message:
        'is missing, so the bio, its website link and what it asks readers to do are unknown: they are reported as unknown and no bio or website gap is raised.',
    });
  }
  return {
    tweets,
    account: (account as ArchiveAccount).account,
    profile: profile ? profile.profile : null,
    notes,
    tweetFiles: [...parts, ...community].map((p) => p.t.shown),
    notices,
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

/**
 * Reads, checks and normalizes an archive; also returns the parsed files (for the leak check's
 * identifiers) and what the import noticed and went on from (for the scripts to print).
 */
export function readArchive(
  archive: string,
  options: ArchiveImportOptions = {},
): { timeline: Timeline; contents: ArchiveContents; notices: ArchiveNotice[] } {
  const contents = parseArchive(readArchiveTexts(archive), archive);
  const joined = matchNoteTweets(contents.tweets, contents.notes);
  const notices = [...contents.notices];
  if (joined.unmatched > 0) {
    notices.push({
      level: 'note',
      file: 'data/note-tweet.js',
      message: `holds ${joined.unmatched} long post${joined.unmatched === 1 ? '' : 's'} that match${joined.unmatched === 1 ? 'es' : ''} no post in the post files (a deleted post keeps its note); ${joined.unmatched === 1 ? 'it is' : 'they are'} left out.`,
    });
  }
  const timeline = normalizeArchiveTimeline(
    {
      tweets: contents.tweets,
      account: contents.account,
      profile: contents.profile,
      notesByPost: joined.byPost,
      importedAt: options.now ?? Date.now(),
      siteUrl: options.siteUrl ?? null,
    },
    contents.tweetFiles.join(', '),
  );
  return { timeline, contents, notices };
}

/** Reads, checks and normalizes an archive. */
export function importArchive(archive: string, options: ArchiveImportOptions = {}): Timeline {
  return readArchive(archive, options).timeline;
}

/** A notice as one line of terminal output. */
export function formatArchiveNotice(notice: ArchiveNotice): string {
  return `${notice.level === 'warning' ? 'Warning' : 'Note'}: ${notice.file} ${notice.message}`;
}
