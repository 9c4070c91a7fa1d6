/**
 * A resumable timeline fetch into the raw cache (`data/raw/<handle>/`). Each page is written
 * atomically before `state.json` names it, so a run killed at any moment resumes from the last
 * saved page with no post missing or fetched twice. A cache that says the timeline ended is
 * never refetched.
 */
import fs from 'node:fs';
import type { RawCacheState } from '../../../schemas/x-api.ts';
import { type CostEstimate, estimateCost, TIMELINE_POST_CEILING } from '../../accounts/cost.ts';
import { checkPageSet, type PageSetCheck } from '../../accounts/page-set.ts';
import type { XApi } from '../x/client.ts';
import { XFetchError } from '../x/errors.ts';
import { describeWait } from '../x/retry.ts';
import {
  type RawCache,
  rawCacheDir,
  readRawCache,
  readRawState,
  readRawUser,
  writeRawPage,
  writeRawState,
  writeRawUser,
} from './raw-cache.ts';

export interface FetchPlan {
  dir: string;
  userCached: boolean;
  postsCached: number;
  /** True when the cache already holds the whole timeline or the requested number of posts. */
  done: boolean;
  estimate: CostEstimate;
}

/** What is cached and what the rest would cost, before any request. */
export function planFetch(rawDir: string, handle: string, maxTweets: number): FetchPlan {
  const dir = rawCacheDir(rawDir, handle);
  const state = fs.existsSync(dir) ? readRawState(dir) : null;
  const userCached = fs.existsSync(dir) && readRawUser(dir) !== null;
  const postsCached = state?.pages.reduce((n, p) => n + p.resultCount, 0) ?? 0;
  const done = state?.stopReason === 'end' || postsCached >= maxTweets;
  const posts = done ? 0 : Math.max(0, Math.min(maxTweets, TIMELINE_POST_CEILING) - postsCached);
  return { dir, userCached, postsCached, done, estimate: estimateCost(posts, userCached ? 0 : 1) };
}

export interface FetchOptions {
  api: XApi;
  rawDir: string;
  handle: string;
  maxTweets: number;
  log: (line: string) => void;
  /** Longest proactive wait when a page reports no requests left in the window. */
  maxWaitMs: number;
  now?: () => number;
}

export interface FetchResult {
  cache: RawCache;
  check: PageSetCheck;
  pagesFetched: number;
}

const pageFile = (index: number) => `page-${String(index + 1).padStart(4, '0')}.json`;

export async function fetchAccount(options: FetchOptions): Promise<FetchResult> {
  const { api, handle, maxTweets, log } = options;
  const now = options.now ?? Date.now;
  const dir = rawCacheDir(options.rawDir, handle);

  let user = readRawUser(dir);
  if (user?.data) {
    log(`Using the cached lookup of @${handle}.`);
  } else {
    log(`Looking up @${handle}…`);
    user = await api.userByUsername(handle);
    writeRawUser(dir, user);
  }
  const profile = user.data;
  if (!profile)
    throw new XFetchError(
      'not-found',
      `The cached lookup of @${handle} has no user; delete ${dir} and rerun.`,
    );
  const total = profile.public_metrics?.tweet_count;
  if (typeof total === 'number') {
    log(
      `@${profile.username} shows ${total.toLocaleString('en-US')} posts; X returns at most the ${TIMELINE_POST_CEILING.toLocaleString('en-US')} most recent.`,
    );
  }
  if (profile.protected) {
    throw new XFetchError(
      'protected',
      `@${profile.username} is a protected account: its posts are not public, so it cannot be an example. Ask the owner for their X archive instead (accounts:import).`,
    );
  }

  let state: RawCacheState = readRawState(dir) ?? {
    version: 1,
    handle: handle.toLowerCase(),
    userId: profile.id,
    fetchedAt: new Date(now()).toISOString(),
    maxTweets,
    pages: [],
    stopReason: null,
  };
  if (state.userId !== profile.id) {
    throw new XFetchError(
      'bad-response',
      `${dir} holds a different account than @${handle} now names; move it away and rerun.`,
    );
  }
  let collected = state.pages.reduce((n, p) => n + p.resultCount, 0);
  if (state.stopReason === 'limit' && collected < maxTweets) state = { ...state, stopReason: null };
  state = { ...state, maxTweets: Math.max(state.maxTweets, maxTweets) };
  if (state.pages.length > 0 && state.stopReason === null) {
    log(`Resuming: ${state.pages.length} page(s) with ${collected} posts already saved.`);
  }

  let fetched = 0;
  while (state.stopReason === null) {
    if (collected >= maxTweets) {
      state = { ...state, stopReason: 'limit' };
      break;
    }
    const last = state.pages.at(-1);
    const token = last ? last.nextToken : null;
    if (last && token === null) {
      state = { ...state, stopReason: 'end' };
      break;
    }
    const size = Math.max(5, Math.min(100, maxTweets - collected));
    const { page, remaining, resetAt, partialErrors } = await api.timelinePage(profile.id, token, size);
    const nextToken = page.meta.next_token ?? null;
    if (nextToken !== null && nextToken === token) {
      throw new XFetchError(
        'bad-response',
        'X returned the same next_token twice; stopping rather than looping. Rerun later.',
      );
    }
    const entry = {
      file: pageFile(state.pages.length),
      requestToken: token,
      nextToken,
      resultCount: page.meta.result_count,
    };
    writeRawPage(dir, entry.file, page);
    state = { ...state, pages: [...state.pages, entry] };
    writeRawState(dir, state);
    fetched++;
    collected += entry.resultCount;
    log(
      `  page ${state.pages.length}: ${entry.resultCount} posts (${collected} so far${nextToken ? '' : ', end of timeline'})`,
    );
    if (partialErrors.length > 0) {
      const posts = partialErrors.filter((e) => e.resource_type === 'tweet').length;
      const people = partialErrors.length - posts;
      log(
        `    X left out ${[posts ? `${posts} referenced post(s)` : '', people ? `${people} referenced account(s)` : ''].filter(Boolean).join(' and ')} (deleted, protected or suspended); the page's own posts are all there.`,
      );
    }
    if (nextToken === null) {
      state = { ...state, stopReason: 'end' };
      break;
    }
    if (remaining === 0 && resetAt !== null && resetAt > now() && collected < maxTweets) {
      const wait = resetAt - now() + 1000;
      if (wait > options.maxWaitMs) {
        writeRawState(dir, state);
        throw new XFetchError(
          'rate-limit',
          `No requests left in X's rate-limit window; it resets in ${describeWait(wait)}, longer than --max-wait allows. ${collected} posts are saved: rerun after the reset to resume.`,
          429,
          resetAt,
        );
      }
      log(`  No requests left in this rate-limit window: waiting ${describeWait(wait)}.`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  writeRawState(dir, state);
  const cache = readRawCache(dir);
  const check = checkPageSet(cache.state, cache.pages, {
    accountPostCount: cache.user.data?.public_metrics?.tweet_count ?? null,
  });
  return { cache, check, pagesFetched: fetched };
}
