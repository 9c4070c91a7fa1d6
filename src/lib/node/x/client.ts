/**
 * The X API v2 client: twitter-api-v2 with a bearer token, wrapped so that every failure becomes
 * a message a person can act on and nothing the library hands back is ever printed whole
 * (its error objects carry the request, Authorization header included).
 *
 * - Base URL: twitter-api-v2 has no option for it, so a client plugin's `onBeforeRequest` hook
 *   rewrites the computed URL (and, for plain http, swaps in an http agent: the library calls
 *   `https.request`, which accepts an `http:` URL only with an http agent). The tests point it
 *   at a fake X API on 127.0.0.1; `X_API_BASE_URL` does the same from the command line.
 * - 429 with `x-rate-limit-reset`: wait until the reset, printing the wait, up to a cap; past
 *   the cap, stop with the time to come back. A 429 whose problem type is `usage-capped` is a
 *   billing cap, not a rate limit: never retried.
 * - 5xx and dropped connections: retried with exponential backoff.
 * - 401 / 403: explained (wrong token; access level, including that the free tier cannot read
 *   timelines, with the archive import as the way out). A 403 of type
 *   `not-authorized-for-resource` is a protected account, not an access level.
 * - X's 24-hour limits (`x-app-limit-24hour-*`, `x-user-limit-24hour-*`, read by twitter-api-v2
 *   since https://github.com/plhery/node-twitter-api-v2/issues/495): a 429 while one of them is
 *   spent waits for that reset, not the 15-minute one.
 * - A user that does not exist, is suspended or is protected comes back as 200 with an `errors`
 *   array and no `data`, from the lookup and from the timeline alike. Errors beside `data`
 *   (a deleted or protected referenced post, a suspended mentioned account) are partial
 *   errors: the page is kept and they are counted
 *   (https://docs.x.com/x-api/fundamentals/response-codes-and-errors).
 */
import http from 'node:http';
import { z } from 'astro/zod';
import {
  ApiPartialResponseError,
  ApiRequestError,
  ApiResponseError,
  type ITwitterApiClientPlugin,
  TwitterApi,
  type TwitterApiReadOnly,
} from 'twitter-api-v2';
import {
  type XInlineError,
  type XTimelinePage,
  type XUserResponse,
  xInlineErrorSchema,
  xProblemSchema,
  xTimelinePageSchema,
  xUserResponseSchema,
} from '../../../schemas/x-api.ts';

export const TOKEN_ENV = 'X_BEARER_TOKEN';
export const BASE_URL_ENV = 'X_API_BASE_URL';

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
export const EXPANSIONS = [
  'attachments.media_keys',
  'referenced_tweets.id',
  'referenced_tweets.id.author_id',
  'in_reply_to_user_id',
  'entities.mentions.username',
];

export type XFailureKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'suspended'
  | 'protected'
  | 'rate-limit'
  | 'usage-capped'
  | 'server'
  | 'network'
  | 'request'
  | 'bad-response';

/** A failure with a message safe to print: built by us, token removed. */
export class XFetchError extends Error {
  readonly kind: XFailureKind;
  readonly status: number | null;
  /** For rate limits: epoch ms when the window resets. */
  readonly resetAt: number | null;
  constructor(
    kind: XFailureKind,
    message: string,
    status: number | null = null,
    resetAt: number | null = null,
  ) {
    super(message);
    this.name = 'XFetchError';
    this.kind = kind;
    this.status = status;
    this.resetAt = resetAt;
  }
}

/** Replaces every secret (and anything after "Bearer ") in a text. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(/Bearer\s+[A-Za-z0-9%._~+/=-]+/g, 'Bearer [redacted]');
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}

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
      `${TOKEN_ENV} is not set. Create an app in the X developer portal, copy its Bearer Token into ${TOKEN_ENV}, or import an X archive instead (npm run accounts:import -- --archive <zip> --business-type <type>).`,
    );
  }
  const baseUrl = options.baseUrl ?? null;
  return new TwitterApi(options.token, baseUrl ? { plugins: [baseUrlPlugin(baseUrl)] } : {}).readOnly;
}

function headerValue(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== 'object') return null;
  const value = (headers as Record<string, unknown>)[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : null;
  return typeof value === 'string' ? value : null;
}

/** When a spent 24-hour limit resets (epoch ms), or null when none is spent. */
function dailyLimitReset(headers: unknown): number | null {
  let latest: number | null = null;
  for (const scope of ['app', 'user']) {
    if (headerValue(headers, `x-${scope}-limit-24hour-remaining`) !== '0') continue;
    const reset = Number(headerValue(headers, `x-${scope}-limit-24hour-reset`));
    if (Number.isFinite(reset) && reset > 0 && (latest === null || reset * 1000 > latest))
      latest = reset * 1000;
  }
  return latest;
}

function problemText(data: unknown): { title: string; detail: string; type: string; reason: string } {
  const parsed = xProblemSchema.safeParse(data);
  const p = parsed.success ? parsed.data : {};
  return { title: p.title ?? '', detail: p.detail ?? '', type: p.type ?? '', reason: p.reason ?? '' };
}

const ARCHIVE_HINT =
  'or import the account owner’s X archive instead: npm run accounts:import -- --archive <zip or folder> --business-type <type>';

/**
 * Turns whatever twitter-api-v2 threw into an XFetchError with a message that never includes the
 * library's objects (they hold the request and its Authorization header).
 */
export function explainXError(
  error: unknown,
  context: { what: string; secrets: readonly string[] },
): XFetchError {
  const safe = (text: string) => redact(text, context.secrets);
  if (error instanceof XFetchError) return error;
  if (error instanceof ApiResponseError) {
    const status = error.code;
    const { title, detail, type, reason } = problemText(error.data);
    const said = safe([title, detail].filter(Boolean).join(': ') || `HTTP ${status}`);
    if (status === 429) {
      if (/usage-capped/i.test(type) || /UsageCap/i.test(title)) {
        return new XFetchError(
          'usage-capped',
          safe(
            `X says the usage cap is reached while ${context.what} (HTTP 429 usage-capped${detail ? `: ${detail}` : ''}). This is a billing cap, not a rate limit: waiting does not help, so nothing is retried. Pages fetched so far are saved; raise the cap in the developer portal or wait for the next period, then rerun to resume.`,
          ),
          status,
        );
      }
      const resetHeader = Number(
        headerValue(error.headers, 'x-rate-limit-reset') ?? error.rateLimit?.reset ?? Number.NaN,
      );
      const resetAt = Number.isFinite(resetHeader) ? resetHeader * 1000 : null;
      const daily = dailyLimitReset(error.headers);
      if (daily !== null && (resetAt === null || daily > resetAt)) {
        return new XFetchError(
          'rate-limit',
          `X's 24-hour request limit is spent while ${context.what}.`,
          status,
          daily,
        );
      }
      return new XFetchError('rate-limit', `X rate limit reached while ${context.what}.`, status, resetAt);
    }
    if (status === 401) {
      return new XFetchError(
        'auth',
        `X rejected the bearer token while ${context.what} (HTTP 401 ${said}). Check that ${TOKEN_ENV} holds the app's Bearer Token (developer portal › your app › Keys and tokens), not the API key, the API secret or a user access token, and that it has not been regenerated or revoked since.`,
        status,
      );
    }
    if (status === 403 && /not-authorized-for-resource/.test(type)) {
      return new XFetchError(
        'protected',
        `X does not let this token see the account while ${context.what} (HTTP 403 ${said}): it is protected, so its posts are not public and it cannot be an example. Ask the owner for their X archive instead (accounts:import).`,
        status,
      );
    }
    if (status === 403) {
      return new XFetchError(
        'forbidden',
        `X refused access while ${context.what} (HTTP 403 ${said}${reason ? `, reason ${safe(reason)}` : ''}). The token is valid but its access level does not cover this endpoint. X's free tier cannot read user timelines: use a pay-per-use or paid plan with an app attached to a project, ${ARCHIVE_HINT}.`,
        status,
      );
    }
    if (status === 404)
      return new XFetchError(
        'not-found',
        `X found nothing while ${context.what} (HTTP 404 ${said}).`,
        status,
      );
    if (status >= 500)
      return new XFetchError('server', `X answered HTTP ${status} while ${context.what} (${said}).`, status);
    const staleToken = status === 400 && /pagination_token/i.test(`${detail} ${JSON.stringify(error.data)}`);
    return new XFetchError(
      'request',
      `X refused the request while ${context.what} (HTTP ${status} ${said}).${staleToken ? ' The saved next_token is no longer accepted (they expire): delete the raw cache folder of this handle and fetch again.' : ''}`,
      status,
    );
  }
  if (error instanceof ApiPartialResponseError) {
    return new XFetchError('network', `The connection to X dropped mid-response while ${context.what}.`);
  }
  if (error instanceof ApiRequestError) {
    const cause = error.requestError instanceof Error ? error.requestError.message : 'request failed';
    return new XFetchError(
      'network',
      safe(
        `Could not reach the X API while ${context.what} (${cause}). Check the network, or ${BASE_URL_ENV} if it is set.`,
      ),
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new XFetchError('bad-response', safe(`Unexpected failure while ${context.what}: ${message}`));
}

export interface RetryPolicy {
  /** Attempts for 5xx and dropped connections, the first included. */
  attempts: number;
  /** First backoff; doubles each time. */
  baseDelayMs: number;
  /** Longest wait for a rate-limit reset before giving up. */
  maxWaitMs: number;
  /** Rate-limit waits allowed in one call. */
  maxRateLimitWaits: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 2000,
  maxWaitMs: 15 * 60_000,
  maxRateLimitWaits: 3,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function describeWait(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 120) return `${s} s`;
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** Calls X, handling rate limits and transient failures as the header comment describes. */
export async function withRetries<T>(
  what: string,
  call: () => Promise<T>,
  options: {
    policy: RetryPolicy;
    secrets: readonly string[];
    log: (line: string) => void;
    now?: () => number;
  },
): Promise<T> {
  const now = options.now ?? Date.now;
  let failures = 0;
  let waits = 0;
  for (;;) {
    try {
      return await call();
    } catch (raw) {
      const error = explainXError(raw, { what, secrets: options.secrets });
      if (error.kind === 'rate-limit') {
        const resetAt = error.resetAt ?? now() + 60_000;
        const wait = Math.max(0, resetAt - now()) + 1000;
        const at = new Date(resetAt).toISOString().slice(11, 19);
        if (wait > options.policy.maxWaitMs || waits >= options.policy.maxRateLimitWaits) {
          throw new XFetchError(
            'rate-limit',
            `${error.message.replace(/\.$/, '')}; it resets at ${at} UTC, in ${describeWait(wait)}, longer than the ${describeWait(options.policy.maxWaitMs)} this run may wait (--max-wait). Pages fetched so far are saved: rerun after ${at} UTC to resume.`,
            429,
            resetAt,
          );
        }
        waits++;
        options.log(`  Rate limited by X while ${what}: waiting ${describeWait(wait)} until ${at} UTC.`);
        await sleep(wait);
        continue;
      }
      if (error.kind === 'server' || error.kind === 'network') {
        failures++;
        if (failures >= options.policy.attempts) {
          throw new XFetchError(
            error.kind,
            `${error.message} Gave up after ${failures} attempts; pages fetched so far are saved, so rerun later to resume.`,
            error.status,
          );
        }
        const delay = options.policy.baseDelayMs * 2 ** (failures - 1);
        options.log(
          `  ${error.message} Retrying in ${describeWait(delay)} (attempt ${failures + 1} of ${options.policy.attempts}).`,
        );
        await sleep(delay);
        continue;
      }
      throw error;
    }
  }
}

const errorText = (error: XInlineError | undefined, secrets: readonly string[]) =>
  redact([error?.title, error?.detail].filter(Boolean).join(': '), secrets);

/**
 * Why X will not show an account, from the `errors` of a 200 response that has no `data`:
 * `Not Found Error` (no such user), `Forbidden` with "User has been suspended", or
 * `Authorization Error` / `not-authorized-for-resource` (protected).
 */
export function accountRefusal(
  errors: readonly XInlineError[],
  subject: string,
  secrets: readonly string[],
): XFetchError {
  const first = errors[0];
  const text = errorText(first, secrets);
  const who = subject.startsWith('@') ? subject : `the account ${subject}`;
  if (first && /suspend/i.test(`${first.title ?? ''} ${first.detail ?? ''}`)) {
    return new XFetchError(
      'suspended',
      `X says ${who} is suspended (${text}). Suspended accounts cannot be used as examples.`,
    );
  }
  if (
    first &&
    /not-authorized-for-resource|Authorization Error/i.test(`${first.type ?? ''} ${first.title ?? ''}`)
  ) {
    return new XFetchError(
      'protected',
      `X does not show the posts of ${who} (${text}): the account is protected, so it cannot be an example. Ask the owner for their X archive instead (accounts:import).`,
    );
  }
  return new XFetchError(
    'not-found',
    `X has no user ${subject}${text ? ` (${text})` : ''}. Check the spelling of the handle (without the @); the account may also have been renamed or deleted.`,
  );
}

const errorsOnlySchema = z.looseObject({
  data: z.array(z.unknown()).optional(),
  meta: z.unknown().optional(),
  errors: z.array(xInlineErrorSchema).min(1),
});

/**
 * A timeline response that refuses the account itself (protected, suspended or gone since the
 * lookup): errors and no posts, where an error is about the requested user or there is not even
 * a `meta`. Null for a normal page, including one with partial errors beside its posts.
 */
export function timelineRefusal(
  body: unknown,
  userId: string,
  secrets: readonly string[],
): XFetchError | null {
  const parsed = errorsOnlySchema.safeParse(body);
  if (!parsed.success || (parsed.data.data?.length ?? 0) > 0) return null;
  const { errors, meta } = parsed.data;
  const aboutUser = errors.filter(
    (e) =>
      (e.resource_type === undefined || e.resource_type === 'user') &&
      (e.value === userId || e.resource_id === userId),
  );
  if (aboutUser.length > 0) return accountRefusal(aboutUser, `with id ${userId}`, secrets);
  if (meta !== undefined) return null;
  const users = errors.filter((e) => e.resource_type === undefined || e.resource_type === 'user');
  if (users.length > 0) return accountRefusal(users, `with id ${userId}`, secrets);
  return new XFetchError(
    'bad-response',
    `X sent a timeline page with no posts and no meta, only errors (${errorText(errors[0], secrets)}).`,
  );
}

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
     * page before asking for the next and always knows whether the set is whole.
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
      const paginator = await retry(what, () =>
        client.v2.userTimeline(userId, {
          max_results: maxResults,
          'tweet.fields': TWEET_FIELDS.join(','),
          expansions: EXPANSIONS.join(','),
          'user.fields': 'username,name',
          'media.fields': 'type',
          ...(paginationToken ? { pagination_token: paginationToken } : {}),
        }),
      );
      const refusal = timelineRefusal(paginator.data, userId, secrets);
      if (refusal) throw refusal;
      const parsed = xTimelinePageSchema.safeParse(paginator.data);
      if (!parsed.success)
        throw new XFetchError('bad-response', `X sent a timeline page of an unexpected shape while ${what}.`);
      type Window = { remaining?: number; reset?: number };
      const limit = paginator.rateLimit as Window & { day?: Window };
      let remaining = typeof limit.remaining === 'number' ? limit.remaining : null;
      let resetAt = typeof limit.reset === 'number' ? limit.reset * 1000 : null;
      // The 24-hour window, when spent, outlasts the 15-minute one.
      if (limit.day?.remaining === 0 && typeof limit.day.reset === 'number') {
        remaining = 0;
        resetAt = Math.max(resetAt ?? 0, limit.day.reset * 1000);
      }
      return {
        page: parsed.data,
        remaining,
        resetAt,
        partialErrors: parsed.data.data?.length ? (parsed.data.errors ?? []) : [],
      };
    },
  };
}

export type XApi = ReturnType<typeof xApi>;
