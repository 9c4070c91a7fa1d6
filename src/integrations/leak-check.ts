/**
 * After every build, scans the output for any handle, name, user id, post id or URL present in
 * the raw account data (data/raw and the demo accounts' committed identifiers) and fails the
 * build if one leaked: the published examples must not lead back to a person.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findLeaks, formatLeaks } from '../lib/node/accounts/leak-check.ts';
import { resolveRawDir } from '../lib/node/accounts/raw-cache.ts';
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
          // A site that leaks must not be deployable by accident: remove it before failing.
          fs.rmSync(outDir, { recursive: true, force: true });
          const error = new Error(
            `${leaks.length} identifier(s) from the raw account data reached the built site:\n${formatLeaks(leaks)}\n` +
              'Fix: publish only derived figures; never render text, handles, names, ids or URLs from data/raw.',
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
