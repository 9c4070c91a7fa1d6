/**
 * The little of the taxonomy the account scripts need, read straight from the content folder:
 * each business type's title and recommended mode, and each play's title and the gaps it
 * addresses. Scripts run outside Astro, so they cannot use the content collections; this reads
 * the same files with the same frontmatter parser. A missing folder means "none yet", not an
 * error: the content is written in parallel with the code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MODE_IDS, type ModeId } from '../../../schemas/account.ts';
import { GAP_IDS } from '../../../schemas/gap.ts';
import type { PlaySummary } from '../../accounts/audit.ts';
import { splitFrontmatter } from '../../content/frontmatter.ts';
import { PlaybookError, type Problem } from '../../errors.ts';
import { displayPath } from '../content/read-playbook.ts';
import { readUtf8 } from '../files/read-text.ts';

export interface BusinessTypeSummary {
  id: string;
  title: string;
  mode: ModeId;
  /** The business type's own plays, in its order. */
  plays: string[];
  file: string;
}

function pageFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => /\.(md|mdx)$/i.test(name) && !name.startsWith('_') && !name.startsWith('.'))
    .sort()
    .map((name) => path.join(folder, name));
}

const idOf = (file: string) => path.basename(file).replace(/\.(md|mdx)$/i, '');
const shown = displayPath;

/** Every business type with a valid title and mode; invalid files are reported together. */
export function loadBusinessTypes(contentDir: string): BusinessTypeSummary[] {
  const types: BusinessTypeSummary[] = [];
  const problems: Problem[] = [];
  for (const file of pageFiles(path.join(contentDir, 'business-types'))) {
    const { data } = splitFrontmatter(readUtf8(file, shown(file)), shown(file));
    const mode = data.mode;
    if (typeof mode !== 'string' || !(MODE_IDS as readonly string[]).includes(mode)) {
      problems.push({
        file: shown(file),
        field: 'mode',
        message: `is ${JSON.stringify(mode)}, not a mode the audit knows.`,
        fix: `set mode to one of ${MODE_IDS.join(', ')}.`,
      });
      continue;
    }
    types.push({
      id: idOf(file),
      title: typeof data.title === 'string' ? data.title : idOf(file),
      mode: mode as ModeId,
      plays: Array.isArray(data.plays) ? data.plays.filter((id): id is string => typeof id === 'string') : [],
      file,
    });
  }
  if (problems.length > 0) throw new PlaybookError(problems, 'Business types cannot be read');
  return types;
}

/** The business type with this id, or an error listing the ids that exist. */
export function resolveBusinessType(contentDir: string, id: string): BusinessTypeSummary {
  const types = loadBusinessTypes(contentDir);
  const found = types.find((type) => type.id === id);
  if (found) return found;
  const folder = shown(path.join(contentDir, 'business-types'));
  throw new PlaybookError(
    [
      {
        file: folder,
        field: '--business-type',
        message: `has no business type "${id}".`,
        fix:
          types.length > 0
            ? `use one of: ${types.map((type) => type.id).join(', ')}.`
            : `there are no business types yet: add ${folder}/${id}.mdx with "title" and "mode" in its frontmatter.`,
      },
    ],
    'Unknown business type',
  );
}

/** Every play's id, title and the gap ids it addresses (unknown gap ids are an error). */
export function loadPlaySummaries(contentDir: string): PlaySummary[] {
  const plays: PlaySummary[] = [];
  const problems: Problem[] = [];
  for (const file of pageFiles(path.join(contentDir, 'plays'))) {
    const { data } = splitFrontmatter(readUtf8(file, shown(file)), shown(file));
    const addresses = data.addresses ?? [];
    if (
      !Array.isArray(addresses) ||
      addresses.some((gap) => !(GAP_IDS as readonly unknown[]).includes(gap))
    ) {
      problems.push({
        file: shown(file),
        field: 'addresses',
        message: `must list gap ids, found ${JSON.stringify(addresses)}.`,
        fix: `use ids from src/schemas/gap.ts: ${GAP_IDS.join(', ')}.`,
      });
      continue;
    }
    plays.push({
      id: idOf(file),
      title: typeof data.title === 'string' ? data.title : idOf(file),
      addresses: addresses as string[],
      kind: data.kind === 'anti-pattern' ? 'anti-pattern' : 'play',
      withdrawn: data.withdrawn !== undefined && data.withdrawn !== null,
    });
  }
  if (problems.length > 0) throw new PlaybookError(problems, 'Plays cannot be read');
  return plays;
}
