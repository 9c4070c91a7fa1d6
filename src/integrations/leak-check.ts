/**
 * After every build, in two parts (the site while Pagefind writes its index, then the index: see
 * `leakCheck`), looks in the output for any handle, name, user id, post id or
 * URL present in the raw account data (data/raw and the demo accounts' committed identifiers) and
 * fails the build if one leaked: the published examples must not lead back to a person. Where it
 * looks, and why an ordinary word is no alarm, is in src/lib/accounts/leak-scan.ts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectIdentifiers, formatLeaks, type Leak, LeakScanner } from '../lib/node/accounts/leak-check.ts';
import { resolveRawDir } from '../lib/node/accounts/raw-cache.ts';
import { removeStaging } from '../lib/node/build/safe-build.ts';
import { recordPhase } from '../lib/node/build-timings.ts';
import { type OutputPart, outputFiles } from '../lib/node/files/output-parts.ts';

interface CheckState {
  workerScript?: URL;
  /** One for both parts: its worker thread starts once, as soon as the pages are written. */
  scanner?: LeakScanner | undefined;
  found: Leak[];
}

function scannerOf(state: CheckState): LeakScanner {
  if (!state.workerScript)
    throw new Error('The leak check was not configured: astro:config:done did not run.');
  state.scanner ??= new LeakScanner(collectIdentifiers(resolveRawDir(), { includeDemo: true }), {
    workerScript: state.workerScript,
  });
  return state.scanner;
}

/**
 * The check of one part of the output, as an integration's `astro:build:done` hook. Leaks found
 * in the site are held until the search index is checked too, so that one report lists them all.
 */
function checkPart(part: Exclude<OutputPart, 'all'>, state: CheckState): AstroIntegration['hooks'] {
  return {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const outDir = fileURLToPath(dir);
      const scanner = scannerOf(state);
      const { leaks, files, scannedByWorker } = await scanner.scan(outDir, outputFiles(outDir, part));
      // The index is the last part: the worker is not needed after it.
      if (part === 'search index') await scanner.close();
      state.found.push(...leaks);
      const ms = performance.now() - started;
      recordPhase('leak check', ms);
      const where = part === 'site' ? 'the site' : 'the search index';
      if (part === 'site' || state.found.length === 0) {
        logger.info(
          `${leaks.length === 0 ? 'no' : leaks.length} raw account identifier(s) in ${where}: ${files} files, ${scannedByWorker} of them on a second thread (${Math.round(ms)} ms)`,
        );
        return;
      }
      // A site that leaks must not be deployable by accident: remove it before failing. `dir` is
      // the build's staging folder (src/integrations/safe-build.ts): the output folder keeps the
      // previous build.
      removeStaging(outDir);
      const error = new Error(
        `${state.found.length} identifier(s) from the raw account data reached the built site:\n${formatLeaks(state.found)}\n` +
          'This build was discarded so that it cannot be deployed by accident (the output folder keeps the previous build). Fix: take the identifier out of the page or content file named (the search index follows its page); publish only derived figures, never text, handles, names, ids or URLs from data/raw.',
      );
      error.stack = error.message;
      throw error;
    },
  };
}

/**
 * `site` checks everything but the search index while Pagefind writes it (astro.config.mjs lists
 * it between Pagefind's start and finish); `searchIndex` checks the index once it is written and
 * fails the build if either part found a leak.
 */
export function leakCheck(): { site: AstroIntegration; searchIndex: AstroIntegration } {
  const state: CheckState = { found: [] };
  return {
    site: {
      name: 'x-playbook:leak-check',
      hooks: {
        'astro:config:done': ({ config }) => {
          // Beside src/, whatever the build's root (it may be a work folder elsewhere).
          state.workerScript = new URL('lib/node/accounts/leak-worker.ts', config.srcDir);
        },
        // The worker thread takes a few hundred milliseconds to start: it starts while the passes
        // before the check (short links, policy, share files) run.
        'astro:build:generated': async () => {
          state.found = [];
          // A new build reads the raw data again: a scanner of an earlier build is not reused.
          await state.scanner?.close();
          state.scanner = undefined;
          scannerOf(state).warmUp();
        },
        ...checkPart('site', state),
      },
    },
    searchIndex: {
      name: 'x-playbook:leak-check-search-index',
      hooks: checkPart('search index', state),
    },
  };
}
