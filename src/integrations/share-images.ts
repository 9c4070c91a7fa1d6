/**
 * Share images (issue 10): after the pages are written, draws the og:image each page's head asks
 * for (src/components/ShareMeta.astro) into `og/`, reusing images drawn by earlier builds from
 * `<cacheDir>/share-images/`. How an image is drawn: src/lib/node/share-image/render.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordPhase } from '../lib/node/build-timings.ts';
import { shareImageJobs, writeShareImages } from '../lib/node/share-image/generate.ts';

export function shareImages(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'x-playbook:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'share-images');
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const result = writeShareImages(outDir, shareImageJobs(outDir, base), cacheDir);
        const ms = performance.now() - started;
        recordPhase('share images', ms);
        logger.info(
          `${result.images} share images (${result.drawn} drawn, ${result.fromCache} from the cache, ` +
            `${Math.round(result.bytes / 1024)} KB) in ${Math.round(ms)} ms`,
        );
      },
    },
  };
}
