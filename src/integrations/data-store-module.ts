/**
 * Astro's content data store module (src/lib/node/build/data-store-module.ts): in a static build,
 * a module that reads Astro's store file when the pages render, instead of the store inlined as
 * one string literal of tens of megabytes that the bundler carries through; in dev, that literal
 * cut into pieces V8 compiles in linear time.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataStoreFileModule, splitDataStoreModule } from '../lib/node/build/data-store-module.ts';

/** Astro's resolved id of the module, and its store file in the cache folder (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
const DATA_STORE_FILE = 'data-store.json';

export function dataStoreModule(): AstroIntegration {
  return {
    name: 'x-playbook:data-store-module',
    hooks: {
      'astro:config:setup': ({ updateConfig, config, command, logger }) => {
        const storeFile = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        // Only where the build alone evaluates the module, and Astro keeps the store in one file.
        const readAtRender =
          command === 'build' &&
          config.output === 'static' &&
          (config.experimental.collectionStorage ?? 'single-file') === 'single-file';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'x-playbook:data-store-module',
                load: {
                  // Before Astro's own loader, which would read and inline the file.
                  order: 'pre',
                  handler(id) {
                    if (!readAtRender || id !== DATA_STORE_MODULE || !fs.existsSync(storeFile))
                      return undefined;
                    logger.info('content data store read from its file as the pages render, not bundled');
                    return { code: dataStoreFileModule(storeFile), map: null };
                  },
                },
                transform(code, id) {
                  if (id !== DATA_STORE_MODULE) return undefined;
                  const split = splitDataStoreModule(code);
                  return split === undefined ? undefined : { code: split, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
