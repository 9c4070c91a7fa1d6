/**
 * `npm run bench`: builds a deterministic synthetic playbook of N pages with the real build and
 * prints what it cost (phases, memory, sizes, render times, growth between sizes), what a reader's
 * browser pays for a content page and a search, optionally Lighthouse scores and a side-by-side
 * build with the anchor sites of ../shared/bench, and the accounts pipeline's time. A script that
 * prints figures, not a test: the work is in src/lib/node/bench/run-bench.ts, the tables in
 * src/lib/bench/.
 */
import path from 'node:path';
import { formatAccountsFigures } from '../src/lib/bench/accounts-figures.ts';
import {
  ANCHOR_SITES,
  type AnchorSite,
  checkBuildTargets,
  formatCompare,
  formatTargets,
} from '../src/lib/bench/compare.ts';
import { formatProfile } from '../src/lib/bench/cpu-profile.ts';
import { formatBenchTable, formatGrowth } from '../src/lib/bench/report.ts';
import { formatLighthouse, formatPageWeights, formatSearchCost } from '../src/lib/bench/web-cost.ts';
import { runBench } from '../src/lib/node/bench/run-bench.ts';
import { note, parseCli, runCli, UsageError } from '../src/lib/node/cli.ts';

const HELP = `
Usage: npm run bench -- [--sizes 1000,5000] [--compare] [--lighthouse] [options]

Generates a synthetic playbook of each size (40% sources, 30% guides, 15% plays, 10% business
types, 5% example accounts; about 900 words a page) into node_modules/.cache/x-playbook-bench/,
builds it with the real build and prints per-phase times, peak memory, page count, dist and
search-index size, the largest HTML page and render times per route, then how they grew. At each
size it also serves the site on 127.0.0.1 (gzip, as a host does) and measures in Chromium a
content page's bytes on the wire and a cold search from it (open search, type, first result).
Once, it times the accounts pipeline on 100,000 posts (npm run bench:accounts).

  --sizes N,N       page counts (default 1000,5000; 1000,5000,10000 for the large run)
  --seed N          generator seed (default 1): the same seed gives the same files
  --query TEXT      the search typed in the browser (default "customer complaint")
  --search-runs N   cold searches at each size; the median time is reported (default 3)
  --lighthouse      Lighthouse mobile scores for home, a business type, a play, an account,
                    search and a chooser result at each size (reports kept under lighthouse/)
  --compare         also build the anchor sites (Starlight default, Starlight with a lean sidebar,
                    plain Astro + Pagefind) and x-playbook on the same generated text (the
                    anchors' gen-content.mjs pages as half sources, half guides, all plain
                    Markdown as the anchors write them), interleaved, and print the ratios and
                    issue 11's build speed targets
  --anchors DIR     where the anchor sites are (default ../shared/bench); copied to
                    node_modules/.cache/x-playbook-bench/anchors/ and installed there
  --anchor-sites L  which anchors to build (default astro-plain,starlight-lean,starlight;
                    Starlight's default sidebar is left out above 3,000 pages unless named here)
  --rounds N        builds of each site at each size with --compare, medians compared
                    (default 3 up to 1,000 pages, 1 above, as the anchors' run.mjs does)
  --cpu-prof        with --compare: one more x-playbook build of the same text under
                    node --cpu-prof (not timed), summarised by package and function
  --accounts-posts N  posts for the accounts pipeline (default 100000; 0 leaves it out)
  --keep            keep the generated content and the built sites for inspection

Progress goes to stderr, the tables to stdout.
Exit codes: 0 done, 1 a build or measurement failed, 2 wrong usage.
`;

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

function positiveInt(value: string, name: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} takes a whole number of at least ${min}`);
  return n;
}

await runCli(
  'bench',
  async () => {
    const { values } = parseCli(process.argv.slice(2), {
      sizes: { type: 'string', default: '1000,5000' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      query: { type: 'string', default: 'customer complaint' },
      'search-runs': { type: 'string', default: '3' },
      lighthouse: { type: 'boolean', default: false },
      compare: { type: 'boolean', default: false },
      anchors: { type: 'string', default: path.resolve(PROJECT_ROOT, '../shared/bench') },
      'anchor-sites': { type: 'string' },
      rounds: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'accounts-posts': { type: 'string', default: '100000' },
    });
    const sizes = values.sizes.split(',').map((s) => positiveInt(s.trim(), 'sizes', 10));
    const seed = Number(values.seed);
    if (!Number.isInteger(seed)) throw new UsageError('--seed takes a whole number');
    const sites = (values['anchor-sites'] ?? ANCHOR_SITES.join(',')).split(',').map((s) => s.trim());
    const unknown = sites.filter((s) => !(ANCHOR_SITES as readonly string[]).includes(s));
    if (unknown.length)
      throw new UsageError(
        `--anchor-sites: unknown ${unknown.join(', ')} (known: ${ANCHOR_SITES.join(', ')})`,
      );
    if (values['cpu-prof'] && !values.compare)
      throw new UsageError('--cpu-prof profiles the --compare build: add --compare');

    const report = await runBench(
      {
        projectRoot: PROJECT_ROOT,
        benchDir: path.join(PROJECT_ROOT, 'node_modules/.cache/x-playbook-bench'),
        sizes,
        seed,
        keep: values.keep,
        query: values.query,
        searchRuns: positiveInt(values['search-runs'], 'search-runs'),
        lighthouse: values.lighthouse,
        accountsPosts: positiveInt(values['accounts-posts'], 'accounts-posts', 0),
        cpuProf: values['cpu-prof'],
        ...(values.compare
          ? {
              compare: {
                anchorsDir: values.anchors,
                ...(values.rounds ? { rounds: positiveInt(values.rounds, 'rounds') } : {}),
                sites: sites as AnchorSite[],
                starlightDefaultUpTo: values['anchor-sites'] ? Number.POSITIVE_INFINITY : 3000,
              },
            }
          : {}),
      },
      (line) => note(`bench: ${line}`),
    );

    const out: string[] = [formatBenchTable(report.results)];
    if (report.results.length > 1) out.push(formatGrowth(report.results));
    out.push(
      'A content page on first view, bytes on the wire (gzip as served):',
      formatPageWeights(report.web),
      'A cold search from a content page (aims from issue 8: first result under 250 ms, under 120 KB):',
      formatSearchCost(report.web),
    );
    if (report.lighthouse.length) out.push('Lighthouse, mobile:', formatLighthouse(report.lighthouse));
    if (report.compare.length) {
      const words = report.compare
        .map((c) => `${c.words.toLocaleString('en-US')} words at ${c.pages}`)
        .join(', ');
      out.push(
        `Side by side on the same generated text (${words}), interleaved in this run:`,
        formatCompare(report.compare),
        formatTargets(checkBuildTargets(report.compare)),
      );
    }
    for (const profile of report.profiles)
      out.push(formatProfile(profile.summary, `x-playbook at N = ${profile.pages} (${profile.file})`));
    if (report.accounts) out.push(formatAccountsFigures(report.accounts));
    process.stdout.write(`${out.join('\n\n')}\n`);
    return 0;
  },
  { help: HELP },
);
