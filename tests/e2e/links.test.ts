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
});
