/**
 * Share files (issue 10): the og:image each page's head asks for (src/components/ShareMeta.astro)
 * into `og/`, and each short link's QR code into `p/<id>/qr.svg`, reusing files drawn by earlier
 * builds from `<cacheDir>/share-files/`. How an image is drawn: src/lib/node/share-image/render.ts.
 *
 * From the moment the config is known (after the content check), while Astro syncs content,
 * bundles and renders, a second process draws the files the content folder foresees into that
 * cache (scripts/share-files-prewarm.ts), at the lowest priority: it takes only the processor time
 * the build leaves. (At normal priority it slowed the content sync, which is the build's own
 * thread, by as much as it drew; see docs/benchmarks.md.) After the build the pages' own heads
 * decide what is linked, and anything not foreseen is drawn then. If the process is still drawing
 * by then, it is stopped and this pass draws the rest: a process at the lowest priority, which an
 * unprivileged user cannot raise again, is not worth waiting for while Pagefind takes both cores.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stopHelper } from '../lib/node/build/helper-process.ts';
import { lowestPriority } from '../lib/node/build/thread-priority.ts';
import { recordPhase } from '../lib/node/build-timings.ts';
import { qrCodeJobs, shareImageJobs, writeShareFiles } from '../lib/node/share-image/generate.ts';

export function shareFiles({ contentDir }: { contentDir: string }): AstroIntegration {
  let base = '/';
  let site = '';
  let cacheDir = '';
  let script = '';
  let prewarm: ChildProcess | undefined;
  let building = false;
  let warn: string | undefined;
  return {
    name: 'x-playbook:share-files',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? 'https://example.invalid';
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'share-files');
        // Beside src/, whatever the build's root (it may be a work folder elsewhere).
        script = fileURLToPath(new URL('../scripts/share-files-prewarm.ts', config.srcDir));
        // Only a build draws; dev, sync and check do not.
        if (!building) return;
        warn = undefined;
        prewarm = spawn(process.execPath, [script, '--cache', cacheDir, '--site', site, '--base', base], {
          env: { ...process.env, PLAYBOOK_CONTENT_DIR: contentDir },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        // Not the build's business if it cannot start: the files are drawn after the build.
        prewarm.on('error', () => {});
        // Its failure only costs time: the files are drawn after the build.
        prewarm.on('exit', (code, signal) => {
          if (code !== 0 && signal === null)
            warn = `drawing share files ahead of the pages stopped (exit ${code}); drawing them now`;
        });
        lowestPriority(prewarm.pid);
        // An interrupted build must not leave it drawing.
        process.once('exit', () => prewarm?.kill());
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Timed from here: any wait for the drawing process is the build's time too.
        const started = performance.now();
        if (await stopHelper(prewarm, cacheDir))
          logger.info('the drawing process was still at work: stopped, the rest is drawn now');
        if (warn) logger.warn(warn);
        const outDir = fileURLToPath(dir);
        const jobs = [...shareImageJobs(outDir, base), ...qrCodeJobs(outDir, site, base)];
        const result = await writeShareFiles(outDir, jobs, cacheDir);
        const ms = performance.now() - started;
        recordPhase('share files', ms);
        logger.info(
          `${result.images} share images and ${result.qrCodes} QR codes (${result.drawn} drawn now, ${result.fromCache} from the cache, ` +
            `${Math.round(result.bytes / 1024)} KB) in ${Math.round(ms)} ms`,
        );
      },
    },
  };
}
