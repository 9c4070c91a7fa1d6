/**
 * Calling X again when waiting helps. A 429 with a reset time still ahead waits until that reset
 * (the 24-hour one when that is spent), printing the wait, up to a cap, and past the cap stops
 * with the time to come back. A 429 whose reset is absent or already past (a clock off, or a
 * text/plain answer with no headers) says nothing about when to come back, so it backs off
 * exponentially with jitter, each wait at most the cap, and gives up after a few waits without
 * naming a time it does not know. 5xx answers and dropped connections are retried with
 * exponential backoff too. A usage cap and every other failure are thrown at once (errors.ts
 * explains each).
 */
import { explainXError, XFetchError } from './errors.ts';

/** How long and how often to wait before giving up. */
export interface RetryPolicy {
  /** Attempts for 5xx and dropped connections, the first included. */
  attempts: number;
  /** First backoff after a 5xx or a dropped connection; doubles each time. */
  baseDelayMs: number;
  /** First backoff after a 429 with no reset time ahead; doubles each time, jittered. */
  rateLimitBackoffMs: number;
  /** Longest single wait for a rate limit (until its reset, or one backoff) before giving up. */
  maxWaitMs: number;
  /** Rate-limit waits allowed in one call. */
  maxRateLimitWaits: number;
}

/**
 * Four attempts from a 2 s backoff; up to three rate-limit waits of at most 15 minutes (X's
 * window), the backoff without a reset starting at 30 s.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 2000,
  rateLimitBackoffMs: 30_000,
  maxWaitMs: 15 * 60_000,
  maxRateLimitWaits: 3,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A wait as people say it: seconds up to two minutes, then minutes and seconds. */
export function describeWait(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 120) return `${s} s`;
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/**
 * The `n`th backoff (1 = first) after a 429 with no reset ahead: `base × 2^(n-1)`, never over
 * `cap`, with "equal jitter" (half fixed, half random) so that several runs sharing an app do
 * not come back in step. `random` returns a number in [0, 1).
 */
export function rateLimitBackoff(n: number, base: number, cap: number, random: () => number): number {
  const ceiling = Math.min(cap, base * 2 ** (n - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/** Calls X, handling rate limits and transient failures as the header comment describes. */
export async function withRetries<T>(
  what: string,
  call: () => Promise<T>,
  options: {
    policy: RetryPolicy;
    secrets: readonly string[];
    log: (line: string) => void;
    now?: () => number;
    /** The jitter's source, in [0, 1); tests pass a fixed one. */
    random?: () => number;
  },
): Promise<T> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const { policy } = options;
  let failures = 0;
  let waits = 0;
  for (;;) {
    try {
      return await call();
    } catch (raw) {
      const error = explainXError(raw, { what, secrets: options.secrets });
      if (error.kind === 'rate-limit') {
        const said = error.message.replace(/\.$/, '');
        if (error.resetAt !== null && error.resetAt > now()) {
          const wait = error.resetAt - now() + 1000;
          const at = clock(error.resetAt);
          if (wait > policy.maxWaitMs || waits >= policy.maxRateLimitWaits) {
            throw new XFetchError(
              'rate-limit',
              wait > policy.maxWaitMs
                ? `${said}; it resets at ${at} UTC, in ${describeWait(wait)}, longer than the ${describeWait(policy.maxWaitMs)} this run may wait (--max-wait). Pages fetched so far are saved: rerun after ${at} UTC to resume.`
                : `${said} again after ${waits} wait(s); it next resets at ${at} UTC. Pages fetched so far are saved: rerun after ${at} UTC to resume.`,
              429,
              error.resetAt,
            );
          }
          waits++;
          options.log(`  Rate limited by X while ${what}: waiting ${describeWait(wait)} until ${at} UTC.`);
          await sleep(wait);
          continue;
        }
        const why =
          error.resetAt === null
            ? 'X gave no reset time'
            : `the reset time X gave, ${clock(error.resetAt)} UTC, has already passed`;
        if (waits >= policy.maxRateLimitWaits) {
          throw new XFetchError(
            'rate-limit',
            `${said}, and still after ${waits} backoff wait(s) (${why}, so the wait cannot be known). Pages fetched so far are saved: rerun in a few minutes to resume.`,
            429,
            null,
          );
        }
        waits++;
        const wait = rateLimitBackoff(waits, policy.rateLimitBackoffMs, policy.maxWaitMs, random);
        options.log(
          `  Rate limited by X while ${what}; ${why}, so backing off ${describeWait(wait)} (wait ${waits} of ${policy.maxRateLimitWaits}, each at most ${describeWait(policy.maxWaitMs)}).`,
        );
        await sleep(wait);
        continue;
      }
      if (error.kind === 'server' || error.kind === 'network') {
        failures++;
        if (failures >= policy.attempts) {
          throw new XFetchError(
            error.kind,
            `${error.message} Gave up after ${failures} attempts; pages fetched so far are saved, so rerun later to resume.`,
            error.status,
          );
        }
        const delay = policy.baseDelayMs * 2 ** (failures - 1);
        options.log(
          `  ${error.message} Retrying in ${describeWait(delay)} (attempt ${failures + 1} of ${policy.attempts}).`,
        );
        await sleep(delay);
        continue;
      }
      throw error;
    }
  }
}
