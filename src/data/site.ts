/** The playbook config for pages and components, read once per build. */

import { today } from '../lib/node/clock.ts';
import { resolveContentDir } from '../lib/node/content/content-dir.ts';
import { loadPlaybookConfig } from '../lib/node/content/playbook-config.ts';
import { withBase } from '../lib/playbook/routes.ts';
import type { SiteFacts } from '../lib/playbook/share-meta.ts';

export const playbook = loadPlaybookConfig(resolveContentDir());

/** What every page shares: the name, language, origin and base (for share tags and redirects). */
export const siteFacts: SiteFacts = {
  name: playbook.name,
  lang: playbook.lang,
  site: import.meta.env.SITE ?? playbook.site,
  base: import.meta.env.BASE_URL,
};

/** A site path with the deploy base, for href attributes. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** Today's date (YYYY-MM-DD) at build time, for review notices. */
export const buildDate = today();
