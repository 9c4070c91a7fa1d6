import { describe, expect, it } from 'vitest';
import { costGate, estimateCost } from '../../../src/lib/accounts/cost.ts';
import { checkPageSet } from '../../../src/lib/accounts/page-set.ts';
import type { RawCacheState, XTimelinePage } from '../../../src/schemas/x-api.ts';

const page = (ids: string[], next?: string): XTimelinePage => ({
  data: ids.map((id) => ({ id, text: 't' })),
  meta: { result_count: ids.length, ...(next ? { next_token: next } : {}) },
});
const state = (pages: RawCacheState['pages'], stopReason: RawCacheState['stopReason']): RawCacheState => ({
  version: 1,
  handle: 'h',
  userId: '1',
  fetchedAt: '2026-03-01T00:00:00.000Z',
  maxTweets: 3200,
  pages,
  stopReason,
});
const entry = (n: number, requestToken: string | null, nextToken: string | null, resultCount = 2) => ({
  file: `page-000${n}.json`,
  requestToken,
  nextToken,
  resultCount,
});

describe('checkPageSet', () => {
  it('accepts a chain of pages that ends without a next_token as whole', () => {
    const s = state([entry(1, null, 'a'), entry(2, 'a', 'b'), entry(3, 'b', null)], 'end');
    expect(checkPageSet(s, [page(['1', '2'], 'a'), page(['3', '4'], 'b'), page(['5', '6'])])).toEqual({
      status: 'whole',
      problems: [],
      postCount: 6,
    });
  });

  it('calls a set stopped at the post limit limited, not whole', () => {
    const s = state([entry(1, null, 'a')], 'limit');
    expect(checkPageSet(s, [page(['1', '2'], 'a')]).status).toBe('limited');
  });

  it('calls an unfinished set truncated, as the paginator would leave it at a rate limit', () => {
    const check = checkPageSet(state([entry(1, null, 'a')], null), [page(['1', '2'], 'a')]);
    expect(check.status).toBe('truncated');
    expect(check.problems[0]).toMatch(/more pages to come/);
  });

  it('notices a missing page in the token chain, a short page and a repeated post', () => {
    const s = state([entry(1, null, 'a'), entry(2, 'zzz', null)], 'end');
    const short: XTimelinePage = {
      data: [{ id: '1', text: 't' }],
      meta: { result_count: 2, next_token: 'a' },
    };
    const problems = checkPageSet(s, [short, page(['1', '3'])]).problems.join(' ');
    expect(problems).toMatch(/a page is missing/);
    expect(problems).toMatch(/result_count 2 but holds 1/);
    expect(problems).toMatch(/repeats a post/);
  });
});

describe('cost', () => {
  it('prices posts at $0.005 and user lookups at $0.01', () => {
    expect(estimateCost(3200, 1).usd).toBe(16.01);
    expect(estimateCost(0, 3).usd).toBe(0.03);
  });

  it('stops unless --yes or a --max-cost covering the estimate is given', () => {
    const estimate = estimateCost(200, 1);
    expect(costGate(estimate, { yes: false, maxCost: null })).toMatchObject({ allowed: false });
    expect(costGate(estimate, { yes: false, maxCost: 1 })).toMatchObject({ allowed: false });
    expect(costGate(estimate, { yes: false, maxCost: 1.01 }).allowed).toBe(true);
    expect(costGate(estimate, { yes: true, maxCost: null }).allowed).toBe(true);
    expect(costGate(estimate, { yes: false, maxCost: null }).message).toContain('$1.01');
  });

  it('lets a fully cached fetch through for free', () => {
    expect(costGate(estimateCost(0, 0), { yes: false, maxCost: null }).allowed).toBe(true);
  });
});
