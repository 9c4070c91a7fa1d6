/**
 * Is a cached set of timeline pages whole? twitter-api-v2's paginators stop quietly at a rate
 * limit, and a killed run leaves pages behind, so the import never trusts a page set without
 * checking it: the first page was asked without a token, each next page with the previous
 * page's `next_token`, each page holds as many posts as it says, and the set ends either where
 * X gave no `next_token` (whole) or at the post limit (limited, i.e. the most recent posts).
 */
import type { RawCacheState, XTimelinePage } from '../../schemas/x-api.ts';

export type PageSetStatus = 'whole' | 'limited' | 'truncated';

export interface PageSetCheck {
  status: PageSetStatus;
  /** Why the set is truncated or inconsistent; empty when whole or limited. */
  problems: string[];
  postCount: number;
}

export function checkPageSet(state: RawCacheState, pages: readonly XTimelinePage[]): PageSetCheck {
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
  const status: PageSetStatus =
    problems.length > 0 ? 'truncated' : state.stopReason === 'limit' ? 'limited' : 'whole';
  return { status, problems, postCount };
}
