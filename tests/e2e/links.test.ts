import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSiteBuilt } from '../support/demo-build.ts';
import { checkLinks } from '../support/link-check.ts';

describe('the built demo playbook', () => {
  it('has no broken internal link, asset or #anchor, citations included', async () => {
    const site = await demoSiteBuilt();
    const report = checkLinks(site.outDir, site.base, site.site);
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThan(5);
    expect(report.links).toBeGreaterThan(100);
  });

  it('has a short link for every guidance page, each one reaching its page', async () => {
    const site = await demoSiteBuilt();
    const shortLinks = fs.readdirSync(path.join(site.outDir, 'p'));
    expect(shortLinks.length).toBeGreaterThan(40);
    for (const id of shortLinks) {
      const html = fs.readFileSync(path.join(site.outDir, 'p', id, 'index.html'), 'utf8');
      // Where it goes is checked with every other link above; here, that it goes somewhere at once.
      expect(html, id).toMatch(/<meta http-equiv="refresh" content="0; url=\/[^"]+\/">/);
    }
  });
});
