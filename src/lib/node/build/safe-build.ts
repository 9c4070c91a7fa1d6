/**
 * Safe builds: one build at a time per project folder, and a site that reaches its output folder
 * only whole. A build takes a lock file (naming its process, start time and output) before it
 * does anything, renders into a staging folder beside the output, and swaps the staging folder
 * into place only after every check has passed; a failed or interrupted build leaves the previous
 * output as it was and its staging folder is removed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildLockInfo {
  pid: number;
  /** ISO time the build started. */
  started: string;
  /** The output folder it builds. */
  outDir: string;
}

/** A second build in a folder where one is running: the message says which one and what to do. */
export class BuildLockedError extends Error {
  readonly lockFile: string;
  readonly holder: BuildLockInfo;

  constructor(lockFile: string, holder: BuildLockInfo) {
    const started = new Date(holder.started);
    const seconds = Math.max(0, Math.round((Date.now() - started.getTime()) / 1000));
    super(
      `Another build is running in this folder: process ${holder.pid}, started ${started.toLocaleTimeString('en-GB')} ` +
        `(${seconds} s ago), building ${holder.outDir}. Wait for it to finish or stop it (kill ${holder.pid}); ` +
        `if no build is running, delete ${lockFile}.`,
    );
    this.name = 'BuildLockedError';
    this.lockFile = lockFile;
    this.holder = holder;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockFile: string): BuildLockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Partial<BuildLockInfo>;
    return typeof info.pid === 'number'
      ? { pid: info.pid, started: String(info.started), outDir: String(info.outDir) }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock for this process, or throws BuildLockedError naming the build that holds it. A
 * lock left by a process that no longer runs (a crash, a kill -9) is taken over; the result says
 * so, for a warning.
 */
export function acquireBuildLock(
  lockFile: string,
  outDir: string,
  pid = process.pid,
): { tookOverFrom?: BuildLockInfo } {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const info: BuildLockInfo = { pid, started: new Date().toISOString(), outDir };
  let stale: BuildLockInfo | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // `wx`: create only if absent, so two builds starting together cannot both take it.
      fs.writeFileSync(lockFile, JSON.stringify(info), { flag: 'wx' });
      return stale ? { tookOverFrom: stale } : {};
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(lockFile);
      if (holder && holder.pid !== pid && isRunning(holder.pid)) throw new BuildLockedError(lockFile, holder);
      stale = holder;
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new BuildLockedError(lockFile, readLock(lockFile) ?? info);
}

/** Removes the lock if this process holds it. */
export function releaseBuildLock(lockFile: string, pid = process.pid): void {
  if (readLock(lockFile)?.pid === pid) fs.rmSync(lockFile, { force: true });
}

const STAGING_MARK = '-building-';

/**
 * How the staging folders of builds of `outDir` begin (`.<out>-building-`, then the build's pid,
 * then `-removing` while one is removed): other outputs' staging folders may sit in the same parent.
 */
export function stagingPrefix(outDir: string): string {
  return `.${path.basename(outDir)}${STAGING_MARK}`;
}

/** The staging folder of a build of `outDir` by process `pid`: a hidden sibling, so a rename swaps it in. */
export function stagingDirFor(outDir: string, pid = process.pid): string {
  return path.join(path.dirname(outDir), `${stagingPrefix(outDir)}${pid}`);
}

/** Removes staging folders of `outDir` left by builds whose process no longer runs. */
export function sweepStaleStaging(outDir: string): string[] {
  const parent = path.dirname(outDir);
  const prefix = stagingPrefix(outDir);
  if (!fs.existsSync(parent)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue;
    fs.rmSync(path.join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Puts the finished staging folder where the output goes: the old output is renamed aside, the
 * staging folder renamed into its place, then the old one removed by a detached process (removing
 * thousands of files takes seconds the build need not wait for; a leftover is swept by the next
 * build). If the second rename fails the old output is put back.
 */
export function swapIntoPlace(staging: string, outDir: string): void {
  const old = `${stagingDirFor(outDir)}-old`;
  const hadOld = fs.existsSync(outDir);
  if (hadOld) fs.renameSync(outDir, old);
  try {
    fs.renameSync(staging, outDir);
  } catch (error) {
    if (hadOld) fs.renameSync(old, outDir);
    throw error;
  }
  if (hadOld) removeInBackground(old);
}

function removeInBackground(dir: string): void {
  const script = `require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`;
  try {
    spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Blocks this thread for `ms` (for `exit` listeners, which cannot wait on the event loop). */
function pauseSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Removes a failed or interrupted build's staging folder on the way out. Writes already handed to
 * Node's thread pool may still land while the process exits: renaming the folder first makes
 * most of them miss (their paths no longer exist), the removal is retried while they finish, and
 * a folder that a late `mkdir -p` made again is removed again after a pause.
 */
export function removeStaging(staging: string): void {
  if (!fs.existsSync(staging)) return;
  removeOnce(staging);
  for (let round = 0; round < 5; round++) {
    pauseSync(20);
    if (!fs.existsSync(staging)) return;
    removeOnce(staging);
  }
}

function removeOnce(staging: string): void {
  const doomed = `${staging}-removing`;
  let target = staging;
  try {
    fs.renameSync(staging, doomed);
    target = doomed;
  } catch {
    // Keep the original name: removing it in place is still worth trying.
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.rmSync(target, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 });
      return;
    } catch {
      // A late write re-filled a folder mid-removal: try again.
    }
  }
}

/**
 * Stops a child process from an `exit` listener, where nothing can be awaited: killed outright,
 * then waited for (at most `maxMs`) until it can write no more, so that it cannot fill a staging
 * folder again once `removeStaging` has removed it. Where /proc is missing it waits `maxMs` / 10.
 */
export function stopChildNow(child: ChildProcess, maxMs = 1000): void {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGKILL');
  if (!fs.existsSync('/proc')) {
    pauseSync(maxMs / 10);
    return;
  }
  const until = Date.now() + maxMs;
  while (Date.now() < until && canStillWrite(pid)) pauseSync(5);
}

/** Whether process `pid` is alive: not gone and not a zombie waiting to be reaped (Linux's /proc). */
function canStillWrite(pid: number): boolean {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}
