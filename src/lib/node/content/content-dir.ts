/**
 * Where the playbook's content lives. Filesystem-bound, so it sits in lib/node:
 * `PLAYBOOK_CONTENT_DIR` (relative to the project root or absolute), default `content/`.
 */
import path from 'node:path';

export const CONTENT_DIR_ENV = 'PLAYBOOK_CONTENT_DIR';

/** Absolute path of the content folder for this run. */
export function resolveContentDir(
  root: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): string {
  const configured = env[CONTENT_DIR_ENV]?.trim();
  return path.resolve(root, configured && configured.length > 0 ? configured : 'content');
}
