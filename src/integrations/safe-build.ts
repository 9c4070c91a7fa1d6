/**
 * Safe builds (issue 11, point 3). `start` (first in astro.config.mjs) takes the project's build
 * lock, so a second build in the same folder stops at once with a message naming the running one,
 * and points Astro's output at a staging folder beside the real one. `finish` (last) swaps the
 * staging folder into place once every other integration (checks, Pagefind, leak check, offline
 * files) has passed. A failed or interrupted build removes its staging folder on the way out and
 * leaves the previous output whole. Only `astro build` is affected: dev, preview and check are not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  acquireBuildLock,
  BuildLockedError,
  releaseBuildLock,
  removeStaging,
  stagingDirFor,
  swapIntoPlace,
  sweepStaleStaging,
} from '../lib/node/build/safe-build.ts';

export function safeBuild(): { start: AstroIntegration; finish: AstroIntegration } {
  let outDir = '';
  let staging = '';
  let lockFile = '';
  let swapped = false;

  const cleanUp = () => {
    if (staging && !swapped) removeStaging(staging);
    if (lockFile) releaseBuildLock(lockFile);
  };

  const interrupted = (logger: AstroIntegrationLogger, signal: NodeJS.Signals, code: number) => {
    logger.warn(`${signal}: build stopped; ${path.basename(outDir)}/ keeps the previous build.`);
    process.exit(code);
  };

  const start: AstroIntegration = {
    name: 'x-playbook:safe-build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        lockFile = path.join(fileURLToPath(config.root), '.astro', 'build.lock');
        try {
          const { tookOverFrom } = acquireBuildLock(lockFile, outDir);
          if (tookOverFrom)
            logger.warn(
              `took over the lock of an earlier build (process ${tookOverFrom.pid}) that is no longer running`,
            );
        } catch (error) {
          if (!(error instanceof BuildLockedError)) throw error;
          // A clear message and no stack trace: nothing went wrong, the folder is busy.
          lockFile = '';
          logger.error(error.message);
          process.exit(1);
        }
        process.once('exit', cleanUp);
        process.once('SIGINT', () => interrupted(logger, 'SIGINT', 130));
        process.once('SIGTERM', () => interrupted(logger, 'SIGTERM', 143));
        sweepStaleStaging(outDir);
        staging = stagingDirFor(outDir);
        fs.rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
    },
  };

  const finish: AstroIntegration = {
    name: 'x-playbook:safe-build-finish',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!staging) return;
        swapIntoPlace(staging, outDir);
        swapped = true;
        releaseBuildLock(lockFile);
        logger.info(`site written to ${path.relative(process.cwd(), outDir) || outDir}/`);
      },
    },
  };

  return { start, finish };
}
