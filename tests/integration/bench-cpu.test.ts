/**
 * The benchmark's processor time of a build (src/lib/node/bench/build-run.ts): a real process
 * tree, whose work is done partly by a child that has ended before the parent does, as Pagefind
 * and the share-file drawing process end before the build.
 */
import { describe, expect, it } from 'vitest';
import { spawnMeasured } from '../../src/lib/node/bench/build-run.ts';

/**
 * Node code that uses `ms` of processor time. Counted by the process's own clock, not the wall
 * clock: on a loaded machine a loop timed by the wall clock gets less of a core than it asks for.
 */
const busy = (ms: number) =>
  `{ const start = process.cpuUsage(); const used = () => { const u = process.cpuUsage(start); return (u.user + u.system) / 1000; }; while (used() < ${ms}) {} }`;

describe('processor time of a measured process', () => {
  it.runIf(process.platform === 'linux')(
    'counts a finished child in its parent, and an idle wait not at all',
    async () => {
      const parent = [
        "const { spawnSync } = require('node:child_process');",
        `spawnSync(process.execPath, ['-e', ${JSON.stringify(busy(600))}]);`,
        busy(300),
        'setTimeout(() => {}, 500);',
      ].join('\n');
      const run = await spawnMeasured(process.execPath, ['-e', parent], { cwd: process.cwd() });
      expect(run.code).toBe(0);
      // 900 ms of work, less at most one 100 ms sampling interval; the 500 ms wait is no work.
      expect(run.cpuMs).toBeGreaterThanOrEqual(750);
      expect(run.cpuMs).toBeLessThan(run.wallMs - 300);
    },
  );
});
