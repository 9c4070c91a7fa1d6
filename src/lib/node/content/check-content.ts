/** Reads a content folder and runs every integrity check; used by the build and `content:check`. */
import type { Source } from '../../../schemas/source.ts';
import { checkIntegrity } from '../../content/integrity.ts';
import type { Problem } from '../../errors.ts';
import { type LoadedPage, loadPages, loadSources } from './read-playbook.ts';

export interface ContentReport {
  sources: Source[];
  pages: LoadedPage[];
  problems: Problem[];
}

export function checkContent(contentDir: string): ContentReport {
  const { sources, problems: sourceProblems } = loadSources(contentDir);
  const { pages, problems: pageProblems } = loadPages(contentDir);
  const problems = [...sourceProblems, ...pageProblems];
  if (sources.length === 0 && sourceProblems.length === 0) {
    problems.push({
      file: `${contentDir}/sources/`,
      message: 'holds no sources: a playbook needs at least one source article to cite.',
      fix: 'add a Markdown file per article, or import one with `npm run sources:import -- article.txt`.',
    });
  }
  problems.push(...checkIntegrity(sources, pages));
  return { sources, pages, problems };
}
