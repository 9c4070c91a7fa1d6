/**
 * X data archive → the common timeline. Pure: the files are read by `src/lib/node/x/archive.ts`
 * and handed here as text. Archive quirks handled here: every file is a script
 * (`window.YTD.tweets.part0 = [...]`, sometimes saved again with a byte-order mark and CRLF line
 * ends), counts and ids are strings, dates look like `Fri Feb 20 09:10:58 +0000 2026`, text is
 * HTML-escaped (`&amp;`), reposts exist only as text starting `RT @` (`retweeted` is false even
 * for them), quotes only as a link to the quoted post, an edited post appears once per version,
 * a mentioned account that no longer exists has the id `-1`, and a post over 280 characters is cut
 * short in `tweets.js` while its whole text sits in `note-tweet.js` under an id of its own.
 */
import type {
  ArchiveAccount,
  ArchiveNoteTweet,
  ArchiveProfile,
  ArchiveTweet,
} from '../../schemas/x-archive.ts';
import { PlaybookError } from '../errors.ts';
import { postLinkId } from './links.ts';
import { snowflakeTime } from './snowflake.ts';
import {
  cleanId,
  orderPosts,
  type Timeline,
  type TimelineLink,
  type TimelinePost,
  unescapeXText,
} from './timeline.ts';

const YTD_PREFIX = /^\uFEFF?\s*window\.YTD\.([A-Za-z_]+)\.part(\d+)\s*=\s*/;

export interface YtdScript {
  /** `tweets`, `tweet`, `account`, `profile`… */
  name: string;
  part: number;
  entries: unknown[];
}

/** Parses one archive script file; `file` names it in errors. */
export function parseYtdScript(text: string, file: string): YtdScript {
  const prefix = YTD_PREFIX.exec(text.slice(0, 200));
  if (!prefix) {
    throw new PlaybookError(
      [
        {
          file,
          message:
            'does not start with "window.YTD.<name>.part<N> = [", so it is not an X archive data file.',
          fix: 'point --archive at the unmodified archive (the .zip, or the folder that holds data/).',
        },
      ],
      'The X archive cannot be read',
    );
  }
  let entries: unknown;
  try {
    entries = JSON.parse(text.slice(prefix[0].length).replace(/;\s*$/, ''));
  } catch (error) {
    throw new PlaybookError(
      [
        {
          file,
          message: `is not complete JSON after the "window.YTD" prefix (${(error as Error).message}).`,
          fix: 'the file is cut short or edited: download the archive again from X (Settings › Your account › Download an archive).',
        },
      ],
      'The X archive cannot be read',
    );
  }
  if (!Array.isArray(entries)) {
    throw new PlaybookError(
      [{ file, message: 'holds a value that is not a list of entries.', fix: 'download the archive again.' }],
      'The X archive cannot be read',
    );
  }
  return { name: prefix[1] ?? '', part: Number(prefix[2]), entries };
}

const MONTHS: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};
const ARCHIVE_DATE =
  /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/** `Fri Feb 20 09:10:58 +0000 2026` → epoch ms; null when the text has another shape. */
export function parseArchiveDate(value: string): number | null {
  const m = ARCHIVE_DATE.exec(value);
  if (!m) {
    const fallback = Date.parse(value);
    return Number.isFinite(fallback) ? fallback : null;
  }
  const month = MONTHS[m[1] ?? ''];
  if (month === undefined) return null;
  const utc = Date.UTC(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  const offset = (Number(m[7]) * 60 + Number(m[8])) * 60_000 * (m[6] === '-' ? -1 : 1);
  return utc - offset;
}

export interface ArchiveTimelineInput {
  tweets: ArchiveTweet[];
  account: ArchiveAccount['account'];
  /** Null when the archive has no `profile.js`: the bio and website link are then unknown. */
  profile: ArchiveProfile['profile'] | null;
  /** The whole text of long posts, by post id (`matchNoteTweets`). */
  notesByPost?: ReadonlyMap<string, ArchiveNoteTweet>;
  importedAt: number;
  /** The account's website when the caller knows it (`--site`); archives only keep a t.co link. */
  siteUrl: string | null;
}

/** Normalizes an archive's posts; `file` names the tweets file(s) in errors. */
export function normalizeArchiveTimeline(input: ArchiveTimelineInput, file: string): Timeline {
  const selfId = input.account.accountId;
  const superseded = supersededVersions(input.tweets);
  const posts: TimelinePost[] = [];
  for (let index = 0; index < input.tweets.length; index++) {
    const tweet = input.tweets[index] as ArchiveTweet;
    const id = tweet.id_str ?? tweet.id;
    if (id && superseded.has(id)) continue;
    const createdAt = parseArchiveDate(tweet.created_at);
    if (!id || createdAt === null) {
      throw new PlaybookError(
        [
          {
            file,
            field: `[${index}].tweet.${id ? 'created_at' : 'id_str'}`,
            message: id
              ? `has a date X archives do not use: ${JSON.stringify(tweet.created_at)}.`
              : 'has no id.',
            fix: 'the archive was edited or is damaged: download it again from X.',
          },
        ],
        'The X archive cannot be read',
      );
    }
    posts.push(normalizeArchiveTweet(tweet, id, createdAt, selfId, input.notesByPost?.get(id)));
  }
  const profile = input.profile;
  const website = profile?.description?.website ?? '';
  const siteUrl = input.siteUrl ?? (website && !/^https?:\/\/t\.co\//i.test(website) ? website : null);
  return {
    source: 'archive',
    fetchedAt: input.importedAt,
    complete: true,
    profile: {
      id: selfId,
      handle: input.account.username,
      name: input.account.accountDisplayName ?? '',
      // Without profile.js nothing tells what the bio says or whether the profile links a site
      // (--site says where the site is, not that the profile shows it).
      bio: profile ? (profile.description?.bio ?? '') : null,
      siteUrl,
      hasWebsite: profile ? Boolean(website || input.siteUrl) : null,
      followers: null,
      following: null,
    },
    posts: orderPosts(posts),
  };
}

/**
 * Ids of edited posts' earlier versions whose later version is also in the archive. The API
 * returns only the latest version of an edited post
 * (https://developer.x.com/en/docs/x-api/tweets/timelines), so the archive import does the same.
 */
export function supersededVersions(tweets: readonly ArchiveTweet[]): Set<string> {
  const present = new Set<string>();
  for (const tweet of tweets) {
    const id = tweet.id_str ?? tweet.id;
    if (id) present.add(id);
  }
  const superseded = new Set<string>();
  for (const tweet of tweets) {
    const id = tweet.id_str ?? tweet.id;
    const edit = tweet.edit_info;
    const chain = edit?.initial?.editTweetIds ?? edit?.edit?.editControlInitial?.editTweetIds ?? [];
    const initial = edit?.edit?.initialTweetId;
    // This post is a later version: the first one is superseded by it.
    if (id && initial && initial !== id) superseded.add(initial);
    const latest = chain.findLast((v) => present.has(v));
    for (const version of chain) if (latest && version !== latest) superseded.add(version);
  }
  return superseded;
}

function normalizeArchiveTweet(
  tweet: ArchiveTweet,
  id: string,
  createdAt: number,
  selfId: string,
  note: ArchiveNoteTweet | undefined,
): TimelinePost {
  const cut = unescapeXText(tweet.full_text ?? tweet.text ?? '');
  const text = note ? wholeText(cut, unescapeXText(note.core.text)) : cut;
  const urls = tweet.entities?.urls ?? [];
  const replyToPostId = cleanId(tweet.in_reply_to_status_id_str);
  // A quote is a link to another post; a long post cut short links to itself ("…" → x.com/i/web/status/<own id>).
  const postLinks = urls.map((u) => postLinkId(u.expanded_url ?? u.url ?? ''));
  const quotes = postLinks.some((linked) => linked !== null && linked !== id);
  const kind = /^RT @\w+:?/.test(text) ? 'repost' : replyToPostId ? 'reply' : quotes ? 'quote' : 'original';
  const links: TimelineLink[] = [];
  urls.forEach((u, index) => {
    const url = u.expanded_url ?? u.url;
    if (!url || postLinks[index] !== null) return;
    links.push({ url, media: false });
  });
  // The note's own links, past the point where tweets.js cut the text.
  for (const u of note?.core.urls ?? []) {
    const url = u.expandedUrl ?? u.shortUrl;
    if (!url || postLinkId(url) !== null || links.some((l) => l.url === url)) continue;
    links.push({ url, media: false });
  }
  const media = tweet.extended_entities?.media ?? tweet.entities?.media ?? [];
  const replyToUserId = kind === 'reply' ? cleanId(tweet.in_reply_to_user_id_str) : null;
  let replyToCreatedAt = kind === 'reply' ? snowflakeTime(replyToPostId) : null;
  if (replyToCreatedAt !== null && replyToCreatedAt > createdAt) replyToCreatedAt = null;
  const mentions = (tweet.entities?.user_mentions ?? []).map((m) => ({
    userId: cleanId(m.id_str),
    handle: m.screen_name,
  }));
  for (const m of note?.core.mentions ?? []) {
    const handle = m.screenName.toLowerCase();
    if (!mentions.some((known) => known.handle.toLowerCase() === handle))
      mentions.push({ userId: null, handle: m.screenName });
  }
  const tags = (tweet.entities?.hashtags?.length ?? 0) + (tweet.entities?.symbols?.length ?? 0);
  const noteTags = (note?.core.hashtags?.length ?? 0) + (note?.core.cashtags?.length ?? 0);
  return {
    id,
    createdAt,
    kind,
    text,
    replyToUserId,
    replyToHandle: kind === 'reply' ? (tweet.in_reply_to_screen_name ?? null) : null,
    replyToCreatedAt,
    threadStartedByAccount: kind === 'reply' && replyToUserId === selfId ? true : null,
    mentions,
    links,
    hashtags: Math.max(tags, noteTags),
    mediaCount: media.length,
  };
}

/** The @names a reply starts with ("@a @b "), which a note's text leaves out. */
const LEADING_MENTIONS = /^(?:@\w+\s+)+/;

/** A long post's whole text: the note's, after the @names the cut-short text starts with. */
function wholeText(cut: string, note: string): string {
  const leading = LEADING_MENTIONS.exec(cut)?.[0] ?? '';
  return leading && !note.startsWith(leading.trim()) ? `${leading}${note}` : note;
}

/** Text reduced for comparing a cut-short post with its note: no @names, links, "…" or case. */
function comparable(text: string): string {
  return unescapeXText(text)
    .replace(LEADING_MENTIONS, '')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/…/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The compared start of a cut-short post: enough to tell two notes of one second apart. */
const COMPARED_CHARS = 80;

/**
 * Joins `note-tweet.js` to the posts. A note carries an id of its own, not the post's, so it is
 * matched the way public archive readers do: same creation second, and the post's cut-short
 * text (without its leading @names, links and "…") is the start of the note's text. A note that
 * matches no post (its post was deleted) is counted, never guessed onto another post.
 */
export function matchNoteTweets(
  tweets: readonly ArchiveTweet[],
  notes: readonly ArchiveNoteTweet[],
): { byPost: Map<string, ArchiveNoteTweet>; unmatched: number } {
  const bySecond = new Map<number, ArchiveNoteTweet[]>();
  for (const note of notes) {
    const ms = note.createdAt ? Date.parse(note.createdAt) : Number.NaN;
    if (!Number.isFinite(ms)) continue;
    const second = Math.floor(ms / 1000);
    bySecond.set(second, [...(bySecond.get(second) ?? []), note]);
  }
  const byPost = new Map<string, ArchiveNoteTweet>();
  const used = new Set<ArchiveNoteTweet>();
  for (const tweet of tweets) {
    const id = tweet.id_str ?? tweet.id;
    const ms = parseArchiveDate(tweet.created_at);
    if (!id || ms === null) continue;
    const candidates = (bySecond.get(Math.floor(ms / 1000)) ?? []).filter((n) => !used.has(n));
    if (candidates.length === 0) continue;
    const start = comparable(tweet.full_text ?? tweet.text ?? '').slice(0, COMPARED_CHARS);
    const note = candidates.find((n) => comparable(n.core.text).startsWith(start));
    if (!note) continue;
    used.add(note);
    byPost.set(id, note);
  }
  return { byPost, unmatched: notes.length - used.size };
}
