/**
 * X API v2 responses (user lookup + timeline pages) → the common timeline. What real responses
 * hold that this reads around: `text` is HTML-escaped and cut short for posts over 280
 * characters (the whole post is in `note_tweet`, https://github.com/DocNow/twarc/pull/702);
 * posts referenced by a reply, quote or repost may be missing from `includes.tweets` when they
 * were deleted or are protected (X then adds a partial error and still returns the page); and
 * a mention of an account that is gone carries no id.
 */
import type { XTimelinePage, XTweet, XUser } from '../../schemas/x-api.ts';
import { postLinkId } from './links.ts';
import { snowflakeTime } from './snowflake.ts';
import {
  cleanId,
  orderPosts,
  type Timeline,
  type TimelineLink,
  type TimelinePost,
  type TimelineProfile,
  unescapeXText,
} from './timeline.ts';

export interface ApiTimelineInput {
  user: XUser;
  pages: XTimelinePage[];
  fetchedAt: number;
  /** False when the fetch stopped at a post limit rather than at the end of the timeline. */
  complete: boolean;
}

/** Profile facts from a v2 user object. */
export function profileFromApiUser(user: XUser): TimelineProfile {
  const siteEntity = user.entities?.url?.urls?.[0];
  const site = siteEntity?.unwound_url ?? siteEntity?.expanded_url ?? null;
  return {
    id: user.id,
    handle: user.username,
    name: user.name,
    bio: unescapeXText(user.description ?? ''),
    siteUrl: site,
    hasWebsite: Boolean(user.url || site),
    followers: user.public_metrics?.followers_count ?? null,
    following: user.public_metrics?.following_count ?? null,
  };
}

function parseTime(value: string | undefined, id: string): number {
  const ms = value ? Date.parse(value) : Number.NaN;
  if (Number.isFinite(ms)) return ms;
  const fromId = snowflakeTime(id);
  if (fromId !== null) return fromId;
  throw new Error(`post ${id} has no usable created_at; fetch with tweet.fields=created_at`);
}

/** Normalizes every page; posts are ordered oldest first and repeated ids dropped. */
export function normalizeApiTimeline(input: ApiTimelineInput): Timeline {
  const { user } = input;
  const handles = new Map<string, string>();
  const referenced = new Map<string, XTweet>();
  const ownIds = new Set<string>();
  for (const page of input.pages) {
    for (const u of page.includes?.users ?? []) handles.set(u.id, u.username);
    for (const t of page.includes?.tweets ?? []) referenced.set(t.id, t);
    for (const t of page.data ?? []) ownIds.add(t.id);
  }

  const posts: TimelinePost[] = [];
  for (const page of input.pages) {
    const media = new Set((page.includes?.media ?? []).map((m) => m.media_key));
    for (const tweet of page.data ?? [])
      posts.push(normalizeTweet(tweet, user.id, { handles, referenced, ownIds, media }));
  }
  return {
    source: 'api',
    fetchedAt: input.fetchedAt,
    complete: input.complete,
    profile: profileFromApiUser(user),
    posts: orderPosts(posts),
  };
}

interface Lookups {
  handles: Map<string, string>;
  referenced: Map<string, XTweet>;
  ownIds: Set<string>;
  media: Set<string>;
}

function normalizeTweet(tweet: XTweet, selfId: string, lookups: Lookups): TimelinePost {
  const refs = tweet.referenced_tweets ?? [];
  const repliedTo = refs.find((r) => r.type === 'replied_to');
  // in_reply_to_user_id alone still marks a reply, should the reference to the parent be missing.
  const answers = repliedTo !== undefined || cleanId(tweet.in_reply_to_user_id) !== null;
  const kind = refs.some((r) => r.type === 'retweeted')
    ? 'repost'
    : answers
      ? 'reply'
      : refs.some((r) => r.type === 'quoted')
        ? 'quote'
        : 'original';

  const createdAt = parseTime(tweet.created_at, tweet.id);
  let replyToUserId: string | null = null;
  let replyToCreatedAt: number | null = null;
  let threadStartedByAccount: boolean | null = null;
  if (kind === 'reply' && repliedTo) {
    const parent = lookups.referenced.get(repliedTo.id);
    replyToUserId = cleanId(tweet.in_reply_to_user_id) ?? parent?.author_id ?? null;
    const parentTime = parent?.created_at ? Date.parse(parent.created_at) : Number.NaN;
    replyToCreatedAt = Number.isFinite(parentTime) ? parentTime : snowflakeTime(repliedTo.id);
    if (replyToCreatedAt !== null && replyToCreatedAt > createdAt) replyToCreatedAt = null;
    threadStartedByAccount = threadOwner(tweet, repliedTo.id, replyToUserId, selfId, lookups);
  } else if (kind === 'reply') {
    replyToUserId = cleanId(tweet.in_reply_to_user_id);
  }

  // A long post's `text` and `entities` stop at 280 characters; `note_tweet` has all of it.
  const note = tweet.note_tweet;
  const entities = note?.entities ?? tweet.entities;
  const links: TimelineLink[] = [];
  for (const entity of entities?.urls ?? []) {
    const url = entity.unwound_url ?? entity.expanded_url ?? entity.url;
    const isMedia = Boolean(entity.media_key) || /^pic\.(x|twitter)\.com\//.test(entity.display_url ?? '');
    if (isMedia) continue; // attachments are counted once, from media_keys
    if (postLinkId(url) !== null) continue; // a quoted post, or the "…" link of a long post to itself
    links.push({ url, media: false });
  }
  const mediaKeys = tweet.attachments?.media_keys ?? [];

  return {
    id: tweet.id,
    createdAt,
    kind,
    text: unescapeXText(note?.text ?? tweet.text),
    replyToUserId,
    replyToHandle: replyToUserId ? (lookups.handles.get(replyToUserId) ?? null) : null,
    replyToCreatedAt,
    threadStartedByAccount,
    mentions: (entities?.mentions ?? []).map((m) => ({ userId: cleanId(m.id), handle: m.username })),
    links,
    hashtags: (entities?.hashtags?.length ?? 0) + (entities?.cashtags?.length ?? 0),
    mediaCount: mediaKeys.length,
  };
}

/** Who started the thread a reply sits in, as far as the response tells. */
function threadOwner(
  tweet: XTweet,
  parentId: string,
  parentAuthor: string | null,
  selfId: string,
  lookups: Lookups,
): boolean | null {
  const root = tweet.conversation_id;
  if (!root) return null;
  if (lookups.ownIds.has(root)) return true;
  if (root === parentId && parentAuthor) return parentAuthor === selfId;
  const rootPost = lookups.referenced.get(root);
  if (rootPost?.author_id) return rootPost.author_id === selfId;
  return null;
}
