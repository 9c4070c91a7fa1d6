/**
 * Content Layer loader for source guidance: each source file becomes one entry holding its
 * passages. Thin: the files are found, read and split by the one content reader
 * (`src/lib/node/content/read-playbook.ts`), exactly as the integrity check and the scripts see them.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { COLLECTIONS } from '../lib/content/collections.ts';
import { PlaybookError } from '../lib/errors.ts';
import { readPlaybook } from '../lib/node/content/read-playbook.ts';
import { sourceSchema } from '../schemas/source.ts';

export function sourcesLoader({ contentDir }: { contentDir: string }): Loader {
  return {
    name: 'x-playbook:sources',
    schema: sourceSchema,
    load: async ({ store, parseData, generateDigest, logger, watcher }) => {
      const sourcesDir = path.join(contentDir, COLLECTIONS.sources.folder);
      const sync = async () => {
        const { playbook, problems } = readPlaybook(contentDir, ['sources']);
        if (problems.length > 0) throw new PlaybookError(problems, 'Sources could not be loaded');
        store.clear();
        for (const entry of playbook.sources) {
          const data = await parseData({ id: entry.id, data: entry.data });
          // Astro wants the path relative to the project root, even for a content folder outside it.
          const filePath = path.relative(process.cwd(), path.resolve(entry.file));
          store.set({ id: entry.id, data, digest: generateDigest(data), filePath });
        }
        const passages = playbook.sources.reduce((n, s) => n + s.data.passages.length, 0);
        logger.info(`${playbook.sources.length} sources, ${passages} passages`);
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
