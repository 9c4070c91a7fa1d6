import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSiteBuilt } from '../support/demo-build.ts';

/** The built page at a site path, as HTML. */
async function builtPage(sitePath: string): Promise<string> {
  const site = await demoSiteBuilt();
  return fs.readFileSync(path.join(site.outDir, sitePath, 'index.html'), 'utf8');
}
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('sources and the business types they concern link both ways', () => {
  it('a source page links to each business type its article concerns', async () => {
    const site = await demoSiteBuilt();
    const html = await builtPage('sources/executives-and-listening-on-twitter');
    expect(html).toContain('About these kinds of business:');
    expect(hrefs(html)).toEqual(
      expect.arrayContaining([
        `${site.base}business-types/executive-voice/`,
        `${site.base}business-types/consultancy/`,
      ]),
    );
  });

  it('a business type page lists the sources about it, and says so when there are none', async () => {
    const site = await demoSiteBuilt();
    const withSource = await builtPage('business-types/niche-product-maker');
    expect(withSource).toContain('id="bt-sources"');
    expect(hrefs(withSource)).toContain(`${site.base}sources/seminal-moment-broadcast-client/`);
    const without = await builtPage('business-types/media-publisher');
    expect(without).toContain('No source article is tagged with this kind of business yet.');
  });
});
