// @ts-check

import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildTimings } from './src/integrations/build-timings.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { dataStoreModule } from './src/integrations/data-store-module.ts';
import { dropHeadInjectDirective } from './src/integrations/head-inject-directive.ts';
import { integrityCheck } from './src/integrations/integrity.ts';
import { leakCheck } from './src/integrations/leak-check.ts';
import { offlinePrecache } from './src/integrations/offline.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { safeBuild } from './src/integrations/safe-build.ts';
import { shareFiles } from './src/integrations/share-files.ts';
import { shortLinks } from './src/integrations/short-links.ts';
import { resolveContentDir } from './src/lib/node/content/content-dir.ts';
import { headingLinks } from './src/lib/node/content/heading-links.ts';
import { loadPlaybookConfig } from './src/lib/node/content/playbook-config.ts';

// Which playbook to build: PLAYBOOK_CONTENT_DIR (default content/). Its playbook.config.json
// names the site; PLAYBOOK_SITE and PLAYBOOK_BASE override the URL at deploy time.
const contentDir = resolveContentDir();
const playbook = loadPlaybookConfig(contentDir);

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
// Astro writes the modules it generates for a build into <root>/.astro/ and imports them back,
// so two builds from one folder would read each other's. PLAYBOOK_WORK_DIR gives a build its own
// root for those files (the code still comes from this project's src/ and public/).
const workDir = process.env.PLAYBOOK_WORK_DIR;

// One build at a time per folder, rendered into a staging folder and swapped into outDir only
// when every check below has passed (src/integrations/safe-build.ts).
const safe = safeBuild();
// Read and checked once, before Astro loads content; the short links are written from it.
const content = integrityCheck({ contentDir });
// Pagefind starts as soon as the pages are written and is waited for after the passes that do
// not read its index (short links, policy, share files, the leak check of the site): it builds
// and compresses the index on one core, they use the other.
const search = pagefindIndex();
const leaks = leakCheck();
// Hashes the site for the offline manifest beside Pagefind too, and its index after it.
const offline = offlinePrecache();
// The policy pass, and the one policy the short links are written with (they are not read back).
const policy = contentSecurityPolicy();

export default defineConfig({
  ...(workDir ? { root: workDir, srcDir: `${projectRoot}src`, publicDir: `${projectRoot}public` } : {}),
  site: playbook.site,
  base: playbook.base,
  trailingSlash: 'always',
  // Four pages at a time: while one page's folder and file are written, the next renders. With one
  // at a time the render waited on the disk for about 3 s of a 5,000-page build (the profile's idle).
  build: { concurrency: 4 },
  // Section links on the headings of Markdown and MDX bodies alike (MDX extends this config).
  markdown: { processor: satteri({ hastPlugins: [headingLinks()] }) },
  // Components' scoped styles by class rather than by data attribute: fewer bytes on every page.
  scopedStyleStrategy: 'class',
  // Separate output, cache and work folders let several playbooks build side by side.
  outDir: process.env.PLAYBOOK_OUT_DIR || './dist',
  cacheDir: process.env.PLAYBOOK_CACHE_DIR || './node_modules/.astro',
  integrations: [
    safe.start,
    buildTimings(),
    content.integration,
    mdx(),
    dropHeadInjectDirective(),
    dataStoreModule(),
    // Chooser steps, short links and presenter views are not pages to list for search engines.
    sitemap({ filter: (page) => !/\/(chooser\/.+|p\/[^/]+|present\/.+)\/$/.test(new URL(page).pathname) }),
    // Reads only the searchable folders, where only the policy writes after it, one whole page at a time.
    search.start,
    // Before the policy, the share files and the checks read the output: they see short links as pages.
    shortLinks({
      playbook: content.checked,
      name: playbook.name,
      lang: playbook.lang,
      pagePolicy: policy.pagePolicy,
    }),
    shareFiles({ contentDir }),
    leaks.site,
    // After the last pass that writes outside the search index.
    offline.site,
    search.finish,
    leaks.searchIndex,
    // Last: the offline manifest lists (and hashes) every file the others wrote.
    offline.finish,
    // Puts its policy into the pages as soon as they are written, before the checks read them
    // (Pagefind reads them meanwhile: the tag changes nothing it indexes), and writes _headers
    // after every other file: hosts read it but never serve it, so no list has it.
    policy.integration,
    safe.finish,
  ],
});
