/**
 * The anchor sites of ../shared/bench (Starlight default, Starlight with a lean sidebar, plain
 * Astro + Pagefind) for `npm run bench -- --compare`. ../shared is read-only and nothing in the
 * project may depend on it, so the folder is copied to a scratch folder under node_modules/.cache,
 * its two sites installed there (once; again when their package files change), the shared
 * generator (gen-content.mjs) run there, and each site built clean, as its run.mjs does.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AnchorPage } from '../../bench/anchor-content.ts';
import type { AnchorSite } from '../../bench/compare.ts';
import { BenchError } from './bench-error.ts';
import { type MeasuredProcess, spawnMeasured } from './build-run.ts';

interface SiteDef {
  dir: string;
  /** Where the site's collection reads the generated pages. */
  content: string;
  env: Record<string, string>;
  dist: string;
  steps: string[][];
}

/** As SITE_DEFS in ../shared/bench/run.mjs. */
const SITES: Record<AnchorSite, SiteDef> = {
  starlight: {
    dir: 'sites/starlight',
    content: 'src/content/docs/playbook',
    env: { SL_SIDEBAR: 'auto', BENCH_OUTDIR: './dist' },
    dist: 'dist',
    steps: [['node_modules/astro/bin/astro.mjs', 'build']],
  },
  'starlight-lean': {
    dir: 'sites/starlight',
    content: 'src/content/docs/playbook',
    env: { SL_SIDEBAR: 'lean', BENCH_OUTDIR: './dist-lean' },
    dist: 'dist-lean',
    steps: [['node_modules/astro/bin/astro.mjs', 'build']],
  },
  'astro-plain': {
    dir: 'sites/astro-plain',
    content: 'src/content/playbook',
    env: { BENCH_OUTDIR: './dist' },
    dist: 'dist',
    steps: [
      ['node_modules/astro/bin/astro.mjs', 'build'],
      ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'],
    ],
  },
};
const SITE_DIRS = ['sites/starlight', 'sites/astro-plain'];
/** What is copied: the generator, the sites' sources and package files; never installs or results. */
const SKIP = new Set(['node_modules', 'results', 'work', 'dist', 'dist-lean', '.astro', 'playbook']);

/** The anchors folder given by --anchors (default ../shared/bench), checked, as an absolute path. */
export function locateAnchors(dir: string): string {
  const resolved = path.resolve(dir);
  const missing = ['gen-content.mjs', ...SITE_DIRS.map((d) => `${d}/package.json`)].filter(
    (file) => !fs.existsSync(path.join(resolved, file)),
  );
  if (missing.length)
    throw new BenchError(
      `--compare needs the anchor sites of ../shared/bench, but ${resolved} ${fs.existsSync(resolved) ? `lacks ${missing.join(', ')}` : 'does not exist'}. Pass their folder with --anchors <dir>.`,
    );
  return resolved;
}

/** The copy keeps ../shared's read-only modes; the builds write beside (and over) these files. */
function makeWritable(dir: string): void {
  fs.chmodSync(dir, fs.statSync(dir).mode | 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name === 'generated') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeWritable(full);
    else fs.chmodSync(full, fs.statSync(full).mode | 0o600);
  }
}

function digest(files: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(fs.existsSync(file) ? fs.readFileSync(file) : '');
  return hash.digest('hex');
}

/**
 * Copies the anchors to `scratch` (replacing an earlier copy's files) and installs each site
 * unless its package files are unchanged since the last install.
 */
export function prepareAnchors(source: string, scratch: string, progress: (line: string) => void): void {
  fs.mkdirSync(scratch, { recursive: true });
  fs.cpSync(source, scratch, {
    recursive: true,
    force: true,
    filter: (from) => !SKIP.has(path.basename(from)),
  });
  makeWritable(scratch);
  for (const dir of SITE_DIRS) {
    const site = path.join(scratch, dir);
    const stamp = path.join(site, 'node_modules/.x-playbook-bench-installed');
    const want = digest([path.join(site, 'package.json'), path.join(site, 'package-lock.json')]);
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) continue;
    progress(`installing the anchor site ${dir} in ${scratch} (npm install, once)…`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { cwd: site, encoding: 'utf8' });
    if (run.status !== 0)
      throw new BenchError(`npm install in ${site} failed:\n${(run.stderr || run.stdout).slice(-2000)}`);
    fs.writeFileSync(stamp, want);
  }
}

export interface AnchorText {
  pages: AnchorPage[];
  words: number;
  /** The page of median length, and the generator's suggested query. */
  typicalPath: string;
  searchQuery: string;
}

/** Runs the shared generator for N pages and puts its pages into every anchor site. */
export function generateAnchorText(scratch: string, pages: number, seed: number): AnchorText {
  const out = path.join(scratch, 'generated', `n${pages}-seed${seed}`);
  const run = spawnSync(
    process.execPath,
    [path.join(scratch, 'gen-content.mjs'), String(pages), out, '--seed', String(seed)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) throw new BenchError(`gen-content.mjs failed: ${run.stderr.slice(-2000)}`);
  const summary = JSON.parse(run.stdout) as {
    outDir: string;
    totalWords: number;
    typicalPath: string;
    searchQuery: string;
  };
  const files = fs.readdirSync(summary.outDir).filter((f) => f.endsWith('.md'));
  for (const def of new Set(Object.values(SITES).map((s) => path.join(scratch, s.dir, s.content)))) {
    fs.rmSync(def, { recursive: true, force: true });
    fs.cpSync(summary.outDir, def, { recursive: true });
  }
  return {
    pages: files.map((file) => ({
      slug: file.replace(/\.md$/, ''),
      text: fs.readFileSync(path.join(summary.outDir, file), 'utf8'),
    })),
    words: summary.totalWords,
    typicalPath: summary.typicalPath,
    searchQuery: summary.searchQuery,
  };
}

/** One clean build of an anchor site (no dist, no content cache, no Vite cache), every step timed. */
export async function buildAnchor(scratch: string, site: AnchorSite): Promise<MeasuredProcess> {
  const def = SITES[site];
  const dir = path.join(scratch, def.dir);
  for (const stale of [def.dist, '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    fs.rmSync(path.join(dir, stale), { recursive: true, force: true });
  let total: MeasuredProcess = { code: 0, wallMs: 0, peakRssBytes: 0, cpuMs: 0, log: '' };
  for (const step of def.steps) {
    const run = await spawnMeasured(process.execPath, step, {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...def.env },
    });
    total = {
      code: run.code,
      wallMs: total.wallMs + run.wallMs,
      peakRssBytes: Math.max(total.peakRssBytes, run.peakRssBytes),
      cpuMs: total.cpuMs + run.cpuMs,
      log: `${total.log}${run.log}`,
    };
    if (run.code !== 0) break;
  }
  // Starlight's default sidebar makes a dist of gigabytes at a few thousand pages: not kept.
  fs.rmSync(path.join(dir, def.dist), { recursive: true, force: true });
  return total;
}
