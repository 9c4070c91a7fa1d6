import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/content/integrity.ts';
import { parseSource } from '../../src/lib/content/sources.ts';
import { sourcesByBusinessType } from '../../src/lib/playbook/site-index.ts';
import { demoPlaybook, entry } from '../support/demo-playbook.ts';

describe('the business types a source concerns', () => {
  it('are checked against the playbook’s business types, naming the file, the field and the fix', () => {
    const playbook = demoPlaybook();
    const source = entry(playbook.sources, 'people-over-links');
    source.data.businessTypes = ['local-hospitality', 'corner-shops'];
    expect(checkIntegrity(playbook)).toEqual([
      {
        file: source.file,
        field: 'businessTypes[1]',
        message: 'names the business type "corner-shops", which does not exist.',
        fix: 'use the file name (without extension) of a file in business-types/, or add that file.',
      },
    ]);
  });

  it('must be ids, and the publication date an ISO date', () => {
    const { problems } = parseSource(
      '---\ntitle: T\nsummary: S\nabout: A\nbusinessTypes: [Local Hospitality]\npublished: 22/07/2009\n---\n\nText.\n',
      'content/sources/t.md',
      't',
    );
    expect(problems.map((p) => p.field)).toEqual(['published', 'businessTypes[0]']);
    expect(problems[0]?.message).toContain('must be an ISO date: 2009-07-22, 2009-07 or 2009');
  });

  it('index the sources under each business type, by title, once for the whole site', () => {
    const sources = demoPlaybook().sources;
    const index = sourcesByBusinessType(sources);
    const withType = (id: string) =>
      sources
        .filter((s) => s.data.businessTypes.includes(id))
        .map((s) => s.data.title)
        .sort();
    for (const [id, links] of index) {
      expect(links.map((l) => l.label)).toEqual(withType(id));
      for (const link of links) expect(link.path).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
    }
    expect(index.get('niche-product-maker')?.map((l) => l.path)).toEqual([
      '/sources/seminal-moment-broadcast-client/',
    ]);
    expect(index.has('media-publisher')).toBe(false);
  });
});
