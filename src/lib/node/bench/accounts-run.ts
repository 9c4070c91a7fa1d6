/**
 * The accounts pipeline's figures for the benchmark: `scripts/bench-accounts.ts` run as it is
 * (its own process, so its memory and time are its own), its printed figures read by
 * src/lib/bench/accounts-figures.ts.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { type AccountsFigures, parseAccountsBench } from '../../bench/accounts-figures.ts';
import { BenchError } from './bench-error.ts';

export function runAccountsBench(projectRoot: string, posts: number): AccountsFigures {
  const run = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'scripts/bench-accounts.ts'), '--posts', String(posts)],
    { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (run.status !== 0)
    throw new BenchError(`bench:accounts failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  return parseAccountsBench(run.stdout);
}
