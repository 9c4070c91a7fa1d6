/** Loads `<content dir>/playbook.config.json`, validated by the shared schema, with deploy-time overrides. */
import fs from 'node:fs';
import path from 'node:path';
import { type PlaybookConfig, playbookConfigSchema } from '../../../schemas/playbook-config.ts';
import { PlaybookError, zodProblems } from '../../errors.ts';
import { displayPath } from '../files/display-path.ts';
import { readUtf8 } from '../files/read-text.ts';

export const PLAYBOOK_CONFIG_FILE = 'playbook.config.json';

/**
 * Reads and validates the playbook config. `PLAYBOOK_SITE` and `PLAYBOOK_BASE` override the
 * file so one content folder can be deployed to several hosts.
 */
export function loadPlaybookConfig(contentDir: string, env: NodeJS.ProcessEnv = process.env): PlaybookConfig {
  const file = path.join(contentDir, PLAYBOOK_CONFIG_FILE);
  const display = displayPath(file);
  if (!fs.existsSync(file)) {
    throw new PlaybookError([
      {
        file: display,
        message: 'is missing: every playbook needs a config naming it.',
        fix: `create ${display} with {"name": "…", "tagline": "…", "site": "https://…", "base": "/"}.`,
      },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readUtf8(file, display));
  } catch (error) {
    if (error instanceof PlaybookError) throw error;
    throw new PlaybookError([
      {
        file: display,
        message: `is not valid JSON (${(error as Error).message}).`,
        fix: 'correct the JSON syntax.',
      },
    ]);
  }
  const overridden = { ...(raw as Record<string, unknown>) };
  if (env.PLAYBOOK_SITE) overridden.site = env.PLAYBOOK_SITE;
  if (env.PLAYBOOK_BASE) overridden.base = normaliseBase(env.PLAYBOOK_BASE);
  const parsed = playbookConfigSchema.safeParse(overridden);
  if (!parsed.success) throw new PlaybookError(zodProblems(display, parsed.error));
  return parsed.data;
}

/** `playbook` → `/playbook/`, so a deploy variable may be written loosely. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
