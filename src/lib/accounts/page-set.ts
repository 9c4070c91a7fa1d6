/**
 * Is a cached set of timeline pages whole? twitter-api-v2's paginators stop quietly at a rate
 * limit, and a killed run leaves pages behind, so the import never trusts a page set without
 * checking it: the first page was asked without a token, each next page with the previous
 * page's `next_token`, each page holds as many posts as it says, and the set ends either where
 * X gave no `next_token` (whole) or at the post limit (limited, i.e. the most recent posts).
 *
 * X's own ceiling counts too: the user timeline returns at most the 3,200 most recent posts
 * (https://docs.x.com/x-api/posts/timelines/migrate/overview), and then simply stops giving a
 * `next_token`. So a set that "ended" near 3,200 posts, or well short of the post count the
 * account's profile shows, is the most recent part only, not the whole timeline.
 */
import type { RawCacheState, XTimelinePage } from '../../schemas/x-api.ts';
import { TIMELINE_POST_CEILING } from './cost.ts';

export type PageSetStatus = 'whole' | 'limited' | 'truncated';

export interface PageSetCheck {
  status: PageSetStatus;
  /** Why the set is truncated or inconsistent; empty when whole or limited. */
  problems: string[];
  postCount: number;
  /**
   * For a limited set: our `--max-tweets`, or X's timeline, which stopped (at its 3,200-post
   * ceiling) short of the posts the profile counts.
   */
  limitedBy?: 'max-tweets' | 'x-timeline';
}

/**
 * Deleted posts still take places among the 3,200, and the profile's post count is not exact,
 * so a set within this many posts of the ceiling is taken to have reached it, and one within
 * this many of the profile's count is taken to be all of it.
 */
export const CEILING_MARGIN = 200;

/**
 * Checks a cached page set. `accountPostCount` is the account's `public_metrics.tweet_count`,
 * when known, to tell an account that has fewer posts than the ceiling from one cut off by it.
 */
export function checkPageSet(
  state: RawCacheState,
  pages: readonly XTimelinePage[],
  options: { accountPostCount?: number | null } = {},
): PageSetCheck {
  const problems: string[] = [];
  if (pages.length !== state.pages.length) {
    problems.push(`state.json lists ${state.pages.length} pages but ${pages.length} were read.`);
  }
  const ids = new Set<string>();
  let postCount = 0;
  state.pages.forEach((entry, index) => {
    const page = pages[index];
    const expectedToken = index === 0 ? null : (state.pages[index - 1]?.nextToken ?? null);
    if (entry.requestToken !== expectedToken) {
      problems.push(
        `${entry.file} was requested with a token that is not the previous page's next_token: a page is missing.`,
      );
    }
    if (!page) return;
    const data = page.data ?? [];
    if (data.length !== page.meta.result_count) {
      problems.push(
        `${entry.file} says result_count ${page.meta.result_count} but holds ${data.length} posts.`,
      );
    }
    if ((page.meta.next_token ?? null) !== entry.nextToken) {
      problems.push(`${entry.file}'s next_token does not match state.json.`);
    }
    for (const tweet of data) {
      if (ids.has(tweet.id)) problems.push(`${entry.file} repeats a post already on an earlier page.`);
      ids.add(tweet.id);
    }
    postCount += data.length;
  });
  const last = state.pages.at(-1);
  if (state.stopReason === null) {
    problems.push(
      last?.nextToken
        ? `the fetch stopped after ${state.pages.length} page(s) with more pages to come (rate limit, error or interruption).`
        : 'the fetch never finished.',
    );
  } else if (state.stopReason === 'end' && last?.nextToken) {
    problems.push('state.json says the timeline ended, but the last page has a next_token.');
  }
  if (state.pages.length === 0) problems.push('no pages were fetched.');
  if (problems.length > 0) return { status: 'truncated', problems, postCount };
  if (state.stopReason === 'limit')
    return { status: 'limited', problems, postCount, limitedBy: 'max-tweets' };
  const total = options.accountPostCount ?? null;
  const atCeiling =
    postCount >= TIMELINE_POST_CEILING - CEILING_MARGIN && (total === null || total > postCount);
  const shortOfProfile = total !== null && total > postCount + CEILING_MARGIN;
  if (atCeiling || shortOfProfile) return { status: 'limited', problems, postCount, limitedBy: 'x-timeline' };
  return { status: 'whole', problems, postCount };
}

/**
 * Post fields X sends on every post when `tweet.fields` asks for them (`referenced_tweets` and
 * `in_reply_to_user_id` only come when a post has them, so their absence says nothing alone).
 * A post without these was sent without the fields asked for, and then nothing tells an original
 * from a reply, a repost or a quote: X's default post has only `id`, `text` and
 * `edit_history_tweet_ids` (https://docs.x.com/x-api/posts/user-posts-timeline-by-user-id).
 */
export const FIELDS_ON_EVERY_POST = ['author_id', 'conversation_id', 'created_at'] as const;

/** What a page lacks of the fields the figures need, or null when every post has them. */
export interface MissingFields {
  /** Posts of the page that lack one or more of them. */
  posts: number;
  /** Which, in a fixed order; `referenced_tweets` when a repost ("RT @…") came without it. */
  fields: string[];
}

export function missingPostFields(page: XTimelinePage): MissingFields | null {
  const missing = new Set<string>();
  let posts = 0;
  for (const post of page.data ?? []) {
    const fields = post as Record<string, unknown>;
    const lacks = FIELDS_ON_EVERY_POST.filter((f) => fields[f] === undefined) as string[];
    // A repost always carries its reference when the fields were applied.
    if (/^RT @\w/.test(post.text) && !post.referenced_tweets?.some((r) => r.type === 'retweeted'))
      lacks.push('referenced_tweets');
    if (lacks.length === 0) continue;
    posts++;
    for (const f of lacks) missing.add(f);
  }
  if (posts === 0) return null;
  const order = [...FIELDS_ON_EVERY_POST, 'referenced_tweets'];
  return { posts, fields: order.filter((f) => missing.has(f)) };
}

/** One sentence on a page without the fields: what is missing and what that costs the figures. */
export function missingFieldsProblem(file: string, page: XTimelinePage, gap: MissingFields): string {
  const total = page.data?.length ?? 0;
  return `${file}: ${gap.posts} of its ${total} posts came without ${gap.fields.join(', ')}, which X sends whenever the fields asked for are applied; without them nothing tells an original from a reply, a repost or a quote, so the mix is unknown.`;
}

/** Every page of a cached set that lacks the fields the figures need, as problems. */
export function pagesWithoutFields(state: RawCacheState, pages: readonly XTimelinePage[]): string[] {
  return state.pages.flatMap((entry, index) => {
    const page = pages[index];
    const gap = page ? missingPostFields(page) : null;
    return page && gap ? [missingFieldsProblem(entry.file, page, gap)] : [];
  });
}
