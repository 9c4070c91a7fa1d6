/**
 * Builds the Pagefind search index once the site is written, with Pagefind's own command-line
 * program (the one its npm package ships), on the folders that hold searchable pages, while the
 * passes that do not read the index run beside it (see `pagefindIndex`). A failure stops the
 * build with Pagefind's own words.
 *
 * Not Pagefind's Node API, which Starlight uses: it drives the same program over a pipe and
 * writes byte-for-byte the same index, but took 13.4–13.8 s where the command took 10.7–12.3 s
 * on the same 5,000-page output (measured in turns on this machine). Nor fed each page from
 * memory as it renders (that API's addHTMLFile): the same index, but the render slowed by as
 * much as Pagefind saved (5,000 pages, two rounds: 76 and 76 s against 77 and 67 s).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stopChildNow } from '../lib/node/build/safe-build.ts';
import { lowerThreadPriority } from '../lib/node/build/thread-priority.ts';
import { recordPhase } from '../lib/node/build-timings.ts';
import { SEARCH_INDEX_FOLDER, searchIndexGlob } from '../lib/search/entries.ts';

/**
 * The program built for this platform, found as the npm package's own launcher finds it. Run
 * directly, not through that launcher (a Node process that waits on it): a failed build can then
 * stop it with one signal.
 */
async function pagefindProgram(): Promise<string> {
  const lib = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  const { resolveBinaryPath } = (await import(pathToFileURL(path.join(lib, 'resolveBinary.js')).href)) as {
    resolveBinaryPath(names: string[]): string;
  };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

interface PagefindRun {
  code: number | null;
  output: string;
}

function runPagefind(
  program: string,
  args: readonly string[],
): { process: ChildProcess; done: Promise<PagefindRun> } {
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const done = new Promise<PagefindRun>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
  return { process: child, done };
}

interface PagefindDone {
  pages: string;
  problems: string[];
  ms: number;
}

/**
 * `start` runs Pagefind as soon as the pages are written (`astro:build:generated`, listed before
 * the short links and the policy, which rewrites pages whole so Pagefind never reads half of one);
 * `finish` waits for it (`astro:build:done`, listed after the share files and the leak check of
 * the pages, before the leak check of the index it writes). Pagefind spends most of its time
 * building and compressing the index on one core: the passes listed between the two use the other,
 * with the build's thread at a lower priority from start to finish, so that they take what
 * Pagefind leaves rather than slow it down.
 */
export function pagefindIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let running: Promise<PagefindDone> | undefined;
  let restorePriority = () => {};

  const start: AstroIntegration = {
    name: 'x-playbook:pagefind',
    hooks: {
      'astro:build:generated': async ({ dir }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // Only the folders that hold searchable pages: the rest would be read for nothing.
        const child = runPagefind(await pagefindProgram(), [
          '--site',
          outDir,
          '--glob',
          searchIndexGlob(),
          '--output-subdir',
          SEARCH_INDEX_FOLDER,
        ]);
        running = child.done.then(({ code, output }) => {
          if (code !== 0) {
            const error = new Error(
              `Pagefind could not index ${outDir} (exit ${code}):\n${output.trim().split('\n').slice(-20).join('\n')}`,
            );
            error.stack = error.message;
            throw error;
          }
          return {
            pages: /Indexed (\d+) pages?/.exec(output)?.[1] ?? '?',
            problems: output
              .split('\n')
              .filter((line) => /error|warn|failed/i.test(line))
              .map((line) => line.trim()),
            ms: performance.now() - started,
          };
        });
        // A pass between start and finish may fail the build first: that is the error to show.
        running.catch(() => {});
        // A failed or interrupted build must not leave Pagefind writing into the staging folder,
        // which safe-build removes on exit: stopped, and waited for, before that (prepended).
        process.prependOnceListener('exit', () => stopChildNow(child.process));
        // Pagefind is the longest path from here: the passes beside it (short links, policy, share
        // files, the site's leak check) get what it leaves. In five interleaved pairs of
        // 5,000-page builds its span fell from 16.1–20.6 s to 13.6–17.0 s, the passes still done
        // before it (docs/benchmarks.md).
        restorePriority = lowerThreadPriority();
      },
    },
  };

  const finish: AstroIntegration = {
    name: 'x-playbook:pagefind-finish',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!running) throw new Error('Pagefind was not started: astro:build:generated did not run.');
        const waitFrom = performance.now();
        const { pages, problems, ms } = await running;
        restorePriority();
        for (const problem of problems) logger.warn(problem);
        recordPhase('pagefind', ms);
        logger.info(
          `indexed ${pages} pages in ${Math.round(ms)} ms; the build waited ${Math.round(performance.now() - waitFrom)} ms for it after the passes beside it`,
        );
      },
    },
  };

  return { start, finish };
}
