/**
 * Every failure of the X API as an XFetchError whose message a person can act on and that never
 * includes what twitter-api-v2 hands back (its error objects carry the request, Authorization
 * header included).
 *
 * - 429 with `x-rate-limit-reset`: a rate limit with its reset time (retry.ts waits for it). A
 *   429 whose problem type is `usage-capped` is a billing cap, not a rate limit.
 * - X's 24-hour limits (`x-app-limit-24hour-*`, `x-user-limit-24hour-*`, read by twitter-api-v2
 *   since https://github.com/plhery/node-twitter-api-v2/issues/495): a 429 while one of them is
 *   spent resets when that limit does, not in 15 minutes.
 * - 401 / 403: explained (wrong token; access level, including that the free tier cannot read
 *   timelines, with the archive import as the way out). A 403 of type
 *   `not-authorized-for-resource` is a protected account, not an access level.
 * - A user that does not exist, is suspended or is protected comes back as 200 with an `errors`
 *   array and no `data`, from the lookup and from the timeline alike. Errors beside `data`
 *   (a deleted or protected referenced post, a suspended mentioned account) are partial
 *   errors: the page is kept and they are counted
 *   (https://docs.x.com/x-api/fundamentals/response-codes-and-errors).
 */
import { z } from 'astro/zod';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { type XInlineError, xInlineErrorSchema, xProblemSchema } from '../../../schemas/x-api.ts';
import { redact, TOKEN_ENV } from '../secrets.ts';

/** Overrides the X API base URL (see client.ts); a network failure's message points to it. */
export const BASE_URL_ENV = 'X_API_BASE_URL';

/** What went wrong, for callers that react differently (resync removes a suspended account). */
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

/**
 * The words of an error body, whatever shape X sent: problem JSON (`title`, `detail`, `type`),
 * the v1 shape some 429s still use (`{"errors":[{"code":88,"message":"Rate limit exceeded"}]}`),
 * or plain text (a 429 or a proxy's 5xx as `text/plain`).
 */
function problemText(data: unknown): { title: string; detail: string; type: string; reason: string } {
  if (typeof data === 'string') {
    const text = data.replace(/\s+/g, ' ').trim().slice(0, 200);
    return { title: '', detail: text, type: '', reason: '' };
  }
  const parsed = xProblemSchema.safeParse(data);
  const p = parsed.success ? parsed.data : {};
  const v1 = z
    .looseObject({ errors: z.array(z.looseObject({ message: z.string().optional() })).min(1) })
    .safeParse(data);
  const detail = p.detail ?? (v1.success ? (v1.data.errors[0]?.message ?? '') : '');
  return { title: p.title ?? '', detail, type: p.type ?? '', reason: p.reason ?? '' };
}

/** The HTTP answer behind a library error: status, body (parsed or text) and headers. */
interface HttpFailure {
  status: number;
  data: unknown;
  headers: unknown;
  /** The library's reading of `x-rate-limit-reset` (epoch seconds), when it made one. */
  reset: number | null;
}

/**
 * The answer inside what twitter-api-v2 threw, or null for a failure without one. A whole answer
 * whose body would not parse (a `Content-Type: application/json` 429 that says "Rate limit
 * exceeded" in plain text) reaches us as a "partial response" error: it is an answer all the
 * same, and its status says what happened.
 */
function httpFailure(error: unknown): HttpFailure | null {
  if (error instanceof ApiResponseError) {
    return {
      status: error.code,
      data: error.data,
      headers: error.headers,
      reset: typeof error.rateLimit?.reset === 'number' ? error.rateLimit.reset : null,
    };
  }
  if (error instanceof ApiPartialResponseError) {
    const response = error.response as
      | { complete?: boolean; statusCode?: number; headers?: unknown }
      | undefined;
    if (response?.complete && typeof response.statusCode === 'number' && response.statusCode >= 400) {
      const raw: unknown = error.rawContent;
      const data = Buffer.isBuffer(raw)
        ? raw.toString('utf8')
        : Array.isArray(raw)
          ? Buffer.concat(raw).toString('utf8')
          : '';
      return { status: response.statusCode, data, headers: response.headers, reset: null };
    }
  }
  return null;
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
  const http = httpFailure(error);
  if (http) {
    const { status } = http;
    const { title, detail, type, reason } = problemText(http.data);
    // "HTTP 429 Too Many Requests", once even when X repeats its title as the detail.
    const words = safe([...new Set([title, detail].filter(Boolean))].join(': '));
    const said = words ? `HTTP ${status} ${words}` : `HTTP ${status}`;
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
      // Absent (a text/plain 429 often has no rate-limit headers) or unreadable: null, never 0.
      const resetHeader = Number(headerValue(http.headers, 'x-rate-limit-reset') ?? http.reset ?? Number.NaN);
      const resetAt = Number.isFinite(resetHeader) && resetHeader > 0 ? resetHeader * 1000 : null;
      const daily = dailyLimitReset(http.headers);
      if (daily !== null && (resetAt === null || daily > resetAt)) {
        return new XFetchError(
          'rate-limit',
          `X's 24-hour request limit is spent while ${context.what}.`,
          status,
          daily,
        );
      }
      return new XFetchError(
        'rate-limit',
        `X rate limit reached while ${context.what} (${said})`,
        status,
        resetAt,
      );
    }
    if (status === 401) {
      return new XFetchError(
        'auth',
        // Worded so that redaction, which blanks whatever follows the word "Bearer" in case it is a
        // token, leaves the advice whole: the portal's label is written in lower case.
        `X rejected the bearer token while ${context.what} (${said}). Check that ${TOKEN_ENV} holds your app's bearer token (developer portal › your app › Keys and tokens › bearer token), not the API key, the API secret or a user access token, and that it has not been regenerated or revoked since.`,
        status,
      );
    }
    if (status === 403 && /not-authorized-for-resource/.test(type)) {
      return new XFetchError(
        'protected',
        `X does not let this token see the account while ${context.what} (${said}): it is protected, so its posts are not public and it cannot be an example. Ask the owner for their X archive instead (accounts:import).`,
        status,
      );
    }
    if (status === 403) {
      return new XFetchError(
        'forbidden',
        `X refused access while ${context.what} (${said}${reason ? `, reason ${safe(reason)}` : ''}). The token is valid but its access level does not cover this endpoint. X's free tier cannot read user timelines: use a pay-per-use or paid plan with an app attached to a project, ${ARCHIVE_HINT}.`,
        status,
      );
    }
    if (status === 404)
      return new XFetchError('not-found', `X found nothing while ${context.what} (${said}).`, status);
    if (status >= 500)
      return new XFetchError(
        'server',
        `X answered HTTP ${status} while ${context.what} (${words || 'no details'}).`,
        status,
      );
    const staleToken = status === 400 && /pagination_token/i.test(`${detail} ${JSON.stringify(http.data)}`);
    return new XFetchError(
      'request',
      `X refused the request while ${context.what} (${said}).${staleToken ? ' The saved next_token is no longer accepted (they expire): delete the raw cache folder of this handle and fetch again.' : ''}`,
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
