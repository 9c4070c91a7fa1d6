/**
 * The X API's edge cases, with the real twitter-api-v2 client against the fake X API, and bodies
 * shaped like X's own: problem JSON (https://docs.x.com/x-api/fundamentals/response-codes-and-errors),
 * the v1 `errors[]` a 429 may still carry (https://docs.x.com/fundamentals/rate-limits), a 429 in
 * plain text with no rate-limit headers (as reported in draftbit/twitter-lite#168), and a page
 * whose posts hold only the default fields (`id`, `text`, `edit_history_tweet_ids`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anonymizeTimeline } from '../../../src/lib/accounts/anonymize.ts';
import { measure } from '../../../src/lib/accounts/measure.ts';
import { fetchAccount } from '../../../src/lib/node/accounts/fetch-account.ts';
import { timelineFromRawCache } from '../../../src/lib/node/accounts/pipeline.ts';
import { readRawCache } from '../../../src/lib/node/accounts/raw-cache.ts';
import { redact } from '../../../src/lib/node/secrets.ts';
import { createXClient, xApi } from '../../../src/lib/node/x/client.ts';
import type { RetryPolicy } from '../../../src/lib/node/x/retry.ts';
import type { XTweet } from '../../../src/schemas/x-api.ts';
import { type FakeXApi, makeFakeAccount, startFakeXApi } from '../../fixtures/fake-x-api.ts';
import { failure } from '../../support/x-fetch.ts';

const TOKEN = 'xpb-edge-token-S3CRET-0123456789abcdef';
const POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 10,
  rateLimitBackoffMs: 40,
  maxWaitMs: 2_000,
  maxRateLimitWaits: 3,
};

/** 250 posts, newest first: every tenth (from the fourth) a repost, every fourth (from the second) a reply. */
function mixedAccount() {
  const account = makeFakeAccount({
    id: '990000111',
    username: 'mixed_cafe',
    name: 'Mixed Cafe',
    count: 250,
  });
  const tweets: XTweet[] = account.tweets.map((tweet, i) => {
    if (i % 10 === 3)
      return {
        ...tweet,
        text: `RT @harbour_news: Market day number ${i} on the quay`,
        referenced_tweets: [{ type: 'retweeted', id: `7${tweet.id.slice(1)}` }],
      };
    if (i % 4 === 1)
      return {
        ...tweet,
        text: `@regular_${i} Thanks, see you tomorrow`,
        in_reply_to_user_id: '4242424242',
        referenced_tweets: [{ type: 'replied_to', id: `8${tweet.id.slice(1)}` }],
      };
    return tweet;
  });
  return { ...account, tweets };
}
const mixed = mixedAccount();
const kindCount = (type: string) =>
  mixed.tweets.filter((t) => t.referenced_tweets?.some((r) => r.type === type)).length;
/** Everything X adds when `tweet.fields` is applied: a page without it keeps only the defaults. */
const ASKED_FIELDS = [
  'author_id',
  'conversation_id',
  'created_at',
  'in_reply_to_user_id',
  'referenced_tweets',
  'entities',
  'attachments',
];

let server: FakeXApi;
let rawDir: string;
let lines: string[];

beforeEach(async () => {
  server = await startFakeXApi({ token: TOKEN, accounts: [mixed] });
  rawDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-raw-edge-'));
  lines = [];
});
afterEach(async () => {
  await server.close();
});

function run(options: { token?: string; policy?: RetryPolicy } = {}) {
  const token = options.token ?? TOKEN;
  const policy = options.policy ?? POLICY;
  const api = xApi({
    client: createXClient({ token, baseUrl: server.url }),
    secrets: [token],
    log: (l) => lines.push(l),
    policy,
  });
  return fetchAccount({
    api,
    rawDir,
    handle: 'mixed_cafe',
    maxTweets: 3200,
    log: (l) => lines.push(l),
    maxWaitMs: policy.maxWaitMs,
  });
}

const timelineRequests = () => server.requests.filter((r) => r.path.endsWith('/tweets'));
const secondsAgo = (s: number) => String(Math.floor(Date.now() / 1000) - s);

describe('a 429 whose reset is past or absent', () => {
  it('backs off when the reset X gives has already passed, says why, and carries on', async () => {
    server.faults.push({
      path: /\/tweets$/,
      skip: 1,
      times: 2,
      status: 429,
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      headers: { 'x-rate-limit-reset': secondsAgo(120) },
    });
    const result = await run();
    expect(result.check).toMatchObject({ status: 'whole', postCount: 250 });
    const backoffs = lines.filter((l) => /Rate limited by X/.test(l));
    expect(backoffs).toEqual([
      expect.stringMatching(
        /; the reset time X gave, \d\d:\d\d:\d\d UTC, has already passed, so backing off \d+ s \(wait 1 of 3, each at most 2 s\)\.$/,
      ),
      expect.stringMatching(/has already passed, so backing off \d+ s \(wait 2 of 3, each at most 2 s\)\.$/),
    ]);
    expect(lines.join('\n')).not.toMatch(/waiting \d+ s until/);
    expect(timelineRequests().filter((r) => r.status === 429)).toHaveLength(2);
  });

  it('gives up after its backoffs on a text/plain 429 with no reset, without naming a wait it cannot know', async () => {
    server.faults.push({
      path: /\/tweets$/,
      times: Number.POSITIVE_INFINITY,
      status: 429,
      rawBody: 'Rate limit exceeded\n',
      contentType: 'text/plain; charset=utf-8',
      omitHeaders: ['x-rate-limit-limit', 'x-rate-limit-remaining', 'x-rate-limit-reset'],
    });
    const error = await failure(run());
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toBe(
      'X rate limit reached while reading the timeline (HTTP 429 Rate limit exceeded), and still after 3 backoff wait(s) (X gave no reset time, so the wait cannot be known). Pages fetched so far are saved: rerun in a few minutes to resume.',
    );
    expect(error.resetAt).toBeNull();
    expect(timelineRequests()).toHaveLength(4); // the first answer and one after each of 3 waits
    expect(lines.filter((l) => /X gave no reset time, so backing off/.test(l))).toHaveLength(3);
  });

  it('reads a 429 labelled JSON whose body is plain text as a rate limit, not as a dropped connection', async () => {
    server.faults.push({
      path: /\/tweets$/,
      times: 1,
      status: 429,
      rawBody: 'Rate limit exceeded',
      headers: { 'x-rate-limit-reset': secondsAgo(5) },
    });
    const result = await run();
    expect(result.check.status).toBe('whole');
    expect(lines.join('\n')).toMatch(/Rate limited by X while reading the timeline; the reset time X gave/);
    expect(lines.join('\n')).not.toMatch(/dropped mid-response/);
  });

  it('reads the v1-shaped errors[] of a 429 into its message', async () => {
    server.faults.push({
      path: /\/tweets$/,
      times: Number.POSITIVE_INFINITY,
      status: 429,
      body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] },
      omitHeaders: ['x-rate-limit-reset'],
    });
    const error = await failure(run({ policy: { ...POLICY, maxRateLimitWaits: 1 } }));
    expect(error.message).toMatch(
      /^X rate limit reached while reading the timeline \(HTTP 429 Rate limit exceeded\), and still after 1 backoff wait/,
    );
  });

  it('still names the reset, and the cap it passes, when the reset is really further away', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    server.faults.push({
      path: /\/tweets$/,
      times: 1,
      status: 429,
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      headers: { 'x-rate-limit-reset': String(reset) },
    });
    const error = await failure(run());
    expect(error.resetAt).toBe(reset * 1000);
    expect(error.message).toMatch(/in (59|60) min \d+ s, longer than the 2 s this run may wait/);
  });
});

describe('401 and 403 advice with the token redacted', () => {
  it('reads whole: redaction leaves the advice as written', async () => {
    const error = await failure(run({ token: 'not-the-right-token-0123456789' }));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      "X rejected the bearer token while looking up @mixed_cafe (HTTP 401 Unauthorized). Check that X_BEARER_TOKEN holds your app's bearer token (developer portal › your app › Keys and tokens › bearer token), not the API key, the API secret or a user access token, and that it has not been regenerated or revoked since.",
    );
    // What the command-line runner prints goes through the same redaction: nothing changes.
    expect(redact(error.message, ['not-the-right-token-0123456789'])).toBe(error.message);
  });

  it('blanks a token X echoes back, and only the token', async () => {
    server.faults.push({
      path: /\/by\/username\//,
      times: 1,
      status: 401,
      body: {
        title: 'Unauthorized',
        type: 'about:blank',
        status: 401,
        detail: `Invalid header Authorization: Bearer ${TOKEN}`,
      },
    });
    const error = await failure(run());
    expect(error.message).toMatch(
      /^X rejected the bearer token while looking up @mixed_cafe \(HTTP 401 Unauthorized: Invalid header Authorization: Bearer \[redacted\]\)\. Check that X_BEARER_TOKEN holds your app's bearer token \(developer portal › your app › Keys and tokens › bearer token\)/,
    );
    expect(error.message).not.toContain(TOKEN);
  });

  it('explains X’s client-forbidden 403 in words that survive redaction', async () => {
    server.faults.push({
      path: /\/tweets$/,
      times: 1,
      status: 403,
      body: {
        client_id: '29113488',
        detail:
          'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.',
        registration_url: 'https://developer.twitter.com/en/docs/projects/overview',
        title: 'Client Forbidden',
        required_enrollment: 'Appropriate Level of API Access',
        reason: 'client-not-enrolled',
        type: 'https://api.twitter.com/2/problems/client-forbidden',
      },
    });
    const error = await failure(run());
    expect(error.kind).toBe('forbidden');
    expect(error.message).toMatch(
      /^X refused access while reading the timeline \(HTTP 403 Client Forbidden: When authenticating .* via the developer portal\., reason client-not-enrolled\)\. The token is valid but its access level does not cover this endpoint\./,
    );
    expect(redact(error.message, [TOKEN])).toBe(error.message);
  });
});

describe('a timeline page without the fields the figures need', () => {
  it('is asked for again, and the figures count replies and reposts as they are', async () => {
    server.faults.push({ path: /\/tweets$/, skip: 1, times: 1, status: 200, strip: ASKED_FIELDS });
    const result = await run();
    expect(result.check).toMatchObject({ status: 'whole', postCount: 250 });
    expect(lines.join('\n')).toMatch(
      /X sent 100 post\(s\) without author_id, conversation_id, created_at, referenced_tweets, which the figures need, while reading the timeline \(next page\); asking for the page again\./,
    );
    expect(timelineRequests()).toHaveLength(4); // three pages, the second asked for twice
    const m = measure(
      anonymizeTimeline(timelineFromRawCache(result.cache), { salt: 'edge-salt-0123456789' }),
    );
    expect(m.mix.repost).toBe(kindCount('retweeted') / 250);
    expect(m.mix.reply).toBe(kindCount('replied_to') / 250);
  });

  it('is never saved when X sends it twice without them; the rerun resumes from it', async () => {
    server.faults.push({ path: /\/tweets$/, skip: 1, times: 2, status: 200, strip: ASKED_FIELDS });
    const error = await failure(run());
    expect(error.kind).toBe('bad-response');
    expect(error.message).toMatch(
      /X sent the page twice without author_id, conversation_id, created_at, referenced_tweets .*so the mix would be unknown and the page was not saved/,
    );
    const dir = path.join(rawDir, 'mixed_cafe');
    expect(readRawCache(dir).state.pages).toHaveLength(1);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('page-'))).toEqual(['page-0001.json']);
    const result = await run();
    expect(result.check).toMatchObject({ status: 'whole', postCount: 250 });
  });

  it('in a cache written elsewhere makes the mix unknown: no figures, rather than all originals', async () => {
    const result = await run();
    const dir = path.join(rawDir, 'mixed_cafe');
    const file = path.join(dir, 'page-0002.json');
    const page = JSON.parse(fs.readFileSync(file, 'utf8'));
    page.data = page.data.map((post: XTweet) => ({
      id: post.id,
      text: post.text,
      edit_history_tweet_ids: [post.id],
    }));
    fs.writeFileSync(file, JSON.stringify(page));
    expect(() => timelineFromRawCache(readRawCache(dir))).toThrow(
      /Mix unknown[\s\S]*page-0002\.json: 100 of its 100 posts came without author_id, conversation_id, created_at, referenced_tweets/,
    );
    expect(result.check.status).toBe('whole');
  });
});
