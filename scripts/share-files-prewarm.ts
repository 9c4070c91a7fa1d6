/**
 * Draws the share images and QR codes a build will need into the share-files cache while Astro
 * syncs, bundles and renders: the build (src/integrations/share-files.ts) starts it; it can also be run on its own.
 */
import { parseCli, runCli, say, UsageError } from '../src/lib/node/cli.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';
import { loadPlaybookConfig } from '../src/lib/node/content/playbook-config.ts';
import { foreseenShareJobs, prewarmShareCache } from '../src/lib/node/share-image/prewarm.ts';

const HELP = `
Usage: node scripts/share-files-prewarm.ts --cache DIR [--site URL] [--base PATH]

Draws every share image (og:image) and short-link QR code the playbook's pages will ask for,
as far as the content folder ($PLAYBOOK_CONTENT_DIR, default content/) tells, into the cache
folder DIR (the build uses <cacheDir>/share-files). Files already there are kept. The build runs
this in a second process while it syncs, bundles and renders, then links the files from the cache.
Exit codes: 0 done, 1 a problem in the content, 2 wrong usage.
`;

await runCli(
  'share-files-prewarm',
  async () => {
    const { values } = parseCli(process.argv.slice(2), {
      cache: { type: 'string' },
      site: { type: 'string' },
      base: { type: 'string' },
    });
    if (!values.cache) throw new UsageError('--cache DIR is required.');
    const contentDir = resolveContentDir();
    const config = loadPlaybookConfig(contentDir);
    const jobs = foreseenShareJobs({
      contentDir,
      name: config.name,
      site: values.site ?? config.site,
      base: values.base ?? config.base,
    });
    const drawn = await prewarmShareCache(jobs, values.cache);
    say(`${drawn} of ${jobs.length} share files drawn into the cache`);
    return undefined;
  },
  { help: HELP },
);
