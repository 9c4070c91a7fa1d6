/**
 * After every build, and after Pagefind has written its index (astro.config.mjs lists this
 * integration after Pagefind's), looks in the output for any handle, name, user id, post id or
 * URL present in the raw account data (data/raw and the demo accounts' committed identifiers) and
 * fails the build if one leaked: the published examples must not lead back to a person. Where it
 * looks, and why an ordinary word is no alarm, is in src/lib/accounts/leak-scan.ts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findLeaksInParallel, formatLeaks } from '../lib/node/accounts/leak-check.ts';
import { resolveRawDir } from '../lib/node/accounts/raw-cache.ts';
import { removeStaging } from '../lib/node/build/safe-build.ts';
import { recordPhase } from '../lib/node/build-timings.ts';

export function leakCheck(): AstroIntegration {
  let workerScript: URL | undefined;
  return {
    name: 'x-playbook:leak-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Beside src/, whatever the build's root (it may be a work folder elsewhere).
        workerScript = new URL('lib/node/accounts/leak-worker.ts', config.srcDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        if (!workerScript)
          throw new Error('The leak check was not configured: astro:config:done did not run.');
        const { leaks, files, scannedByWorker } = await findLeaksInParallel(outDir, resolveRawDir(), {
          includeDemo: true,
          workerScript,
        });
        if (leaks.length > 0) {
          // A site that leaks must not be deployable by accident: remove it before failing. `dir`
          // is the build's staging folder (src/integrations/safe-build.ts): the output folder
          // keeps the previous build.
          removeStaging(outDir);
          const error = new Error(
            `${leaks.length} identifier(s) from the raw account data reached the built site:\n${formatLeaks(leaks)}\n` +
              'This build was discarded so that it cannot be deployed by accident (the output folder keeps the previous build). Fix: take the identifier out of the page or content file named (the search index follows its page); publish only derived figures, never text, handles, names, ids or URLs from data/raw.',
          );
          error.stack = error.message;
          throw error;
        }
        recordPhase('leak check', performance.now() - started);
        logger.info(
          `no raw account identifiers in the output: ${files} files, ${scannedByWorker} of them on a second thread (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
