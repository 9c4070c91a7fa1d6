// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { dropHeadInjectDirective } from './src/integrations/head-inject-directive.ts';
import { integrityCheck } from './src/integrations/integrity.ts';
import { leakCheck } from './src/integrations/leak-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { resolveContentDir } from './src/lib/node/content/content-dir.ts';
import { loadPlaybookConfig } from './src/lib/node/content/playbook-config.ts';

// Which playbook to build: PLAYBOOK_CONTENT_DIR (default content/). Its playbook.config.json
// names the site; PLAYBOOK_SITE and PLAYBOOK_BASE override the URL at deploy time.
const contentDir = resolveContentDir();
const playbook = loadPlaybookConfig(contentDir);

export default defineConfig({
  site: playbook.site,
  base: playbook.base,
  trailingSlash: 'always',
  // Separate output and cache folders let tests build several playbooks side by side.
  outDir: process.env.PLAYBOOK_OUT_DIR || './dist',
  cacheDir: process.env.PLAYBOOK_CACHE_DIR || './node_modules/.astro',
  integrations: [
    integrityCheck({ contentDir }),
    mdx(),
    dropHeadInjectDirective(),
    sitemap({ filter: (page) => !/\/(chooser\/.+|p\/[^/]+)\/$/.test(new URL(page).pathname) }),
    leakCheck(),
    pagefindIndex(),
  ],
});
