/**
 * `npm run bench`: builds a deterministic synthetic playbook of N pages (the real mix, see
 * src/lib/bench/synthetic-playbook.ts) with the real `astro build`, and prints what it cost:
 * time per phase, peak memory, pages, sizes, the largest page and the slowest page render. With
 * two or more sizes it also prints how each grew. A script that prints figures, not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BenchResult, formatBenchTable, formatGrowth } from '../src/lib/bench/report.ts';
import { syntheticPlaybook } from '../src/lib/bench/synthetic-playbook.ts';
import { readAccountRecord } from '../src/lib/node/accounts/records.ts';
import { runBuild } from '../src/lib/node/bench/build-run.ts';
import { measureDist } from '../src/lib/node/bench/dist-size.ts';
import { parseCli, runCli, UsageError } from '../src/lib/node/cli.ts';
import { writeFileAtomic } from '../src/lib/node/files/atomic-write.ts';

const HELP = `
Usage: npm run bench -- [--sizes 1000,5000] [--seed 1] [--keep]

Generates a synthetic playbook of each size (40% sources, 30% guides, 15% plays, 10% business
types, 5% example accounts; about 900 words a page) into node_modules/.cache/x-playbook-bench/,
builds it with the real build and prints per-phase times, peak memory, page count, dist and
search-index size, the largest HTML page and the slowest page render, then how they grew.

  --sizes   comma-separated page counts (default 1000,5000; add 10000 for the large run)
  --seed    generator seed (default 1): the same seed gives the same files
  --keep    keep the generated content and the built sites for inspection

Exit codes: 0 done, 1 a build failed, 2 wrong usage.
`;

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const BENCH_DIR = path.join(PROJECT_ROOT, 'node_modules/.cache/x-playbook-bench');

await runCli(
  'bench',
  async () => {
    const { values } = parseCli(process.argv.slice(2), {
      sizes: { type: 'string', default: '1000,5000' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean' },
    });
    const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
    if (sizes.some((n) => !Number.isInteger(n) || n < 10))
      throw new UsageError('--sizes takes whole numbers of at least 10');
    const seed = Number(values.seed);
    if (!Number.isInteger(seed)) throw new UsageError('--seed takes a whole number');
    const template = readAccountRecord(
      path.join(
        PROJECT_ROOT,
        'content/accounts',
        fs.readdirSync(path.join(PROJECT_ROOT, 'content/accounts')).sort()[0] ?? '',
      ),
    );

    const results: BenchResult[] = [];
    for (const pages of sizes) {
      const dir = path.join(BENCH_DIR, `n${pages}-seed${seed}`);
      fs.rmSync(dir, { recursive: true, force: true });
      const contentDir = path.join(dir, 'content');
      const { files, summary } = syntheticPlaybook({ pages, seed, accountTemplate: template });
      process.stderr.write(`bench: writing ${files.size} files for N = ${pages}…\n`);
      for (const [relative, text] of files) writeFileAtomic(path.join(contentDir, relative), text);
      process.stderr.write(`bench: building N = ${pages}…\n`);
      const run = await runBuild({ projectRoot: PROJECT_ROOT, contentDir, workDir: dir });
      if (run.code !== 0) {
        process.stderr.write(run.log.split('\n').slice(-40).join('\n'));
        throw new Error(`the build of N = ${pages} failed (exit ${run.code}); its log is above`);
      }
      results.push({ pages, counts: summary.counts, run, dist: measureDist(path.join(dir, 'dist')) });
      fs.writeFileSync(path.join(dir, 'build.log'), run.log);
      if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
    }
    process.stdout.write(`${formatBenchTable(results)}\n`);
    if (results.length > 1) process.stdout.write(`\n${formatGrowth(results)}\n`);
    return 0;
  },
  { help: HELP },
);
