/**
 * Runs the playbook's integrity check before Astro loads content, and fails the build on any
 * problem (Astro itself only logs a broken reference). After the build it lists pages due for review.
 */
import type { AstroIntegration } from 'astro';
import { pagesDueForReview } from '../lib/content/integrity.ts';
import { type PlaybookPage, playbookPages } from '../lib/content/playbook.ts';
import { formatProblem, PlaybookError } from '../lib/errors.ts';
import { recordPhase } from '../lib/node/build-timings.ts';
import { today } from '../lib/node/clock.ts';
import { checkContent } from '../lib/node/content/check-content.ts';

export function integrityCheck({ contentDir }: { contentDir: string }): AstroIntegration {
  let duePages: PlaybookPage[] = [];
  return {
    name: 'x-playbook:integrity',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const started = performance.now();
        const { playbook, problems } = checkContent(contentDir);
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
        logger.info(
          `${playbook.sources.length} sources, ${passages} passages, ${pages.length} pages checked in ${Math.round(performance.now() - started)} ms`,
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
}
