/**
 * Reads `<content dir>/search-synonyms.yaml`, the synonym groups search expands queries with.
 * The file is optional: without it, search knows no synonyms. Problems name the file, the group
 * and the fix, and are reported with the rest of the content check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type SearchSynonyms, searchSynonymsSchema } from '../../../schemas/search-synonyms.ts';
import { PlaybookError, type Problem, zodProblems } from '../../errors.ts';
import { displayPath } from '../files/display-path.ts';
import { readUtf8 } from '../files/read-text.ts';

export const SEARCH_SYNONYMS_FILE = 'search-synonyms.yaml';

export function readSearchSynonyms(contentDir: string): { synonyms: SearchSynonyms; problems: Problem[] } {
  const file = path.join(contentDir, SEARCH_SYNONYMS_FILE);
  const none = { synonyms: { groups: [] }, problems: [] };
  if (!fs.existsSync(file)) return none;
  const shown = displayPath(file);
  let raw: unknown;
  try {
    raw = parseYaml(readUtf8(file, shown)) ?? { groups: [] };
  } catch (error) {
    if (error instanceof PlaybookError) return { ...none, problems: error.problems };
    return {
      ...none,
      problems: [
        {
          file: shown,
          message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
          fix: 'write one group per line as [word, another word, "a phrase"], and quote entries with a colon.',
        },
      ],
    };
  }
  const parsed = searchSynonymsSchema.safeParse(raw);
  if (!parsed.success) return { ...none, problems: zodProblems(shown, parsed.error) };
  return { synonyms: parsed.data, problems: [] };
}
