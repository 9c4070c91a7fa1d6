/**
 * The parts of a built site that the passes after the render read at different moments: the site
 * without its search index (while Pagefind still writes the index) and the search index alone
 * (once written). The leak check and the offline manifest list them alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEARCH_INDEX_FOLDER } from '../../search/entries.ts';

/** Every file under `dir` but the folder `skip`, in a stable order (none if `dir` is missing). */
export function walkFiles(dir: string, out: string[] = [], skip?: string): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full === skip) continue;
    if (entry.isDirectory()) walkFiles(full, out, skip);
    else out.push(full);
  }
  return out;
}

/** All of the output, the site without the search index, or the search index alone. */
export type OutputPart = 'all' | 'site' | 'search index';

/** The files (absolute paths) of `part` of `distDir`, in a stable order. */
export function outputFiles(distDir: string, part: OutputPart = 'all'): string[] {
  const index = path.join(distDir, SEARCH_INDEX_FOLDER);
  if (part === 'search index') return walkFiles(index);
  return walkFiles(distDir, [], part === 'site' ? index : undefined);
}
