/**
 * Builds the Pagefind search index after the site is written, through Pagefind's Node API as
 * Starlight does: every `errors` array is checked, and the index is closed whatever happens.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { recordPhase } from '../lib/node/build-timings.ts';
import { searchIndexGlob } from '../lib/search/entries.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'x-playbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          // Only the folders that hold searchable pages: the rest would be read for nothing.
          const added = await index.addDirectory({ path: outDir, glob: searchIndexGlob() });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          recordPhase('pagefind', performance.now() - started);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
