/**
 * The share-files drawing process as the build treats it: at the lowest priority, and stopped
 * (not waited for) when the build needs its work, leaving the cache with whole files only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopHelper } from '../../src/lib/node/build/helper-process.ts';
import { lowestPriority } from '../../src/lib/node/build/thread-priority.ts';
import { removeTempFilesOf, writeFileAtomic } from '../../src/lib/node/files/atomic-write.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-helper-'));
  dirs.push(dir);
  return dir;
}

/**
 * A child that writes one file whole, then a temp file as `writeFileAtomic` names them (its pid),
 * says so, and keeps working until stopped.
 */
function busyChild(dir: string) {
  const script = `
    const fs = require('node:fs'), path = require('node:path');
    fs.writeFileSync(path.join(${JSON.stringify(dir)}, 'whole.png'), 'whole');
    fs.writeFileSync(path.join(${JSON.stringify(dir)}, '.half.png.' + process.pid + '.2.tmp'), 'ha');
    process.stdout.write('ready\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { child, ready };
}

describe('a helper process that works ahead of the build', () => {
  it('runs at the lowest priority', async () => {
    const { child, ready } = busyChild(tempDir());
    await ready;
    try {
      expect(lowestPriority(child.pid)).toBe(true);
      expect(os.getPriority(child.pid)).toBe(19);
    } finally {
      child.kill('SIGKILL');
    }
    expect(lowestPriority(undefined)).toBe(false);
  });

  it('is stopped when still at work, its temp files removed and its whole files kept', async () => {
    const dir = tempDir();
    // Another process's temp file in the same folder is not this child's to remove.
    const other = path.join(dir, `.other.png.${process.pid}.7.tmp`);
    fs.writeFileSync(other, 'mine');
    const { child, ready } = busyChild(dir);
    await ready;
    expect(fs.readdirSync(dir).sort()).toEqual(
      [`.half.png.${child.pid}.2.tmp`, path.basename(other), 'whole.png'].sort(),
    );
    expect(await stopHelper(child, dir)).toBe(true);
    expect(child.signalCode).toBe('SIGTERM');
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(other), 'whole.png'].sort());
    // Already gone: nothing to stop, and no wait.
    expect(await stopHelper(child, dir)).toBe(false);
    expect(await stopHelper(undefined, dir)).toBe(false);
  });

  it('is not waited for when it has finished', async () => {
    const child = spawn(process.execPath, ['-e', 'process.exit(0)'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await stopHelper(child, tempDir())).toBe(false);
  });
});

describe('temp files of a stopped writer', () => {
  it("are removed by the writer's pid only, with the files it renamed kept", () => {
    const dir = tempDir();
    writeFileAtomic(path.join(dir, 'kept.svg'), '<svg/>');
    fs.writeFileSync(path.join(dir, '.a.svg.4242.1.tmp'), '');
    fs.writeFileSync(path.join(dir, '.b.png.4242.17.tmp'), '');
    fs.writeFileSync(path.join(dir, '.c.png.42421.1.tmp'), '');
    fs.writeFileSync(path.join(dir, 'd.4242.1.tmp'), '');
    expect(removeTempFilesOf(dir, 4242)).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['.c.png.42421.1.tmp', 'd.4242.1.tmp', 'kept.svg']);
    expect(removeTempFilesOf(path.join(dir, 'missing'), 4242)).toBe(0);
  });
});
