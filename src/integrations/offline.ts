/**
 * Offline reading (issue 10): once the whole site is written, Pagefind's index and the leak check
 * included (astro.config.mjs lists `finish` after them), writes the offline manifest and the
 * service worker into the output. How the worker uses them: src/client/service-worker.ts.
 *
 * The files it lists are hashed in two parts, as the leak check reads them: the site while
 * Pagefind writes its index (`site`, listed after the last pass that writes pages), then the
 * index alone (`finish`). After Pagefind only the index is read: the build's last step, which
 * nothing runs beside, is shorter.
 *
 * The development server answers for the worker with one that removes itself and its caches: a
 * built site previewed at the same address (`npm run preview` and `npm run dev` share
 * localhost:4321) would otherwise keep serving its cached pages in place of the live ones.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordPhase } from '../lib/node/build-timings.ts';
import { precachedFiles, writeOfflineFiles } from '../lib/node/offline/offline-files.ts';
import { CACHE_PREFIX } from '../lib/offline/cache-keys.ts';
import { type OutputFile, SERVICE_WORKER_FILE } from '../lib/offline/manifest.ts';

const MB = 1024 * 1024;

const SELF_REMOVING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  const ours = ${JSON.stringify(`${CACHE_PREFIX} `)} + new URL(self.registration.scope).pathname + ' ';
  for (const name of await caches.keys()) if (name.startsWith(ours)) await caches.delete(name);
  await self.registration.unregister();
})()));
`;

/**
 * `site` hashes the site but its search index (`astro:build:done`, listed after every pass that
 * writes outside the index, while Pagefind runs); `finish` hashes the index and writes the
 * manifest and the worker.
 */
export function offlinePrecache(): { site: AstroIntegration; finish: AstroIntegration } {
  let workerSource = '';
  let workerPath = '';
  let siteFiles: OutputFile[] | undefined;
  let siteMs = 0;
  const site: AstroIntegration = {
    name: 'x-playbook:offline-site',
    hooks: {
      'astro:build:start': () => {
        siteFiles = undefined;
      },
      'astro:build:done': ({ dir }) => {
        const started = performance.now();
        siteFiles = precachedFiles(fileURLToPath(dir), 'site');
        siteMs = performance.now() - started;
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'x-playbook:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        workerSource = fileURLToPath(new URL('client/service-worker.ts', config.srcDir));
        workerPath = `${config.base.replace(/\/?$/, '/')}${SERVICE_WORKER_FILE}`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          // Vite strips the base from `url` before later middleware; `originalUrl` keeps it.
          const address = (request as { originalUrl?: string }).originalUrl ?? request.url ?? '';
          if (address.split('?')[0] !== workerPath) return next();
          response.setHeader('content-type', 'text/javascript; charset=utf-8');
          response.end(SELF_REMOVING_WORKER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { manifest, manifestBytes } = await writeOfflineFiles(
          fileURLToPath(dir),
          workerSource,
          siteFiles,
        );
        const ms = performance.now() - started + siteMs;
        recordPhase('offline manifest', ms);
        logger.info(
          `${manifest.files.length} files (${(manifest.bytes / MB).toFixed(1)} MB) to precache, ` +
            `manifest ${Math.round(manifestBytes / 1024)} KB, version ${manifest.version} (${Math.round(ms)} ms, ${Math.round(siteMs)} of them beside Pagefind)`,
        );
      },
    },
  };
  return { site, finish };
}
