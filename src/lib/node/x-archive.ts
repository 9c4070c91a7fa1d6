/**
 * Reads an X data archive (the .zip X sends, or the folder it unpacks to) and returns the
 * common timeline. Only these files are ever opened: `data/tweets.js`, `data/tweets-part<N>.js`,
 * older archives' `data/tweet.js` (and `tweet-part<N>.js`), `data/account.js` and
 * `data/profile.js`. Everything else in an archive (direct messages, e-mail addresses, contacts,
 * ad data) stays unread: in a zip it is not even decompressed. The parsing is pure
 * (`src/lib/accounts/normalize-archive.ts`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  type ArchiveAccount,
  type ArchiveProfile,
  type ArchiveTweet,
  archiveAccountSchema,
  archiveProfileSchema,
  archiveTweetSchema,
} from '../../schemas/x-archive.ts';
import { normalizeArchiveTimeline, parseYtdScript } from '../accounts/normalize-archive.ts';
import type { Timeline } from '../accounts/timeline.ts';
import { PlaybookError, type Problem, zodProblems } from '../errors.ts';
import { readZipEntries, ZipFormatError } from './zip-reader.ts';

/** The archive files the import may read, and nothing else. */
export const ARCHIVE_FILE = /^(tweets|tweet)(?:-part(\d+))?\.js$|^(account|profile)\.js$/;
const ZIP_PATH = /^(?:[^/]+\/)?data\/([^/]+)$/;

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
    if (entry.isDirectory() && entry.name !== 'data') candidates.push(path.join(root, entry.name, 'data'));
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'account.js'))) ?? null;
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
      if (!ARCHIVE_FILE.test(name)) continue;
      const file = path.join(data, name);
      texts.push({
        shown: path.relative(process.cwd(), file) || file,
        name,
        text: decode(fs.readFileSync(file), file),
      });
    }
    return texts;
  }
  let read: ReturnType<typeof readZipEntries>;
  try {
    read = readZipEntries(archive, (entry) => {
      const m = ZIP_PATH.exec(entry);
      return m !== null && ARCHIVE_FILE.test(m[1] ?? '');
    });
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
    const shown = `${archive}:${entry}`;
    texts.push({ shown, name: path.posix.basename(entry), text: decode(bytes, shown) });
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
  const tweetFiles = texts
    .map((t) => ({ t, m: /^(tweets|tweet)(?:-part(\d+))?\.js$/.exec(t.name) }))
    .filter((x): x is { t: ArchiveText; m: RegExpExecArray } => x.m !== null)
    .map(({ t, m }) => ({ t, family: m[1] as string, part: m[2] ? Number(m[2]) : 0 }));
  const family = tweetFiles.some((f) => f.family === 'tweets') ? 'tweets' : 'tweet';
  const parts = tweetFiles.filter((f) => f.family === family).sort((a, b) => a.part - b.part);
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

  const tweets: ArchiveTweet[] = [];
  const problems: Problem[] = [];
  for (const { t, part } of parts) {
    const script = parseYtdScript(t.text, t.shown);
    if (script.name !== family || script.part !== part) {
      problems.push({
        file: t.shown,
        message: `declares window.YTD.${script.name}.part${script.part}, expected window.YTD.${family}.part${part}.`,
        fix: 'the file was renamed or edited: download the archive again.',
      });
      continue;
    }
    script.entries.forEach((entry, index) => {
      const inner =
        entry && typeof entry === 'object' && 'tweet' in entry ? (entry as { tweet: unknown }).tweet : entry;
      const parsed = archiveTweetSchema.safeParse(inner);
      if (parsed.success) tweets.push(parsed.data);
      else if (problems.length < 10)
        problems.push(...zodProblems(t.shown, parsed.error, `[${index}].tweet.`));
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
    tweetFiles: parts.map((p) => p.t.shown),
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
