/**
 * Builds a playbook the way a user does (`astro build` in a child process), from any content
 * folder into any output folder, so tests can build the demo and fixture playbooks side by side.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Where tests build and copy playbooks: inside the project's own cache folder, whatever TMPDIR
 * is. A build imports its own prerender chunks and an MDX file imports Astro's runtime, and Node
 * resolves those packages from where the file sits, so both must live under the project.
 */
export const TEST_CACHE = path.join(PROJECT_ROOT, 'node_modules/.cache/x-playbook-tests');

/** Folders of earlier runs are removed once they are this old: no test run lasts that long. */
const STALE_MS = 60 * 60 * 1000;
let swept = false;

/** A fresh, empty folder under the test cache; leftovers of runs over an hour old are swept first. */
export function scratchDir(prefix: string): string {
  fs.mkdirSync(TEST_CACHE, { recursive: true });
  if (!swept) {
    swept = true;
    for (const name of fs.readdirSync(TEST_CACHE)) {
      const dir = path.join(TEST_CACHE, name);
      if (Date.now() - fs.statSync(dir).mtimeMs > STALE_MS) fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return fs.mkdtempSync(path.join(TEST_CACHE, `${prefix}-`));
}

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

export function buildPlaybook(options: {
  contentDir: string;
  outDir: string;
  env?: Record<string, string>;
  /** Called with the build's process as soon as it starts (to interrupt it, or watch its files). */
  onStart?: (child: ChildProcess) => void;
}): Promise<BuildResult> {
  const cacheDir = scratchDir('astro-cache');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...cleanEnv(),
          ASTRO_TELEMETRY_DISABLED: '1',
          PLAYBOOK_CONTENT_DIR: options.contentDir,
          PLAYBOOK_OUT_DIR: options.outDir,
          PLAYBOOK_CACHE_DIR: cacheDir,
          PLAYBOOK_WORK_DIR: cacheDir,
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    options.onStart?.(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      fs.rmSync(cacheDir, { recursive: true, force: true });
      // Strip ANSI colours so tests can match messages.
      resolve({ code, output: stripAnsi(output), outDir: options.outDir });
    });
  });
}

/** Copies a fixture folder to a fresh temp folder that a test may change. */
export function copyFixture(fixture: string): string {
  const target = scratchDir('content');
  fs.cpSync(fixture, target, { recursive: true });
  return target;
}

export const MINI_PLAYBOOK = path.join(PROJECT_ROOT, 'tests/fixtures/playbooks/mini');

/** A copy of the mini playbook with one mode, business type, play and anti-pattern: it has a chooser. */
export function miniWithTaxonomy(): string {
  const target = copyFixture(MINI_PLAYBOOK);
  fs.cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/playbooks/mini-taxonomy'), target, {
    recursive: true,
    filter: (source) => !source.endsWith('README.md'),
  });
  return target;
}

/**
 * The environment a user's shell would have: Vitest puts Vite's own variables (BASE_URL, MODE,
 * NODE_ENV=test…) into process.env, and a child Astro build would take them as its own.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(key)) delete env[key];
  }
  return env;
}

const ESC = String.fromCharCode(27);
/** Removes terminal colour codes so tests can match messages. */
export function stripAnsi(text: string): string {
  return text
    .split(ESC)
    .map((part, index) => (index === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
    .join('');
}
