/**
 * The X API v2 client: twitter-api-v2 with a bearer token, and the three calls the account
 * scripts make, each retried (retry.ts), validated against the shared schemas and explained
 * (errors.ts), so nothing the library hands back is ever printed whole.
 *
 * Base URL: twitter-api-v2 has no option for it, so a client plugin's `onBeforeRequest` hook
 * rewrites the computed URL (and, for plain http, swaps in an http agent: the library calls
 * `https.request`, which accepts an `http:` URL only with an http agent). The tests point it at
 * a fake X API on 127.0.0.1; `X_API_BASE_URL` does the same from the command line.
 */
import http from 'node:http';
import { type ITwitterApiClientPlugin, TwitterApi, type TwitterApiReadOnly } from 'twitter-api-v2';
import {
  type XInlineError,
  type XTimelinePage,
  type XUserResponse,
  xTimelinePageSchema,
  xUserResponseSchema,
} from '../../../schemas/x-api.ts';
import { missingPostFields } from '../../accounts/page-set.ts';
import { TOKEN_ENV } from '../secrets.ts';
import { accountRefusal, timelineRefusal, XFetchError } from './errors.ts';
import { DEFAULT_RETRY, type RetryPolicy, withRetries } from './retry.ts';

/** Fields the metrics need; see src/lib/accounts/normalize-api.ts. */
export const USER_FIELDS = [
  'created_at',
  'description',
  'entities',
  'protected',
  'public_metrics',
  'url',
  'username',
  'name',
];
/** Post fields the metrics need. */
export const TWEET_FIELDS = [
  'attachments',
  'author_id',
  'conversation_id',
  'created_at',
  'entities',
  'in_reply_to_user_id',
  'note_tweet',
  'public_metrics',
  'referenced_tweets',
];
/** Referenced posts, people and media, so a page carries what its posts point at. */
export const EXPANSIONS = [
  'attachments.media_keys',
  'referenced_tweets.id',
  'referenced_tweets.id.author_id',
  'in_reply_to_user_id',
  'entities.mentions.username',
];

/** Plugin that sends every request to `baseUrl` instead of https://api.x.com. */
export function baseUrlPlugin(baseUrl: string): ITwitterApiClientPlugin {
  const target = new URL(baseUrl);
  const agent = target.protocol === 'http:' ? new http.Agent({ keepAlive: false }) : null;
  const prefix = target.pathname.replace(/\/$/, '');
  return {
    onBeforeRequest({ computedParams, requestOptions }) {
      const url = computedParams.url;
      url.protocol = target.protocol;
      url.hostname = target.hostname;
      url.port = target.port;
      if (prefix && !url.pathname.startsWith(`${prefix}/`)) url.pathname = `${prefix}${url.pathname}`;
      if (agent) requestOptions.agent = agent;
    },
  };
}

/** How to reach X. */
export interface XClientOptions {
  token: string;
  /** Defaults to X_API_BASE_URL, else X itself. */
  baseUrl?: string | null;
}

/** The read-only client; throws a clear error when the token is missing. */
export function createXClient(options: XClientOptions): TwitterApiReadOnly {
  if (!options.token) {
    throw new XFetchError(
      'auth',
      `${TOKEN_ENV} is not set. Create an app in the X developer portal, copy its bearer token into ${TOKEN_ENV}, or import an X archive instead (npm run accounts:import -- --archive <zip> --business-type <type>).`,
    );
  }
  const baseUrl = options.baseUrl ?? null;
  return new TwitterApi(options.token, baseUrl ? { plugins: [baseUrlPlugin(baseUrl)] } : {}).readOnly;
}
/** The client, the secrets to keep out of messages, where progress goes and how to retry. */
export interface XApiOptions {
  client: TwitterApiReadOnly;
  secrets: readonly string[];
  log: (line: string) => void;
  policy?: RetryPolicy;
}

/** The three calls the account scripts make, each validated and explained. */
export function xApi(options: XApiOptions) {
  const { client, secrets, log } = options;
  const policy = options.policy ?? DEFAULT_RETRY;
  const retry = <T>(what: string, call: () => Promise<T>) =>
    withRetries(what, call, { policy, secrets, log });

  const checkUser = (response: unknown, what: string, subject: string): XUserResponse => {
    const parsed = xUserResponseSchema.safeParse(response);
    if (!parsed.success)
      throw new XFetchError('bad-response', `X sent a user response of an unexpected shape while ${what}.`);
    const body = parsed.data;
    if (!body.data) throw accountRefusal(body.errors ?? [], subject, secrets);
    return body;
  };

  return {
    /** GET /2/users/by/username/:username */
    async userByUsername(handle: string): Promise<XUserResponse> {
      const what = `looking up @${handle}`;
      const response = await retry(what, () =>
        client.v2.userByUsername(handle, { 'user.fields': USER_FIELDS.join(',') }),
      );
      return checkUser(response, what, `@${handle}`);
    },
    /** GET /2/users/:id (used by resync to check an account still exists). */
    async userById(id: string): Promise<XUserResponse> {
      const what = `checking user ${id}`;
      const response = await retry(what, () => client.v2.user(id, { 'user.fields': USER_FIELDS.join(',') }));
      return checkUser(response, what, `with id ${id}`);
    },
    /**
     * One page of GET /2/users/:id/tweets. Each page is its own request (never the paginator's
     * fetchLast or async iterator, which stop quietly at a rate limit), so the caller saves each
     * page before asking for the next and always knows whether the set is whole. A page whose
     * posts came without the fields asked for is asked for once more; twice without, it is
     * refused (never returned, so never saved).
     */
    async timelinePage(
      userId: string,
      paginationToken: string | null,
      maxResults: number,
    ): Promise<{
      page: XTimelinePage;
      remaining: number | null;
      resetAt: number | null;
      /** Errors X sent beside the posts (a deleted or protected referenced post…): the page is kept. */
      partialErrors: XInlineError[];
    }> {
      const what = `reading the timeline${paginationToken ? ' (next page)' : ''}`;
      const request = () =>
        retry(what, () =>
          client.v2.userTimeline(userId, {
            max_results: maxResults,
            'tweet.fields': TWEET_FIELDS.join(','),
            expansions: EXPANSIONS.join(','),
            'user.fields': 'username,name',
            'media.fields': 'type',
            ...(paginationToken ? { pagination_token: paginationToken } : {}),
          }),
        );
      const parse = (body: unknown): XTimelinePage => {
        const refusal = timelineRefusal(body, userId, secrets);
        if (refusal) throw refusal;
        const parsed = xTimelinePageSchema.safeParse(body);
        if (!parsed.success)
          throw new XFetchError(
            'bad-response',
            `X sent a timeline page of an unexpected shape while ${what}.`,
          );
        return parsed.data;
      };
      let paginator = await request();
      let page = parse(paginator.data);
      // A page without the fields asked for would count every post as an original: ask once more.
      const gap = missingPostFields(page);
      if (gap) {
        log(
          `  X sent ${gap.posts} post(s) without ${gap.fields.join(', ')}, which the figures need, while ${what}; asking for the page again.`,
        );
        paginator = await request();
        page = parse(paginator.data);
        const again = missingPostFields(page);
        if (again) {
          throw new XFetchError(
            'bad-response',
            `X sent the page twice without ${again.fields.join(', ')} while ${what} (${again.posts} post(s)): nothing would tell originals, replies, reposts and quotes apart, so the mix would be unknown and the page was not saved. Pages saved so far are kept: rerun later to resume from this page.`,
          );
        }
      }
      type Window = { remaining?: number; reset?: number };
      const limit = (paginator.rateLimit ?? {}) as Window & { day?: Window };
      let remaining = typeof limit.remaining === 'number' ? limit.remaining : null;
      let resetAt = typeof limit.reset === 'number' ? limit.reset * 1000 : null;
      // The 24-hour window, when spent, outlasts the 15-minute one.
      if (limit.day?.remaining === 0 && typeof limit.day.reset === 'number') {
        remaining = 0;
        resetAt = Math.max(resetAt ?? 0, limit.day.reset * 1000);
      }
      return {
        page,
        remaining,
        resetAt,
        partialErrors: page.data?.length ? (page.errors ?? []) : [],
      };
    },
  };
}

/** The calls `xApi` returns. */
export type XApi = ReturnType<typeof xApi>;
