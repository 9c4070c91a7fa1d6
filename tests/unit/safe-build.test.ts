import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acquireBuildLock,
  BuildLockedError,
  releaseBuildLock,
  stagingDirFor,
  swapIntoPlace,
  sweepStaleStaging,
} from '../../src/lib/node/build/safe-build.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-build-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A pid no process has: above Linux's largest pid_max (2^22). */
const DEAD_PID = 4_194_305;
/** The parent of this test process: alive while the test runs, and not this process. */
const LIVE_PID = process.ppid;

describe('the build lock', () => {
  it('is taken once; a second taker learns who holds it', () => {
    const lock = path.join(tempDir(), '.astro/build.lock');
    expect(acquireBuildLock(lock, '/site/dist', LIVE_PID)).toEqual({});
    let error: unknown;
    try {
      acquireBuildLock(lock, '/site/dist', process.pid);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BuildLockedError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Another build is running in this folder: process ${LIVE_PID}, started \\d\\d:\\d\\d:\\d\\d \\(\\d+ s ago\\), building /site/dist\\. .*kill ${LIVE_PID}.*delete ${lock.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\.$`,
      ),
    );
  });

  it('is released only by its holder', () => {
    const lock = path.join(tempDir(), 'build.lock');
    acquireBuildLock(lock, 'dist', LIVE_PID);
    releaseBuildLock(lock, process.pid);
    expect(fs.existsSync(lock)).toBe(true);
    releaseBuildLock(lock, LIVE_PID);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('left by a process that no longer runs, or unreadable, is taken over', () => {
    const lock = path.join(tempDir(), 'build.lock');
    fs.writeFileSync(
      lock,
      JSON.stringify({ pid: DEAD_PID, started: '2026-01-01T00:00:00Z', outDir: 'dist' }),
    );
    expect(acquireBuildLock(lock, 'dist').tookOverFrom?.pid).toBe(DEAD_PID);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    fs.writeFileSync(lock, 'half-writ');
    expect(acquireBuildLock(lock, 'dist')).toEqual({});
  });
});

describe('staging', () => {
  it('is a hidden sibling of the output named after the process', () => {
    expect(stagingDirFor('/site/dist', 42)).toBe('/site/.dist-building-42');
  });

  it('left by dead builds is swept; a running build’s is kept', () => {
    const root = tempDir();
    const out = path.join(root, 'dist');
    for (const name of [
      `.dist-building-${DEAD_PID}`,
      `.dist-building-${LIVE_PID}`,
      `.dist-building-${DEAD_PID}-old`,
      'dist',
      'other',
    ])
      fs.mkdirSync(path.join(root, name));
    expect(sweepStaleStaging(out).sort()).toEqual([
      `.dist-building-${DEAD_PID}`,
      `.dist-building-${DEAD_PID}-old`,
    ]);
    expect(fs.readdirSync(root).sort()).toEqual([`.dist-building-${LIVE_PID}`, 'dist', 'other']);
  });

  it('swaps into place whole, and the old output goes', async () => {
    const root = tempDir();
    const out = path.join(root, 'dist');
    const staging = stagingDirFor(out);
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'old.html'), 'old');
    fs.mkdirSync(staging);
    fs.writeFileSync(path.join(staging, 'new.html'), 'new');
    swapIntoPlace(staging, out);
    expect(fs.readdirSync(out)).toEqual(['new.html']);
    const until = Date.now() + 10_000;
    while (fs.readdirSync(root).length > 1 && Date.now() < until) await sleep(25);
    expect(fs.readdirSync(root)).toEqual(['dist']);
  });

  it('puts the old output back when the swap fails', () => {
    const root = tempDir();
    const out = path.join(root, 'dist');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'old.html'), 'old');
    expect(() => swapIntoPlace(path.join(root, '.dist-building-missing'), out)).toThrow(/ENOENT/);
    expect(fs.readdirSync(out)).toEqual(['old.html']);
  });
});
