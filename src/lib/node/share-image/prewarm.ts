/**
 * Share files drawn while Astro syncs content, bundles and renders the pages. Those keep one core
 * busy; on the other,
 * a child process (scripts/share-files-prewarm.ts, started by src/integrations/share-files.ts)
 * draws into the share-files cache the images and QR codes the pages will ask for, as far as the
 * content folder tells: each guidance page's own card and each short link's QR code. The pass
 * after the build (generate.ts) then links them from the cache. The pages stay the one source of
 * truth: a file foreseen wrongly is simply not used, and one not foreseen is drawn after the build
 * as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, entryIdFromPath } from '../../content/collections.ts';
import { splitFrontmatter } from '../../content/frontmatter.ts';
import { playbookPages } from '../../content/playbook.ts';
import { shareCardFor, shareImagePath } from '../../playbook/share-card.ts';
import { shortLink } from '../../playbook/short-links.ts';
import { permanentLinks } from '../../playbook/site-index.ts';
import { collectionFiles, readPlaybookOrThrow } from '../content/read-playbook.ts';
import { ensureCached, type ShareFileJob } from './generate.ts';

export interface PrewarmOptions {
  contentDir: string;
  /** The playbook's name, drawn on every card. */
  name: string;
  site: string;
  base: string;
}

/** A source's title and short link from its frontmatter alone (its passages are not needed here). */
function sourceHeads(contentDir: string): { slug: string; title: string; permalink?: string }[] {
  const folder = path.join(contentDir, COLLECTIONS.sources.folder);
  return collectionFiles(contentDir, 'sources').flatMap((relative) => {
    const file = path.join(folder, relative);
    const { data } = splitFrontmatter(fs.readFileSync(file, 'utf8'), file);
    const fields = data as { title?: unknown; permalink?: unknown };
    if (typeof fields.title !== 'string') return [];
    const permalink = typeof fields.permalink === 'string' ? fields.permalink : undefined;
    return [{ slug: entryIdFromPath(relative), title: fields.title, ...(permalink ? { permalink } : {}) }];
  });
}

/** The share images and QR codes the pages of this content folder will ask for. */
export function foreseenShareJobs(options: PrewarmOptions): ShareFileJob[] {
  const playbook = readPlaybookOrThrow(options.contentDir, ['modes', 'businessTypes', 'plays', 'pages']);
  const links = permanentLinks(
    sourceHeads(options.contentDir).map((data) => ({ data })),
    playbookPages(playbook),
  );
  const jobs: ShareFileJob[] = [];
  for (const link of links) {
    const card = shareCardFor(link.to, link.title);
    const file = shareImagePath(card, options.name).replace(/^\//, '');
    jobs.push({ kind: 'image', file, name: options.name, card, page: link.to });
    const short = shortLink(link.from, options.site, options.base);
    jobs.push({ kind: 'qr', file: `p/${link.from}/qr.svg`, url: short.url, display: short.display });
  }
  return jobs;
}

/** Draws into `cacheDir` every foreseen file no earlier build drew; how many it drew. */
export async function prewarmShareCache(jobs: readonly ShareFileJob[], cacheDir: string): Promise<number> {
  fs.mkdirSync(cacheDir, { recursive: true });
  let drawn = 0;
  for (const job of jobs) if ((await ensureCached(job, cacheDir)).drawn) drawn++;
  return drawn;
}
