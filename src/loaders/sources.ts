/**
 * Content Layer loader for source guidance: each `<content dir>/sources/*.md` becomes one entry
 * holding its passages. Thin: reading is in lib/node/content-fs.ts, splitting in lib/passages.ts.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { PlaybookError } from '../lib/errors.ts';
import { loadSources } from '../lib/node/content/read-playbook.ts';
import { sourceSchema } from '../schemas/source.ts';

export function sourcesLoader({ contentDir }: { contentDir: string }): Loader {
  return {
    name: 'x-playbook:sources',
    schema: sourceSchema,
    load: async ({ store, parseData, generateDigest, logger, watcher }) => {
      const sourcesDir = path.join(contentDir, 'sources');
      const sync = async () => {
        const { sources, problems } = loadSources(contentDir);
        if (problems.length > 0) throw new PlaybookError(problems, 'Sources could not be loaded');
        store.clear();
        for (const source of sources) {
          const data = await parseData({ id: source.slug, data: source });
          store.set({
            id: source.slug,
            data,
            digest: generateDigest(data),
            filePath: path.relative(process.cwd(), path.join(contentDir, 'sources', `${source.slug}.md`)),
          });
        }
        logger.info(
          `${sources.length} sources, ${sources.reduce((n, s) => n + s.passages.length, 0)} passages`,
        );
      };
      await sync();
      // In dev, re-split every source when one changes: ids and "cited by" depend on all of them.
      watcher?.add(sourcesDir);
      watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(sourcesDir)) return;
        sync().catch((error: unknown) =>
          logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}
