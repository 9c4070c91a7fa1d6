/**
 * Writes Astro's content data store module as many string pieces instead of one literal of tens
 * of megabytes, which V8 compiles in superlinear time (src/lib/node/build/data-store-module.ts).
 */
import type { AstroIntegration } from 'astro';
import { splitDataStoreModule } from '../lib/node/build/data-store-module.ts';

/** Astro's resolved id of the module (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

export function splitDataStore(): AstroIntegration {
  return {
    name: 'x-playbook:data-store-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'x-playbook:split-data-store-module',
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
