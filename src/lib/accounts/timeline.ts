/**
 * The one timeline shape both sources are normalized into (`normalize-api.ts`,
 * `normalize-archive.ts`). It still holds identifying data (ids, handles, text, URLs): only
 * `anonymize.ts` may read it, and nothing downstream of anonymize sees it.
 */
import type { AccountSource } from '../../schemas/account.ts';

export type PostKind = 'original' | 'reply' | 'repost' | 'quote';

export interface TimelineMention {
  /** Numeric user id when the source gives it. */
  userId: string | null;
  handle: string;
}

export interface TimelineLink {
  /** The expanded URL (never the t.co short link when the expansion is known). */
  url: string;
  /** True for attached photos and video. */
  media: boolean;
}

export interface TimelinePost {
  id: string;
  /** Epoch milliseconds. */
  createdAt: number;
  kind: PostKind;
  text: string;
  /** Who the reply answers: user id and handle, when known. */
  replyToUserId: string | null;
  replyToHandle: string | null;
  /** When the post being answered was written (epoch ms), when the source tells. */
  replyToCreatedAt: number | null;
  /**
   * Whether the thread was started by the account itself: true, false, or null when the source
   * cannot tell (then "someone else's thread" falls back to "answers someone else").
   */
  threadStartedByAccount: boolean | null;
  mentions: TimelineMention[];
  links: TimelineLink[];
  hashtags: number;
  mediaCount: number;
}

export interface TimelineProfile {
  id: string;
  handle: string;
  name: string;
  /** The bio; null when the source holds no profile (an archive without `profile.js`). */
  bio: string | null;
  /** The expanded website URL, when known. */
  siteUrl: string | null;
  /**
   * True when the profile shows a website link, even one we cannot expand (archives keep t.co);
   * null when the source holds no profile.
   */
  hasWebsite: boolean | null;
  followers: number | null;
  following: number | null;
}

export interface Timeline {
  source: AccountSource;
  /** Epoch ms of the fetch or import. */
  fetchedAt: number;
  /** False when the posts are only the most recent part of what the source had (a post limit). */
  complete: boolean;
  profile: TimelineProfile;
  /** Oldest first, one entry per post id. */
  posts: TimelinePost[];
}

/** Sorts oldest first and drops repeated ids (the first copy wins). */
export function orderPosts(posts: TimelinePost[]): TimelinePost[] {
  const seen = new Set<string>();
  const unique: TimelinePost[] = [];
  for (const post of posts) {
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    unique.push(post);
  }
  return unique.sort(
    (a, b) => a.createdAt - b.createdAt || a.id.length - b.id.length || (a.id < b.id ? -1 : 1),
  );
}

/**
 * Post text as written. X escapes `&`, `<` and `>` as HTML entities in both the API's `text` and
 * the archive's `full_text` (https://github.com/FxEmbed/FxEmbed/issues/24), so "Fish &amp; chips"
 * would otherwise count an extra word "amp".
 */
export function unescapeXText(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** A numeric id, or null for the empty strings, `-1` and other placeholders sources put in. */
export function cleanId(id: string | null | undefined): string | null {
  return id && /^\d+$/.test(id) && !/^0+$/.test(id) ? id : null;
}
