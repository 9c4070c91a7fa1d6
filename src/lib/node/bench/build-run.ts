/**
 * One measured build for the benchmark: `astro build` in a child process, exactly as a user runs
 * it, with its own output, cache and work folders, its phases recorded (build-timings.ts), its
 * peak memory sampled from /proc, and the per-page render times Astro prints read from its log.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_TIMINGS_ENV, readPhases } from '../build-timings.ts';

export interface BuildRun {
  code: number | null;
  wallMs: number;
  /** Largest resident set of the build and its children (Pagefind), in bytes (0 without /proc). */
  peakRssBytes: number;
  /** Processor time of the build and its children, user and system, in ms (0 without /proc). */
  cpuMs: number;
  phases: Record<string, number>;
  /** Render time Astro printed for each page path. */
  pageMs: Map<string, number>;
  log: string;
}

export interface BuildRunOptions {
  projectRoot: string;
  contentDir: string;
  /** A scratch folder of this run; output, cache and work folders go inside it. */
  workDir: string;
  env?: Record<string, string>;
  /** Flags for the Node process running the build, e.g. `--cpu-prof`. */
  nodeArgs?: readonly string[];
}

/** Resident set size of one process in bytes, or 0 once it has gone. */
function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process and every process it started, at this moment (Linux /proc; just the pid elsewhere). */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    const parent = tree[i] ?? 0;
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${parent}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = fs.readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8');
        for (const child of children.split(' ')) if (child.trim()) tree.push(Number(child));
      } catch {
        // The task ended between the listing and the read.
      }
    }
  }
  return tree;
}

/** Clock ticks per second of /proc/<pid>/stat's times: USER_HZ, 100 on every Linux Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * Processor time of one process in ms: its own (all threads, user and system) and that of the
 * children it has waited for (so a finished Pagefind or drawing process counts in its parent).
 * 0 once it has gone.
 */
function cpuOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: state is field 3, utime field 14.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/**
 * A process and every process it started, read once: their resident memory together (Pagefind
 * runs as a child binary, so a build's peak includes the indexer's), and their processor time,
 * finished children included (what the build cost the machine's cores, whatever ran in parallel).
 */
function treeSample(pid: number): { rss: number; cpu: number } {
  let rss = 0;
  let cpu = 0;
  for (const p of processTree(pid)) {
    rss += rssOf(p);
    cpu += cpuOf(p);
  }
  return { rss, cpu };
}

export interface MeasuredProcess {
  code: number | null;
  wallMs: number;
  /** Largest resident set of the process and its children together, sampled every 100 ms (0 without /proc). */
  peakRssBytes: number;
  /**
   * Processor time of the process and its children, user and system, at the last sample (every
   * 100 ms) before it ended: at most one interval short (0 without /proc).
   */
  cpuMs: number;
  /** stdout and stderr, colours removed. */
  log: string;
}

/** Runs a command to its end, timing it and sampling its memory; never rejects on a non-zero exit. */
export function spawnMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<MeasuredProcess> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let peak = 0;
  let cpu = 0;
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const sample = treeSample(child.pid);
    peak = Math.max(peak, sample.rss);
    cpu = Math.max(cpu, sample.cpu);
  }, 100);
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({
        code,
        wallMs: performance.now() - started,
        peakRssBytes: peak,
        cpuMs: cpu,
        log: stripAnsi(log),
      });
    });
  });
}

const ESC = String.fromCharCode(27);
const stripAnsi = (text: string) => text.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '');

/** `├─ /guides/x/index.html (+12ms)` lines of an Astro build log. */
export function pageRenderTimes(log: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const match of stripAnsi(log).matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const value = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    times.set(match[1] ?? '', value);
  }
  return times;
}

export async function runBuild(options: BuildRunOptions): Promise<BuildRun> {
  fs.mkdirSync(options.workDir, { recursive: true });
  const timingsFile = path.join(options.workDir, 'timings.jsonl');
  fs.rmSync(timingsFile, { force: true });
  const run = await spawnMeasured(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      path.join(options.projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'build',
    ],
    {
      cwd: options.projectRoot,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PLAYBOOK_CONTENT_DIR: options.contentDir,
        PLAYBOOK_OUT_DIR: path.join(options.workDir, 'dist'),
        PLAYBOOK_CACHE_DIR: path.join(options.workDir, 'cache'),
        PLAYBOOK_WORK_DIR: path.join(options.workDir, 'root'),
        [BUILD_TIMINGS_ENV]: timingsFile,
        ...options.env,
      },
    },
  );
  return { ...run, phases: readPhases(timingsFile), pageMs: pageRenderTimes(run.log) };
}
