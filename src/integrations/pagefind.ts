/**
 * Builds the Pagefind search index after the site is written, with Pagefind's own command-line
 * program (the one its npm package ships), on the folders that hold searchable pages.
 *
 * Not Pagefind's Node API, which Starlight uses: it drives the same program over a pipe and
 * writes byte-for-byte the same index, but took 13.4–13.8 s where the command took 10.7–12.3 s
 * on the same 5,000-page output (measured in turns on this machine). A failure stops the build
 * with Pagefind's own words.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordPhase } from '../lib/node/build-timings.ts';
import { searchIndexGlob } from '../lib/search/entries.ts';

/** The npm package's launcher, which finds the program built for this platform. */
function pagefindLauncher(): string {
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  return path.join(path.dirname(entry), 'runner', 'bin.cjs');
}

interface PagefindRun {
  code: number | null;
  output: string;
}

function runPagefind(args: readonly string[]): Promise<PagefindRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindLauncher(), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'x-playbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // Only the folders that hold searchable pages: the rest would be read for nothing.
        const { code, output } = await runPagefind([
          '--site',
          outDir,
          '--glob',
          searchIndexGlob(),
          '--output-subdir',
          'pagefind',
        ]);
        const problems = output
          .split('\n')
          .filter((line) => /error|warn|failed/i.test(line))
          .map((line) => line.trim());
        if (code !== 0) {
          const error = new Error(
            `Pagefind could not index ${outDir} (exit ${code}):\n${output.trim().split('\n').slice(-20).join('\n')}`,
          );
          error.stack = error.message;
          throw error;
        }
        for (const problem of problems) logger.warn(problem);
        const pages = /Indexed (\d+) pages?/.exec(output)?.[1] ?? '?';
        const ms = performance.now() - started;
        recordPhase('pagefind', ms);
        logger.info(`indexed ${pages} pages in ${Math.round(ms)} ms`);
      },
    },
  };
}
