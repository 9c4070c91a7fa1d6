/** Reads a content folder (and its search synonyms) and runs every integrity check; used by the build and `content:check`. */
import { checkIntegrity } from '../../content/integrity.ts';
import type { Playbook } from '../../content/playbook.ts';
import type { Problem } from '../../errors.ts';
import { readPlaybook } from './read-playbook.ts';
import { readSearchSynonyms } from './search-synonyms.ts';

export interface ContentReport {
  playbook: Playbook;
  problems: Problem[];
}

export function checkContent(contentDir: string): ContentReport {
  const { playbook, problems } = readPlaybook(contentDir);
  const synonyms = readSearchSynonyms(contentDir);
  return { playbook, problems: [...problems, ...synonyms.problems, ...checkIntegrity(playbook)] };
}
