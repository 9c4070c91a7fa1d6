/**
 * After every build, and after Pagefind has written its index (astro.config.mjs lists this
 * integration after Pagefind's), looks in the output for any handle, name, user id, post id or
 * URL present in the raw account data (data/raw and the demo accounts' committed identifiers) and
 * fails the build if one leaked: the published examples must not lead back to a person. Where it
 * looks, and why an ordinary word is no alarm, is in src/lib/accounts/leak-scan.ts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findLeaks, formatLeaks } from '../lib/node/accounts/leak-check.ts';
import { resolveRawDir } from '../lib/node/accounts/raw-cache.ts';
import { removeStaging } from '../lib/node/build/safe-build.ts';
import { recordPhase } from '../lib/node/build-timings.ts';

export function leakCheck(): AstroIntegration {
  return {
    name: 'x-playbook:leak-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const leaks = findLeaks(outDir, resolveRawDir(), { includeDemo: true });
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
          `no raw account identifiers in the output (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
