/**
 * Writes every short link (`p/<id>/index.html`) into a built site: the redirect page
 * src/lib/playbook/redirect-page.ts draws, one small file each, without Astro's render (see there
 * why). A short link that would overwrite a page Astro rendered stops the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PlaybookError } from '../../errors.ts';
import { inParallel } from '../../in-parallel.ts';
import { redirectPageHtml } from '../../playbook/redirect-page.ts';
import { permalinkPath } from '../../playbook/routes.ts';
import type { SiteFacts } from '../../playbook/share-meta.ts';
import type { PermanentLink } from '../../playbook/site-index.ts';
import type { PagePolicy } from '../csp/apply-policy.ts';

/** Files written at once: enough to keep the disk busy. */
const CONCURRENT = 16;

/** The file of a short link in the output, relative to it. */
export function shortLinkFile(id: string): string {
  return `${permalinkPath(id).replace(/^\//, '')}index.html`;
}

/**
 * Writes the short links of `links`. With `policy`, each page is written with its
 * Content-Security-Policy already in (and marked covered), so the policy pass need not read and
 * write it again.
 */
export async function writeShortLinks(
  outDir: string,
  links: readonly PermanentLink[],
  site: SiteFacts,
  policy?: PagePolicy,
): Promise<number> {
  const taken = links.filter((link) => fs.existsSync(path.join(outDir, shortLinkFile(link.from))));
  if (taken.length > 0)
    throw new PlaybookError(
      taken.map((link) => ({
        file: shortLinkFile(link.from),
        message: `is already a page of the site, so the short link of ${link.to} cannot be written there.`,
        fix: 'remove the page from src/pages/p/: short links are written by the build (src/integrations/short-links.ts).',
      })),
      'Short links would overwrite pages',
    );
  // Many small files at once: on a slow disk the waits overlap (three times faster here than
  // one after another).
  await inParallel(links, CONCURRENT, async (link) => {
    const file = path.join(outDir, shortLinkFile(link.from));
    const html = redirectPageHtml({ to: link.to, title: link.title, reason: 'short-link' }, site);
    // A page that cannot have a policy is written as it is: `policy` holds the problem, which the
    // policy pass reports with any others.
    const withPolicy = policy?.put(html, shortLinkFile(link.from));
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(file, withPolicy ?? html);
    policy?.cover(file);
  });
  return links.length;
}
