/**
 * Share files (issue 10): the og:image each page's head asks for (src/components/ShareMeta.astro)
 * into `og/`, and each short link's QR code into `p/<id>/qr.svg`, reusing files drawn by earlier
 * builds from `<cacheDir>/share-files/`. How an image is drawn: src/lib/node/share-image/render.ts.
 * (Drawing them in a worker thread while Pagefind indexes was measured slower on two cores: the
 * two fight over the same cores and memory.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordPhase } from '../lib/node/build-timings.ts';
import { qrCodeJobs, shareImageJobs, writeShareFiles } from '../lib/node/share-image/generate.ts';

export function shareFiles(): AstroIntegration {
  let base = '/';
  let site = '';
  let cacheDir = '';
  return {
    name: 'x-playbook:share-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? 'https://example.invalid';
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'share-files');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const jobs = [...shareImageJobs(outDir, base), ...qrCodeJobs(outDir, site, base)];
        const result = await writeShareFiles(outDir, jobs, cacheDir);
        const ms = performance.now() - started;
        recordPhase('share files', ms);
        logger.info(
          `${result.images} share images and ${result.qrCodes} QR codes (${result.drawn} drawn, ${result.fromCache} from the cache, ` +
            `${Math.round(result.bytes / 1024)} KB) in ${Math.round(ms)} ms`,
        );
      },
    },
  };
}
