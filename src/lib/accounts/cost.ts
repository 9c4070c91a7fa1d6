/**
 * What a fetch costs on X's pay-per-use API (prices as of 2026: about $0.005 a post read and
 * $0.01 a user lookup). The fetch prints the estimate and stops unless `--yes` or a `--max-cost`
 * covers it; the prices live here so that one edit updates every message.
 */

export const PRICE_PER_POST_USD = 0.005;
export const PRICE_PER_USER_LOOKUP_USD = 0.01;
/** The user timeline endpoint returns at most the 3,200 most recent posts. */
export const TIMELINE_POST_CEILING = 3200;

export interface CostEstimate {
  posts: number;
  userLookups: number;
  usd: number;
}

export function estimateCost(posts: number, userLookups: number): CostEstimate {
  const usd = posts * PRICE_PER_POST_USD + userLookups * PRICE_PER_USER_LOOKUP_USD;
  return { posts, userLookups, usd: Math.round(usd * 1000) / 1000 };
}

export function formatUsd(usd: number): string {
  return `$${usd.toFixed(usd < 1 ? 3 : 2)}`;
}

export function describeCost(estimate: CostEstimate): string {
  const parts = [];
  if (estimate.userLookups > 0) {
    parts.push(
      `${estimate.userLookups} user lookup${estimate.userLookups === 1 ? '' : 's'} × ${formatUsd(PRICE_PER_USER_LOOKUP_USD)}`,
    );
  }
  if (estimate.posts > 0)
    parts.push(`up to ${estimate.posts.toLocaleString('en-US')} posts × ${formatUsd(PRICE_PER_POST_USD)}`);
  return `${formatUsd(estimate.usd)} (${parts.join(' + ') || 'nothing to fetch'})`;
}

export interface CostDecision {
  allowed: boolean;
  message: string;
}

/** Allows the spend when `--yes` was given or `--max-cost` covers the estimate. */
export function costGate(
  estimate: CostEstimate,
  options: { yes: boolean; maxCost: number | null },
): CostDecision {
  const line = `Estimated X API cost: ${describeCost(estimate)}.`;
  if (estimate.usd === 0) return { allowed: true, message: `${line} Everything needed is already cached.` };
  if (options.yes) return { allowed: true, message: `${line} Going ahead (--yes).` };
  if (options.maxCost !== null && options.maxCost >= estimate.usd) {
    return { allowed: true, message: `${line} Within --max-cost ${formatUsd(options.maxCost)}.` };
  }
  const over = options.maxCost !== null ? ` It is over --max-cost ${formatUsd(options.maxCost)}.` : '';
  return {
    allowed: false,
    message: `${line}${over} Nothing was fetched. Rerun with --yes, or with --max-cost ${formatUsd(Math.ceil(estimate.usd * 100) / 100)} or more, or lower --max-tweets.`,
  };
}
