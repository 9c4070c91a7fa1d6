import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlaybook, miniWithTaxonomy, scratchDir } from '../support/build.ts';
import { checkLinks } from '../support/link-check.ts';

describe('deploying a playbook under a sub-folder set at deploy time', () => {
  it('keeps every link, asset, anchor and chooser path inside the base path set at build time', async () => {
    const outDir = path.join(scratchDir('base'), 'dist');
    const result = await buildPlaybook({
      contentDir: miniWithTaxonomy(),
      outDir,
      env: { PLAYBOOK_BASE: 'playbook', PLAYBOOK_SITE: 'https://example.org' },
    });
    expect(result.code, result.output).toBe(0);
    const report = checkLinks(outDir, '/playbook/', 'https://example.org');
    expect(report.broken).toEqual([]);
    expect(report.links).toBeGreaterThan(1000);
    const chooser = fs.readFileSync(path.join(outDir, 'chooser/index.html'), 'utf8');
    expect(chooser).toContain('data-base="/playbook/chooser/"');
    expect(chooser).toContain('formaction="/playbook/chooser/on-the-spot/"');
    expect(fs.readFileSync(path.join(outDir, 'search/index.html'), 'utf8')).toContain(
      'data-bundle="/playbook/pagefind/"',
    );
    expect(fs.readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8')).toContain(
      'https://example.org/playbook/',
    );
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).not.toContain('"/mini/');
  });
});
