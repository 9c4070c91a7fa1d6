/**
 * What a reader's browser pays for a page and for a search, from the responses it received (the
 * browser side is src/lib/node/bench/page-cost.ts), and the Lighthouse scores. Pure: it sorts,
 * sums and formats figures measured elsewhere.
 */

import { PAGE_BUDGETS } from '../quality/budgets.ts';

/** One response as Chromium received it. */
export interface FetchedResponse {
  url: string;
  /** Chromium's resource type: document, stylesheet, script, fetch, image… */
  resourceType: string;
  status: number;
  /** Decoded body size. */
  bodyBytes: number;
  /** The body as sent, before decoding (gzip bytes for a compressed response). */
  encodedBodyBytes: number;
  /** Encoded body plus response headers: what came over the network. */
  wireBytes: number;
}

export const BUCKETS = ['html', 'css', 'js', 'pagefind', 'synonyms', 'other'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** Pagefind's own files (its script, WASM, entry, metadata, index chunks, fragments) come first. */
export function bucketOf(response: Pick<FetchedResponse, 'url' | 'resourceType'>): Bucket {
  const pathname = new URL(response.url, 'http://x').pathname;
  if (pathname.includes('/pagefind/')) return 'pagefind';
  if (pathname.endsWith('/synonyms.json')) return 'synonyms';
  if (response.resourceType === 'document') return 'html';
  if (response.resourceType === 'stylesheet') return 'css';
  if (response.resourceType === 'script' || /\.m?js$/.test(pathname)) return 'js';
  return 'other';
}

export interface Tally {
  requests: number;
  bodyBytes: number;
  encodedBodyBytes: number;
  wireBytes: number;
}

export interface WireSummary extends Tally {
  byBucket: Record<Bucket, Tally>;
}

const emptyTally = (): Tally => ({ requests: 0, bodyBytes: 0, encodedBodyBytes: 0, wireBytes: 0 });

export function summarize(responses: readonly FetchedResponse[]): WireSummary {
  const byBucket = Object.fromEntries(BUCKETS.map((b) => [b, emptyTally()])) as Record<Bucket, Tally>;
  const total = emptyTally();
  for (const response of responses) {
    for (const tally of [total, byBucket[bucketOf(response)]]) {
      tally.requests++;
      tally.bodyBytes += response.bodyBytes;
      tally.encodedBodyBytes += response.encodedBodyBytes;
      tally.wireBytes += response.wireBytes;
    }
  }
  return { ...total, byBucket };
}

/** The middle value (the lower one of an even count), or undefined for none. */
export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
}

/** A content page's first view: everything fetched until the network was idle. */
export interface PageWeight {
  path: string;
  load: WireSummary;
  domNodes: number;
}

/** Cold searches from a content page: open search, type the query, wait for the first result link. */
export interface SearchCost {
  from: string;
  query: string;
  /** Per run: from the click on the search link to the first result link. */
  msFromOpen: number[];
  /** Per run: from typing the query (the dialog open) to the first result link. */
  msFromTyping: number[];
  /** Everything fetched from the click on (first run; every run starts cold). */
  fetched: WireSummary;
  /** Result links shown in the first run. */
  results: number;
}

/** Issue 8's aims for a search from a content page; reported against, never asserted. */
export const SEARCH_TARGETS = { firstResultMs: 250, wireBytes: 120 * 1024 } as const;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export interface WebRow {
  pages: number;
  weights: PageWeight[];
  search?: SearchCost;
}

/** The long reference pages, whose first view has the larger budget (README, "Budgets"). */
const LONG_PAGE = /^\/(sources|strategies|business-types)\//;

/** A page's first-view budget (HTML + CSS, gzip) by its path: src/lib/quality/budgets.ts. */
export function firstViewBudget(path: string): number {
  return LONG_PAGE.test(path) ? PAGE_BUDGETS.longPageFirstViewBytes : PAGE_BUDGETS.firstViewBytes;
}

/**
 * One row per sample page and size: bytes on the wire by type (gzip as served), the first view
 * against its budget (so the budget is checked on the large builds too, not only on the demo the
 * tests build), DOM size.
 */
export function formatPageWeights(rows: readonly WebRow[]): string {
  const lines = [
    '| N | page | HTML KB | CSS KB | JS KB | all KB (requests) | HTML + CSS gzip KB (budget) | DOM nodes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    for (const weight of row.weights) {
      const b = weight.load.byBucket;
      // As the budget test counts it: the gzip bodies, without the response headers.
      const firstView = b.html.encodedBodyBytes + b.css.encodedBodyBytes;
      const budget = firstViewBudget(weight.path);
      const verdict = `${kb(firstView)} (≤ ${budget / 1024}: ${firstView <= budget ? 'yes' : 'NO'})`;
      lines.push(
        `| ${row.pages} | ${weight.path} | ${kb(b.html.wireBytes)} | ${kb(b.css.wireBytes)} | ${kb(b.js.wireBytes)} | ${kb(weight.load.wireBytes)} (${weight.load.requests}) | ${verdict} | ${weight.domNodes} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The search from a content page at each size, with the aims of issue 8 beside the figures. */
export function formatSearchCost(rows: readonly WebRow[]): string {
  const lines = [
    '| N | from page | query | first result ms from opening (runs) | from typing ms | KB on wire from opening (requests) | Pagefind KB | JS KB | synonyms KB | result links | aims met (< 250 ms, < 120 KB) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const s = row.search;
    if (!s) continue;
    const open = median(s.msFromOpen) ?? Number.NaN;
    const b = s.fetched.byBucket;
    const time = open < SEARCH_TARGETS.firstResultMs ? 'yes' : 'no';
    const weight = s.fetched.wireBytes < SEARCH_TARGETS.wireBytes ? 'yes' : 'no';
    lines.push(
      `| ${row.pages} | ${s.from} | ${s.query} | ${Math.round(open)} (${s.msFromOpen.map(Math.round).join(', ')}) | ${Math.round(median(s.msFromTyping) ?? Number.NaN)} | ${kb(s.fetched.wireBytes)} (${s.fetched.requests}) | ${kb(b.pagefind.wireBytes)} | ${kb(b.js.wireBytes)} | ${kb(b.synonyms.wireBytes)} | ${s.results} | time ${time}, weight ${weight} |`,
    );
  }
  return lines.join('\n');
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseScores {
  /** 0–100 per category. */
  scores: Record<LighthouseCategory, number>;
  /** Audits that cost points, by category: `id (title)`. */
  lost: Partial<Record<LighthouseCategory, string[]>>;
}

/** A Lighthouse report (its JSON, the parts read here). */
interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode?: string }>;
  runtimeError?: { message?: string };
}

/** The four category scores and, for each category under 100, the weighted audits that failed. */
export function lighthouseScores(report: LighthouseReport): LighthouseScores {
  const scores = {} as Record<LighthouseCategory, number>;
  const lost: LighthouseScores['lost'] = {};
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const entry = report.categories[category];
    scores[category] = Math.round((entry?.score ?? 0) * 100);
    if (!entry || scores[category] === 100) continue;
    lost[category] = entry.auditRefs
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const audit = report.audits[ref.id];
        return audit && audit.score !== null && audit.score < 1
          ? [`${ref.id} (${audit.score.toFixed(2)})`]
          : [];
      });
  }
  return { scores, lost };
}

export interface LighthouseRow {
  pages: number;
  template: string;
  path: string;
  result: LighthouseScores | { error: string };
}

export function formatLighthouse(rows: readonly LighthouseRow[]): string {
  const lines = [
    '| N | template | page | performance | accessibility | best practices | SEO | what cost points (audit, score) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    if ('error' in row.result) {
      lines.push(`| ${row.pages} | ${row.template} | ${row.path} | – | – | – | – | ${row.result.error} |`);
      continue;
    }
    const { scores, lost } = row.result;
    const why = LIGHTHOUSE_CATEGORIES.flatMap((c) =>
      lost[c]?.length ? [`${c}: ${lost[c]?.join(', ')}`] : [],
    );
    lines.push(
      `| ${row.pages} | ${row.template} | ${row.path} | ${LIGHTHOUSE_CATEGORIES.map((c) => scores[c]).join(' | ')} | ${why.join('; ') || '–'} |`,
    );
  }
  return lines.join('\n');
}
