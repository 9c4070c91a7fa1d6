/**
 * The share files drawn ahead of the pages (src/lib/node/share-image/prewarm.ts) are foreseen
 * from the content folder alone: checked against what the built demo's pages ask for, so that
 * none is drawn in vain and every guidance page's image and every QR code is drawn in time.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaybookConfig } from '../../src/lib/node/content/playbook-config.ts';
import { qrCodeJobs, shareImageJobs } from '../../src/lib/node/share-image/generate.ts';
import { foreseenShareJobs } from '../../src/lib/node/share-image/prewarm.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { demoSiteBuilt } from '../support/demo-build.ts';

describe('share files drawn while the build syncs, bundles and renders', () => {
  it('are the ones the built pages ask for: every guidance card and QR code, nothing else', async () => {
    const site = await demoSiteBuilt();
    const contentDir = path.join(PROJECT_ROOT, 'content');
    const foreseen = foreseenShareJobs({
      contentDir,
      name: loadPlaybookConfig(contentDir).name,
      site: site.site,
      base: site.base,
    });
    const images = shareImageJobs(site.outDir, site.base);
    const qrCodes = qrCodeJobs(site.outDir, site.site, site.base);
    const asked = new Set([...images, ...qrCodes].map((job) => job.file));
    const foreseenFiles = new Set(foreseen.map((job) => job.file));

    expect(foreseen.filter((job) => !asked.has(job.file)).map((job) => job.file)).toEqual([]);
    expect(qrCodes.filter((job) => !foreseenFiles.has(job.file)).map((job) => job.file)).toEqual([]);
    // Left for after the build: section cards (lists, accounts, tools) and the chooser's results,
    // never a guidance page's own card.
    const late = images.flatMap((job) => (job.kind === 'image' && !foreseenFiles.has(job.file) ? [job] : []));
    const guidance = /^(sources|strategies|business-types|plays|guides)\/[^/]+\/index\.html$/;
    expect(late.filter((job) => guidance.test(job.page)).map((job) => job.page)).toEqual([]);
    expect(foreseen.length).toBeGreaterThan(late.length * 3);
  });
});
