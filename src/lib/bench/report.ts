/**
 * The benchmark's tables: one row per size, then how the largest size grew against the smallest.
 * Pure: it formats figures the script measured.
 */
import type { SyntheticSummary } from './synthetic-playbook.ts';

/** Sizes of a built site (measured by src/lib/node/bench/dist-size.ts). */
export interface DistSize {
  files: number;
  totalBytes: number;
  pagefindBytes: number;
  htmlPages: number;
  /** The largest HTML page, by path, with its size and its gzip size. */
  largestHtml: { path: string; bytes: number; gzipBytes: number };
  /** Largest HTML page of each route prefix (`/guides/`, `/sources/`, home as `/`). */
  largestByRoute: Map<string, number>;
}

export interface BenchResult {
  pages: number;
  counts: SyntheticSummary['counts'];
  run: {
    wallMs: number;
    peakRssBytes: number;
    /** Processor time of the build and its child processes (0 without /proc). */
    cpuMs: number;
    phases: Record<string, number>;
    pageMs: Map<string, number>;
  };
  dist: DistSize;
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

export interface RenderTimes {
  median: number;
  p99: number;
  max: number;
}

/**
 * Render times of each route prefix. The first page a build renders also builds the shared
 * indexes (once, for all pages), so it is left out here and reported on its own.
 */
export function renderTimesByRoute(pageMs: ReadonlyMap<string, number>): Map<string, RenderTimes> {
  const byRoute = new Map<string, number[]>();
  for (const [page, ms] of [...pageMs].slice(1)) {
    const route = routeOf(page);
    const times = byRoute.get(route);
    if (times) times.push(ms);
    else byRoute.set(route, [ms]);
  }
  return new Map(
    [...byRoute].map(([route, times]) => {
      const sorted = times.sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
      return [route, { median: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 }];
    }),
  );
}

/** The first page a build rendered, which also paid for building the shared indexes. */
export function firstPage(pageMs: ReadonlyMap<string, number>): { path: string; ms: number } | undefined {
  const [first] = pageMs;
  return first ? { path: first[0], ms: first[1] } : undefined;
}

/** The route a built file belongs to: `/guides/x/index.html` → `/guides/`; top-level files → `/`. */
export function routeOf(page: string): string {
  const parts = page.split('/').filter(Boolean);
  return parts.length > 1 ? `/${parts[0]}/` : '/';
}

/** The phases of the table: the usual five, then any other phase a build recorded (share images…). */
export function phasesOf(results: readonly BenchResult[]): string[] {
  const extra = results
    .flatMap((r) => Object.keys(r.run.phases))
    .filter((p) => !(PHASES as readonly string[]).includes(p));
  return [...PHASES, ...new Set(extra)];
}

export function formatBenchTable(results: readonly BenchResult[]): string {
  const phases = phasesOf(results);
  const head = [
    'N',
    'pages built',
    'build s',
    'CPU s',
    ...phases.map((p) => `${p} s`),
    'peak RSS MB',
    'dist MB',
    'index MB',
    'largest HTML KB (gz)',
    'slowest page',
  ];
  const rows = results.map((r) => {
    const slowest = [...r.run.pageMs].slice(1).sort((a, b) => b[1] - a[1])[0];
    return [
      String(r.pages),
      String(r.dist.htmlPages),
      seconds(r.run.wallMs),
      r.run.cpuMs ? seconds(r.run.cpuMs) : '–',
      ...phases.map((p) => (r.run.phases[p] === undefined ? '–' : seconds(r.run.phases[p] ?? 0))),
      mb(r.run.peakRssBytes),
      mb(r.dist.totalBytes),
      mb(r.dist.pagefindBytes),
      `${kb(r.dist.largestHtml.bytes)} (${kb(r.dist.largestHtml.gzipBytes)}) ${r.dist.largestHtml.path}`,
      slowest ? `${Math.round(slowest[1])} ms ${slowest[0]}` : '–',
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
  const first = [firstPage(small.run.pageMs), firstPage(large.run.pageMs)];
  lines.push(
    `- the first page rendered, which also builds the shared indexes once for the whole site: ${first.map((f) => (f ? `${Math.round(f.ms)} ms` : '–')).join(' → ')}`,
  );
  const timesSmall = renderTimesByRoute(small.run.pageMs);
  const timesLarge = renderTimesByRoute(large.run.pageMs);
  const span = (a: number | undefined, b: number | undefined, format: (v: number) => string) =>
    a === undefined || b === undefined ? '–' : `${format(a)} → ${format(b)} (${ratio(b, a)})`;
  const ms = (v: number) => String(Math.round(v));
  lines.push(
    '',
    '| route | median render ms | p99 render ms | slowest render ms | largest HTML KB |',
    '| --- | --- | --- | --- | --- |',
  );
  const routes = [...new Set([...timesLarge.keys(), ...large.dist.largestByRoute.keys()])].sort();
  for (const route of routes) {
    const a = timesSmall.get(route);
    const b = timesLarge.get(route);
    const sizes = span(small.dist.largestByRoute.get(route), large.dist.largestByRoute.get(route), kb);
    lines.push(
      `| ${route} | ${span(a?.median, b?.median, ms)} | ${span(a?.p99, b?.p99, ms)} | ${span(a?.max, b?.max, ms)} | ${sizes} |`,
    );
  }
  return lines.join('\n');
}
