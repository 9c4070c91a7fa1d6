/** The backoff after a 429 that gives no reset ahead: exponential, jittered, never over the cap. */
import { describe, expect, it } from 'vitest';
import { describeWait, rateLimitBackoff } from '../../../src/lib/node/x/retry.ts';

describe('rateLimitBackoff', () => {
  const cap = 15 * 60_000;

  it('doubles from the base, half of each wait fixed and half jittered', () => {
    expect([1, 2, 3].map((n) => rateLimitBackoff(n, 30_000, cap, () => 0))).toEqual([15_000, 30_000, 60_000]);
    expect([1, 2, 3].map((n) => rateLimitBackoff(n, 30_000, cap, () => 0.5))).toEqual([
      22_500, 45_000, 90_000,
    ]);
  });

  it('never waits longer than the cap, however many waits and whatever the jitter', () => {
    for (let n = 1; n <= 20; n++) {
      for (const r of [0, 0.25, 0.999999])
        expect(rateLimitBackoff(n, 30_000, cap, () => r)).toBeLessThanOrEqual(cap);
    }
    expect(rateLimitBackoff(10, 30_000, cap, () => 0.999999)).toBe(cap);
  });
});

describe('describeWait', () => {
  it('says seconds up to two minutes, then minutes and seconds', () => {
    expect(describeWait(1)).toBe('1 s');
    expect(describeWait(119_000)).toBe('119 s');
    expect(describeWait(15 * 60_000)).toBe('15 min 0 s');
  });
});
