/**
 * `npm run bench -- --compare`: x-playbook and the anchor sites of ../shared/bench built on the
 * same generated text in the same run, interleaved, and the ratios. Pure: the order of the
 * builds, the table and the build speed targets of issue 11 (point 2); the builds themselves are
 * in src/lib/node/bench/anchors.ts.
 */
import { median } from './web-cost.ts';

/** The anchor sites, as ../shared/bench/run.mjs names them. */
export const ANCHOR_SITES = ['astro-plain', 'starlight-lean', 'starlight'] as const;
export type AnchorSite = (typeof ANCHOR_SITES)[number];
export type CompareSite = 'x-playbook' | AnchorSite;

export const ANCHOR_LABELS: Record<CompareSite, string> = {
  'x-playbook': 'x-playbook (half sources, half guides)',
  'astro-plain': 'plain Astro + Pagefind CLI (the floor)',
  'starlight-lean': 'Starlight, lean sidebar',
  starlight: 'Starlight, default sidebar',
};

/**
 * The order of the builds of one round: every site once, the first one moving each round, so no
 * site always builds first (cold disk cache) or right after the heaviest one.
 */
export function roundOrder<T>(sites: readonly T[], round: number): T[] {
  const shift = sites.length ? round % sites.length : 0;
  return [...sites.slice(shift), ...sites.slice(0, shift)];
}

export interface CompareBuild {
  site: CompareSite;
  round: number;
  wallMs: number;
  peakRssBytes: number;
  /** Processor time, user and system, of the build and its child processes (0 when unknown). */
  cpuMs: number;
}

export interface CompareSize {
  pages: number;
  /** Words of the generated text, the same for every site. */
  words: number;
  builds: CompareBuild[];
  /** Sites left out at this size, with why. */
  skipped: { site: CompareSite; reason: string }[];
}

function medianOf(size: CompareSize, site: CompareSite, pick: (b: CompareBuild) => number) {
  return median(size.builds.filter((b) => b.site === site).map(pick));
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));

export function formatCompare(sizes: readonly CompareSize[]): string {
  const lines = [
    '| N | site | build s, median (each run) | CPU s, median | peak RSS MB | x-playbook ÷ site (build s) | x-playbook ÷ site (CPU s) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const size of sizes) {
    const ours = medianOf(size, 'x-playbook', (b) => b.wallMs);
    const ourCpu = medianOf(size, 'x-playbook', (b) => b.cpuMs);
    for (const site of ['x-playbook', ...ANCHOR_SITES] as const) {
      const skipped = size.skipped.find((s) => s.site === site);
      if (skipped) {
        lines.push(
          `| ${size.pages} | ${ANCHOR_LABELS[site]} | not built: ${skipped.reason} | – | – | – | – |`,
        );
        continue;
      }
      const runs = size.builds.filter((b) => b.site === site);
      if (!runs.length) continue;
      const wall = medianOf(size, site, (b) => b.wallMs);
      const rss = medianOf(size, site, (b) => b.peakRssBytes) ?? 0;
      const cpu = medianOf(size, site, (b) => b.cpuMs);
      const ratio = (a: number | undefined, b: number | undefined) =>
        site === 'x-playbook' || !a || !b ? '–' : `×${(a / b).toFixed(2)}`;
      lines.push(
        `| ${size.pages} | ${ANCHOR_LABELS[site]} | ${seconds(wall)} (${runs.map((r) => seconds(r.wallMs)).join(', ')}) | ${cpu ? seconds(cpu) : '–'} | ${(rss / 1024 / 1024).toFixed(0)} | ${ratio(ours, wall)} | ${ratio(ourCpu, cpu)} |`,
      );
    }
  }
  return lines.join('\n');
}

export interface TargetCheck {
  pages: number;
  target: string;
  met: boolean;
  /** x-playbook's median build time ÷ the allowed time. */
  ratio: number;
  detail: string;
}

/**
 * Issue 11's build speed targets, each against a site built in the same run: up to 1,000 pages
 * no slower than Starlight with a lean sidebar; from 5,000 pages within 1.5× the plain-Astro floor.
 */
export function checkBuildTargets(sizes: readonly CompareSize[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const size of sizes) {
    const ours = medianOf(size, 'x-playbook', (b) => b.wallMs);
    if (ours === undefined) continue;
    const against = (site: AnchorSite, factor: number, target: string) => {
      const theirs = medianOf(size, site, (b) => b.wallMs);
      if (theirs === undefined) return;
      const allowed = theirs * factor;
      const ratio = ours / allowed;
      checks.push({
        pages: size.pages,
        target,
        met: ratio <= 1,
        ratio,
        detail: `x-playbook ${seconds(ours)} s, allowed ${seconds(allowed)} s (${ANCHOR_LABELS[site]} ${seconds(theirs)} s${factor === 1 ? '' : ` × ${factor}`}): ${ratio <= 1 ? 'met' : `not met, ${((ratio - 1) * 100).toFixed(0)}% over`}`,
      });
    };
    if (size.pages <= 1000) against('starlight-lean', 1, 'no slower than Starlight lean');
    if (size.pages >= 5000) against('astro-plain', 1.5, 'within 1.5× the plain-Astro floor');
  }
  return checks;
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  if (!checks.length) return 'Build speed targets: none applies to these sizes (1,000 and 5,000 pages).';
  return [
    'Build speed targets (issue 11, point 2), each against a build of the same run:',
    ...checks.map((c) => `- N = ${c.pages}, ${c.target}: ${c.detail}`),
  ].join('\n');
}
