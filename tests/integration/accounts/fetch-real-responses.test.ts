/**
 * The real twitter-api-v2 client against a fake X API that answers the way X really does when
 * things are not tidy: partial errors beside the posts, an empty last page, a suspended user as
 * a 200, a protected timeline as a 200 with only errors or as a 403, a spent 24-hour limit, an
 * expired pagination token. The bodies are in tests/fixtures/accounts/api/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchAccount } from '../../../src/lib/node/accounts/fetch-account.ts';
import { timelineFromRawCache } from '../../../src/lib/node/accounts/pipeline.ts';
import { createXClient, xApi } from '../../../src/lib/node/x/client.ts';
import type { RetryPolicy } from '../../../src/lib/node/x/retry.ts';
import type { XUser } from '../../../src/schemas/x-api.ts';
import {
  type FakeAccount,
  type FakeXApi,
  makeFakeAccount,
  startFakeXApi,
} from '../../fixtures/fake-x-api.ts';
import { failure } from '../../support/x-fetch.ts';

const TOKEN = 'xpb-real-responses-token-0123456789';
const POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 10,
  rateLimitBackoffMs: 40,
  maxWaitMs: 5_000,
  maxRateLimitWaits: 3,
};
const API = path.join(import.meta.dirname, '../../fixtures/accounts/api');
const json = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(API, name), 'utf8'));

const harbourUser = (json('user-lookup.json') as { data: XUser }).data;
/** The recorded-shape account: one page with partial errors, then an empty last page. */
const harbour: FakeAccount = {
  user: harbourUser,
  tweets: [],
  rawPages: [json('timeline-page-1.json'), json('timeline-page-2.json')],
};
const suspended: FakeAccount = {
  ...makeFakeAccount({ id: '880000001', username: 'gone_bakery', name: 'Gone', count: 5 }),
  lookupBody: json('user-suspended.json'),
};
/** Public at lookup time, protected by the time the timeline is read. */
const turnedProtected: FakeAccount = {
  ...makeFakeAccount({ id: '880000002', username: 'now_private', name: 'Now Private', count: 5 }),
  timelineBody: JSON.parse(
    fs
      .readFileSync(path.join(API, 'timeline-protected.json'), 'utf8')
      .replaceAll(harbourUser.id, '880000002'),
  ),
};
const evenPages: FakeAccount = {
  ...makeFakeAccount({ id: '880000003', username: 'even_pages', name: 'Even Pages', count: 200 }),
  emptyFinalPage: true,
};

let server: FakeXApi;
let rawDir: string;
let lines: string[];

beforeEach(async () => {
  server = await startFakeXApi({ token: TOKEN, accounts: [harbour, suspended, turnedProtected, evenPages] });
  rawDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-raw-real-'));
  lines = [];
});
afterEach(async () => {
  await server.close();
});

function run(handle: string, maxWaitMs = 5_000) {
  const api = xApi({
    client: createXClient({ token: TOKEN, baseUrl: server.url }),
    secrets: [TOKEN],
    log: (l) => lines.push(l),
    policy: { ...POLICY, maxWaitMs },
  });
  return fetchAccount({ api, rawDir, handle, maxTweets: 3200, log: (l) => lines.push(l), maxWaitMs });
}

const timelineRequests = () => server.requests.filter((r) => r.path.endsWith('/tweets'));

describe('fetching when X answers the way it really does', () => {
  it('keeps a page whose referenced posts were deleted or are protected, and says what X left out', async () => {
    const result = await run('harbour_cafe_77');
    expect(result.check.problems).toEqual([]);
    expect(result.check.postCount).toBe(7);
    expect(lines.join('\n')).toMatch(
      /X left out 2 referenced post\(s\) and 1 referenced account\(s\) \(deleted, protected or suspended\)/,
    );
    const timeline = timelineFromRawCache(result.cache);
    expect(timeline.posts.map((p) => p.kind)).toEqual([
      'original',
      'original',
      'original',
      'quote',
      'repost',
      'reply',
      'reply',
    ]);
  });

  it('asks for note_tweet, so long posts arrive whole', async () => {
    await run('harbour_cafe_77');
    expect(timelineRequests()[0]?.query['tweet.fields']).toContain('note_tweet');
  });

  it('ends on an empty last page (result_count 0, no data) and calls the set whole', async () => {
    const result = await run('even_pages');
    expect(timelineRequests()).toHaveLength(3);
    expect(result.cache.pages.at(-1)).toEqual({ meta: { result_count: 0 } });
    expect(result.check).toMatchObject({ status: 'whole', postCount: 200 });
    expect(timelineFromRawCache(result.cache).complete).toBe(true);
  });

  it('does not call a timeline whole when it ended far short of the posts the profile counts', async () => {
    // The profile shows 5,120 posts; X's timeline ended after 7 (deleted posts and the 3,200 ceiling).
    const result = await run('harbour_cafe_77');
    expect(result.check).toMatchObject({ status: 'limited', limitedBy: 'x-timeline' });
    expect(timelineFromRawCache(result.cache).complete).toBe(false);
  });

  it('reports a suspended user (a 200 whose only error is Forbidden) and saves nothing', async () => {
    const error = await failure(run('gone_bakery'));
    expect(error.kind).toBe('suspended');
    expect(error.message).toMatch(/X says @gone_bakery is suspended \(Forbidden: User has been suspended/);
    expect(fs.existsSync(path.join(rawDir, 'gone_bakery', 'state.json'))).toBe(false);
  });

  it('stops on a protected timeline (a 200 with only an Authorization Error), not on a "malformed page"', async () => {
    const error = await failure(run('now_private'));
    expect(error.kind).toBe('protected');
    expect(error.message).toMatch(/Authorization Error: Sorry, you are not authorized.*is protected/);
    // Nothing of the timeline is saved as a page: there was no page.
    expect(fs.readdirSync(path.join(rawDir, 'now_private')).filter((f) => f.startsWith('page-'))).toEqual([]);
  });

  it('explains a 403 not-authorized-for-resource as a protected account, not a missing access level', async () => {
    server.faults.push({
      path: /\/tweets$/,
      times: 1,
      status: 403,
      body: {
        title: 'Forbidden',
        detail: 'Sorry, you are not authorized to see the user with id: [880000003].',
        type: 'https://api.twitter.com/2/problems/not-authorized-for-resource',
      },
    });
    const error = await failure(run('even_pages'));
    expect(error.kind).toBe('protected');
    expect(error.message).not.toMatch(/free tier/);
  });

  it('waits for the 24-hour reset, not the 15-minute one, when the daily limit is spent', async () => {
    const now = Math.ceil(Date.now() / 1000);
    server.faults.push({
      path: /\/tweets$/,
      times: 1,
      status: 429,
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      headers: {
        'x-rate-limit-remaining': '899',
        'x-rate-limit-reset': String(now + 1),
        'x-app-limit-24hour-limit': '10000',
        'x-app-limit-24hour-remaining': '0',
        'x-app-limit-24hour-reset': String(now + 6 * 3600),
      },
    });
    const error = await failure(run('even_pages'));
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toMatch(
      /24-hour request limit .* spent .*it resets at \d\d:\d\d:\d\d UTC, in \d+ min/,
    );
    expect(timelineRequests()).toHaveLength(1);
  });

  it('never retries a 429 whose body says the usage cap is reached, as X words it', async () => {
    server.faults.push({
      path: /\/tweets$/,
      times: Number.POSITIVE_INFINITY,
      status: 429,
      body: json('usage-capped-429.json'),
    });
    const error = await failure(run('even_pages'));
    expect(error.kind).toBe('usage-capped');
    expect(error.message).toMatch(/Usage cap exceeded: Monthly product cap/);
    expect(timelineRequests()).toHaveLength(1);
  });

  it('says to start over when X no longer accepts a saved next_token', async () => {
    await run('even_pages');
    const dir = path.join(rawDir, 'even_pages');
    const state = JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'));
    // A cache from a run long ago: its last token has expired.
    state.pages = state.pages.slice(0, 1);
    state.pages[0].nextToken = 'expired-token';
    state.stopReason = null;
    fs.writeFileSync(path.join(dir, 'state.json'), JSON.stringify(state));
    fs.writeFileSync(
      path.join(dir, 'page-0001.json'),
      JSON.stringify({
        ...JSON.parse(fs.readFileSync(path.join(dir, 'page-0001.json'), 'utf8')),
        meta: { result_count: 100, next_token: 'expired-token' },
      }),
    );
    const error = await failure(run('even_pages'));
    expect(error.kind).toBe('request');
    expect(error.message).toMatch(
      /HTTP 400 .*next_token is no longer accepted .*delete the raw cache folder/,
    );
  });
});
