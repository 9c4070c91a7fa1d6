/**
 * The real twitter-api-v2 client against a fake X API on 127.0.0.1: pagination, rate limits,
 * retries, auth failures, missing users, usage caps, resuming, and the token never leaking.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchAccount, planFetch } from '../../../src/lib/node/accounts/fetch-account.ts';
import { timelineFromRawCache } from '../../../src/lib/node/accounts/pipeline.ts';
import { readRawCache, writeRawState } from '../../../src/lib/node/accounts/raw-cache.ts';
import { createXClient, xApi } from '../../../src/lib/node/x/client.ts';
import type { RetryPolicy } from '../../../src/lib/node/x/retry.ts';
import { type FakeXApi, makeFakeAccount, startFakeXApi } from '../../fixtures/fake-x-api.ts';
import { failure } from '../../support/x-fetch.ts';

const TOKEN = 'xpb-test-token-S3CRET-0123456789abcdef';
const POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 10,
  rateLimitBackoffMs: 40,
  maxWaitMs: 5_000,
  maxRateLimitWaits: 3,
};
const shop = makeFakeAccount({
  id: '777000111',
  username: 'fake_shop',
  name: 'Fake Shop',
  count: 250,
  site: 'https://fake-shop.example/',
});

let server: FakeXApi;
let rawDir: string;
let lines: string[];

beforeEach(async () => {
  server = await startFakeXApi({ token: TOKEN, accounts: [shop] });
  rawDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-raw-'));
  lines = [];
});
afterEach(async () => {
  await server.close();
});

function run(options: { token?: string; handle?: string; maxTweets?: number; policy?: RetryPolicy } = {}) {
  const token = options.token ?? TOKEN;
  const api = xApi({
    client: createXClient({ token, baseUrl: server.url }),
    secrets: [token],
    log: (l) => lines.push(l),
    policy: options.policy ?? POLICY,
  });
  return fetchAccount({
    api,
    rawDir,
    handle: options.handle ?? 'fake_shop',
    maxTweets: options.maxTweets ?? 3200,
    log: (l) => lines.push(l),
    maxWaitMs: 5_000,
  });
}

const timelineRequests = () => server.requests.filter((r) => r.path.endsWith('/tweets'));

function allCachedText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }))
      (e.isDirectory() ? walk : (f: string) => files.push(f))(path.join(dir, e.name));
  };
  walk(rawDir);
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

describe('fetching with twitter-api-v2 against a fake X API', () => {
  it('follows next_token over three pages, saves each page and ends with a whole set', async () => {
    const result = await run();
    expect(result.check).toMatchObject({ status: 'whole', postCount: 250 });
    expect(timelineRequests().map((r) => r.query.pagination_token ?? null)).toEqual([
      null,
      expect.any(String),
      expect.any(String),
    ]);
    expect(timelineRequests()[0]?.query).toMatchObject({
      max_results: '100',
      expansions: expect.stringContaining('referenced_tweets.id'),
    });
    expect(server.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    const timeline = timelineFromRawCache(result.cache);
    expect(new Set(timeline.posts.map((p) => p.id)).size).toBe(250);
    expect(timeline.complete).toBe(true);
  });

  it('stops at --max-tweets and calls the set limited (the most recent posts)', async () => {
    const result = await run({ maxTweets: 120 });
    expect(result.check.status).toBe('limited');
    expect(timelineRequests().map((r) => r.query.max_results)).toEqual(['100', '20']);
    expect(timelineFromRawCache(result.cache).complete).toBe(false);
  });

  it('waits for x-rate-limit-reset after a 429, says so, then carries on', async () => {
    server.faults.push({
      path: /\/tweets$/,
      skip: 1,
      times: 1,
      status: 429,
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      headers: {
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 1),
      },
    });
    const started = Date.now();
    const result = await run();
    expect(result.check).toMatchObject({ status: 'whole', postCount: 250 });
    expect(lines.join('\n')).toMatch(
      /Rate limited by X while reading the timeline \(next page\): waiting \d+ s until \d\d:\d\d:\d\d UTC/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(timelineRequests().filter((r) => r.status === 429)).toHaveLength(1);
  });

  it('fails clearly when the rate-limit reset is further away than the cap', async () => {
    server.faults.push({
      path: /\/tweets$/,
      times: 1,
      status: 429,
      body: {},
      headers: { 'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 3600) },
    });
    const error = await failure(run());
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toMatch(
      /resets at \d\d:\d\d:\d\d UTC, in \d+ min \d+ s, longer than .* rerun after/,
    );
  });

  it('never retries a usage-capped 429', async () => {
    server.faults.push({
      path: /\/tweets$/,
      times: Number.POSITIVE_INFINITY,
      status: 429,
      body: {
        title: 'UsageCapExceeded',
        detail: 'Usage cap exceeded: Monthly product cap',
        type: 'https://api.twitter.com/2/problems/usage-capped',
        period: 'Monthly',
        scope: 'Product',
      },
    });
    const error = await failure(run());
    expect(error.kind).toBe('usage-capped');
    expect(error.message).toMatch(/usage cap is reached.*nothing is retried/);
    expect(timelineRequests()).toHaveLength(1);
  });

  it('retries a 503 with backoff and completes', async () => {
    server.faults.push({
      path: /\/tweets$/,
      skip: 1,
      times: 2,
      status: 503,
      body: { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank' },
    });
    const result = await run();
    expect(result.check).toMatchObject({ status: 'whole', postCount: 250 });
    expect(lines.filter((l) => /HTTP 503.*Retrying/.test(l))).toHaveLength(2);
  });

  it('gives up after the last attempt on a lasting 5xx, keeping the pages already saved', async () => {
    server.faults.push({
      path: /\/tweets$/,
      skip: 2,
      times: Number.POSITIVE_INFINITY,
      status: 502,
      body: {},
    });
    const error = await failure(run());
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/Gave up after 3 attempts; pages fetched so far are saved/);
    const cache = readRawCache(path.join(rawDir, 'fake_shop'));
    expect(cache.state.pages).toHaveLength(2);
    expect(cache.state.stopReason).toBeNull();
  });

  it('resumes an interrupted fetch without refetching or duplicating a post', async () => {
    server.faults.push({
      path: /\/tweets$/,
      skip: 2,
      times: Number.POSITIVE_INFINITY,
      status: 503,
      body: {},
    });
    await failure(run());
    server.faults.length = 0;
    const before = timelineRequests().length;
    const result = await run();
    const resumed = timelineRequests().slice(before);
    expect(resumed).toHaveLength(1);
    expect(resumed[0]?.query.pagination_token).toBe(result.cache.state.pages[1]?.nextToken);
    expect(server.requests.filter((r) => r.path.includes('/by/username/'))).toHaveLength(1);
    const ids = timelineFromRawCache(result.cache).posts.map((p) => p.id);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(lines.join('\n')).toMatch(/Resuming: 2 page\(s\) with 200 posts already saved/);
  });

  it('refuses to compute figures from a page set that stopped early', async () => {
    server.faults.push({
      path: /\/tweets$/,
      skip: 1,
      times: Number.POSITIVE_INFINITY,
      status: 503,
      body: {},
    });
    await failure(run());
    expect(() => timelineFromRawCache(readRawCache(path.join(rawDir, 'fake_shop')))).toThrow(
      /not whole[\s\S]*more pages to come/,
    );
  });

  it('explains a 401 as a token problem', async () => {
    const error = await failure(run({ token: 'wrong-token-123456' }));
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(
      /rejected the bearer token .*HTTP 401.*X_BEARER_TOKEN holds your app's bearer token/,
    );
  });

  it('explains a 403 as an access level the free tier lacks, pointing to the archive import', async () => {
    server.faults.push({
      path: /\/tweets$/,
      times: 1,
      status: 403,
      body: {
        title: 'Client Forbidden',
        detail: 'This request must be made using an approved developer account.',
        reason: 'client-not-enrolled',
        type: 'https://api.twitter.com/2/problems/client-forbidden',
      },
    });
    const error = await failure(run());
    expect(error.kind).toBe('forbidden');
    expect(error.message).toMatch(/free tier cannot read user timelines.*accounts:import -- --archive/);
  });

  it('reports a user that does not exist (a 200 with an errors array)', async () => {
    const error = await failure(run({ handle: 'nobody_here' }));
    expect(error.kind).toBe('not-found');
    expect(error.message).toMatch(
      /X has no user @nobody_here \(Not Found Error: Could not find user with username: \[nobody_here\]\.\)/,
    );
    expect(fs.existsSync(path.join(rawDir, 'nobody_here', 'state.json'))).toBe(false);
  });

  it('never lets the token into output, errors or the cache, even when a server echoes it', async () => {
    server.faults.push({
      path: /\/tweets$/,
      skip: 1,
      times: 1,
      status: 503,
      body: { title: 'Oops', detail: `echo Authorization: Bearer ${TOKEN}` },
    });
    server.faults.push({
      path: /\/tweets$/,
      skip: 1,
      times: Number.POSITIVE_INFINITY,
      status: 500,
      body: { title: 'Oops', detail: `token=${TOKEN}` },
    });
    const error = await failure(run());
    const everything = [
      error.message,
      error.stack ?? '',
      JSON.stringify(error),
      lines.join('\n'),
      allCachedText(),
    ].join('\n');
    expect(everything).toContain('[redacted]');
    expect(everything).not.toContain(TOKEN);
    const authFailure = await failure(run({ token: 'another-secret-token-987' }));
    expect(`${authFailure.message}${JSON.stringify(authFailure)}`).not.toContain('another-secret-token-987');
  });

  it('plans the cost from what is already cached', async () => {
    expect(planFetch(rawDir, 'fake_shop', 3200).estimate).toMatchObject({
      posts: 3200,
      userLookups: 1,
      usd: 16.01,
    });
    await run();
    expect(planFetch(rawDir, 'fake_shop', 3200)).toMatchObject({ done: true, estimate: { usd: 0 } });
  });

  it('detects a state file that lost track of its pages', async () => {
    const result = await run();
    const dir = path.join(rawDir, 'fake_shop');
    writeRawState(dir, { ...result.cache.state, pages: result.cache.state.pages.filter((_, i) => i !== 1) });
    expect(() => timelineFromRawCache(readRawCache(dir))).toThrow(/a page is missing/);
  });
});
