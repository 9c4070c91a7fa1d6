/**
 * Runs the playbook's integrity check before Astro loads content, and fails the build on any
 * problem (Astro itself only logs a broken reference). After the build it lists pages due for review.
 * The checked playbook stays readable (`checked()`) for the build steps that need the content
 * but not Astro's render (src/integrations/short-links.ts), so none reads the folder again.
 */
import type { AstroIntegration } from 'astro';
import { pagesDueForReview } from '../lib/content/integrity.ts';
import { type Playbook, type PlaybookPage, playbookPages } from '../lib/content/playbook.ts';
import { formatProblem, PlaybookError } from '../lib/errors.ts';
import { recordPhase } from '../lib/node/build-timings.ts';
import { today } from '../lib/node/clock.ts';
import { checkContent } from '../lib/node/content/check-content.ts';
import { parseSourcesInParallel } from '../lib/node/content/parse-sources-in-parallel.ts';

export interface IntegrityCheck {
  integration: AstroIntegration;
  /** The playbook as checked at the start of this build (an error before the check has run). */
  checked: () => Playbook;
}

export function integrityCheck({ contentDir }: { contentDir: string }): IntegrityCheck {
  let duePages: PlaybookPage[] = [];
  let checked: Playbook | undefined;
  const integration: AstroIntegration = {
    name: 'x-playbook:integrity',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const started = performance.now();
        // Sources are parsed on two threads first when there are many; the check reads the result.
        const { parsedByWorker } = await parseSourcesInParallel(
          contentDir,
          new URL('lib/node/content/parse-sources-worker.ts', config.srcDir),
        );
        const { playbook, problems } = checkContent(contentDir);
        checked = playbook;
        if (problems.length > 0) {
          const error = new PlaybookError(
            problems,
            `The playbook in ${contentDir} has ${problems.length} problem(s)`,
          );
          // Only a build must stop; dev, sync and check report and go on (check wants to type-check anyway).
          // The stack points into this file, which says nothing to a content editor: drop it.
          error.stack = error.message;
          if (command === 'build') throw error;
          logger.error(error.message);
        }
        const pages = playbookPages(playbook);
        duePages = pagesDueForReview(pages, today());
        const passages = playbook.sources.reduce((n, s) => n + s.data.passages.length, 0);
        recordPhase('content check', performance.now() - started);
        const shared = parsedByWorker > 0 ? ` (${parsedByWorker} sources parsed on a second thread)` : '';
        logger.info(
          `${playbook.sources.length} sources, ${passages} passages, ${pages.length} pages checked in ${Math.round(performance.now() - started)} ms${shared}`,
        );
      },
      'astro:build:done': ({ logger }) => {
        if (duePages.length === 0) return;
        logger.warn(
          `${duePages.length} page(s) due for review:\n${duePages
            .map((p) => formatProblem({ file: p.file, field: 'reviewBy', message: `was ${p.data.reviewBy}` }))
            .join('\n')}`,
        );
      },
    },
  };
  return {
    integration,
    checked: () => {
      if (!checked)
        throw new Error('The playbook is read when Astro sets up its config; nothing has asked before then.');
      return checked;
    },
  };
}
