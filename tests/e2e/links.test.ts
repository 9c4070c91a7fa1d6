import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../support/link-check.ts';

describe('the built demo playbook', () => {
  it('has no broken internal link, asset or #anchor, citations included', () => {
    const site = inject('demoSite');
    const report = checkLinks(site.outDir, site.base, site.site);
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThan(5);
    expect(report.links).toBeGreaterThan(100);
  });
});
