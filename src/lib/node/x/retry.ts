/**
 * Calling X again when waiting helps: a 429 waits until its reset (the 24-hour one when that is
 * spent), printing the wait, up to a cap, and past the cap stops with the time to come back; 5xx
 * answers and dropped connections are retried with exponential backoff. A usage cap and every
 * other failure are thrown at once (errors.ts explains each).
 */
import { explainXError, XFetchError } from './errors.ts';

/** How long and how often to wait before giving up. */
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

/** Four attempts from a 2 s backoff; up to three rate-limit waits of at most 15 minutes. */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 2000,
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
