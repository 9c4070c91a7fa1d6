/**
 * The benchmark's tables: one row per size, then how the largest size grew against the smallest.
 * Pure: it formats figures the script measured.
 */
import type { SyntheticSummary } from './synthetic-playbook.ts';

export interface BenchResult {
  pages: number;
  counts: SyntheticSummary['counts'];
  run: { wallMs: number; peakRssBytes: number; phases: Record<string, number>; pageMs: Map<string, number> };
  dist: {
    files: number;
    totalBytes: number;
    pagefindBytes: number;
    htmlPages: number;
    largestHtml: { path: string; bytes: number; gzipBytes: number };
    largestByRoute: Map<string, number>;
  };
}

export const PHASES = [
  'content check',
  'content sync',
  'bundle and render',
  'leak check',
  'pagefind',
] as const;

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Render times of each route prefix: the median and the slowest page. */
export function renderTimesByRoute(
  pageMs: ReadonlyMap<string, number>,
): Map<string, { median: number; max: number }> {
  const byRoute = new Map<string, number[]>();
  for (const [page, ms] of pageMs) {
    const route = routeOf(page);
    byRoute.set(route, [...(byRoute.get(route) ?? []), ms]);
  }
  return new Map(
    [...byRoute].map(([route, times]) => {
      const sorted = times.sort((a, b) => a - b);
      return [route, { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 }];
    }),
  );
}

/** The route a built file belongs to: `/guides/x/index.html` → `/guides/`; top-level files → `/`. */
export function routeOf(page: string): string {
  const parts = page.split('/').filter(Boolean);
  return parts.length > 1 ? `/${parts[0]}/` : '/';
}

/** The slowest page render of each route prefix. */
export function slowestByRoute(
  pageMs: ReadonlyMap<string, number>,
): Map<string, { path: string; ms: number }> {
  const slowest = new Map<string, { path: string; ms: number }>();
  for (const [page, ms] of pageMs) {
    const route = routeOf(page);
    const current = slowest.get(route);
    if (!current || ms > current.ms) slowest.set(route, { path: page, ms });
  }
  return slowest;
}

export function formatBenchTable(results: readonly BenchResult[]): string {
  const head = [
    'N',
    'pages built',
    'build s',
    ...PHASES.map((p) => `${p} s`),
    'peak RSS MB',
    'dist MB',
    'index MB',
    'largest HTML KB (gz)',
    'slowest page',
  ];
  const rows = results.map((r) => {
    const slowest = [...slowestByRoute(r.run.pageMs).values()].sort((a, b) => b.ms - a.ms)[0];
    return [
      String(r.pages),
      String(r.dist.htmlPages),
      seconds(r.run.wallMs),
      ...PHASES.map((p) => (r.run.phases[p] === undefined ? '–' : seconds(r.run.phases[p] ?? 0))),
      mb(r.run.peakRssBytes),
      mb(r.dist.totalBytes),
      mb(r.dist.pagefindBytes),
      `${kb(r.dist.largestHtml.bytes)} (${kb(r.dist.largestHtml.gzipBytes)}) ${r.dist.largestHtml.path}`,
      slowest ? `${Math.round(slowest.ms)} ms ${slowest.path}` : '–',
    ];
  });
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** How the largest run grew against the smallest: build time, memory, slowest page and page size per route. */
export function formatGrowth(results: readonly BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.pages - b.pages);
  const small = sorted[0];
  const large = sorted.at(-1);
  if (!small || !large || small === large) return '';
  const ratio = (a: number, b: number) => (b === 0 ? '–' : `×${(a / b).toFixed(2)}`);
  const lines = [
    `Growth from N = ${small.pages} to N = ${large.pages} (×${(large.pages / small.pages).toFixed(1)} pages):`,
    `- build time ${ratio(large.run.wallMs, small.run.wallMs)}, peak memory ${ratio(large.run.peakRssBytes, small.run.peakRssBytes)}`,
  ];
  const slowSmall = slowestByRoute(small.run.pageMs);
  const slowLarge = slowestByRoute(large.run.pageMs);
  lines.push(
    '',
    '| route | slowest page ms, small → large | largest HTML KB, small → large |',
    '| --- | --- | --- |',
  );
  const routes = [...new Set([...slowLarge.keys(), ...large.dist.largestByRoute.keys()])].sort();
  for (const route of routes) {
    const a = slowSmall.get(route)?.ms;
    const b = slowLarge.get(route)?.ms;
    const sa = small.dist.largestByRoute.get(route);
    const sb = large.dist.largestByRoute.get(route);
    lines.push(
      `| ${route} | ${a === undefined ? '–' : Math.round(a)} → ${b === undefined ? '–' : Math.round(b)} (${a && b ? ratio(b, a) : '–'}) | ${sa === undefined ? '–' : kb(sa)} → ${sb === undefined ? '–' : kb(sb)} |`,
    );
  }
  return lines.join('\n');
}
