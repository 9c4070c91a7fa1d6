import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESCRIPTIVE_TITLE_MAX, ImportError, importArticle } from '../../src/lib/content/import-article.ts';
import { parseSource } from '../../src/lib/content/sources.ts';
import { demoPlaybook } from '../support/demo-playbook.ts';

const businessTypes = demoPlaybook().businessTypes.map((entry) => ({ id: entry.id, ...entry.data }));
const fixture = (name: string) => ({
  fileName: name,
  text: fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/articles', name), 'utf8'),
  businessTypes,
});
const AT = '2026-01-01T00:00:00.000Z';

function load(imported: ReturnType<typeof importArticle>) {
  const { source, problems } = parseSource(imported.contents, `${imported.slug}.md`, imported.slug);
  expect(problems).toEqual([]);
  if (!source) throw new Error('no source');
  return source;
}

describe('importing an article saved from the web', () => {
  it('puts headline, author, date and business types in the frontmatter and none of them in passages', () => {
    const imported = importArticle(fixture('diner-specials.txt'), AT);
    const source = load(imported);
    expect(source.title).toBe('How our diner fills the lunch rush with daily specials on Twitter');
    expect(source.titleIsDescriptive).toBe(false);
    expect(source.author).toBe('Rosa Delgado');
    expect(source.published).toBe('2014-03-04');
    expect(source.era).toBe('2014');
    expect(source.businessTypes).toEqual(['local-hospitality']);
    expect(source.passages).toHaveLength(3);
    const text = source.passages.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/Rosa|March 4|cookie|Share|Leave a Reply|Related posts|WordPress/i);
  });

  it('reads a deals-only diner as broadcast, with the cues shown per passage', () => {
    const source = load(importArticle(fixture('diner-specials.txt'), AT));
    expect(source.stance).toBeLessThanOrEqual(-0.5);
    expect(source.passages[0]?.signals.cues.map((c) => c.cue)).toEqual(
      expect.arrayContaining(['specials', 'discounts']),
    );
  });

  it('reads an article that turns from broadcasting to listening as conversational', () => {
    const imported = importArticle(fixture('corner-shop-no-headline.txt'), AT);
    expect(imported.stance).toBeGreaterThanOrEqual(0.5);
    const cues = load(imported).passages.flatMap((p) => p.signals.cues.map((c) => c.cue));
    expect(cues).toEqual(expect.arrayContaining(['not broadcast', 'not just deals', 'talking with people']));
  });

  it('writes a short descriptive title, marked as such, when the article has no headline', () => {
    const imported = importArticle(fixture('corner-shop-no-headline.txt'), AT);
    expect(imported.titleIsDescriptive).toBe(true);
    expect(imported.title.length).toBeLessThanOrEqual(DESCRIPTIVE_TITLE_MAX);
    expect(imported.title).toMatch(/^On broadcast and deals, engagement/);
    expect(load(imported).titleIsDescriptive).toBe(true);
    expect(imported.author).toBeUndefined();
    expect(imported.dropped.map((d) => d.text)).toEqual(
      expect.arrayContaining(['Posted by admin', 'Subscribe to our newsletter']),
    );
  });

  it('joins a hard-wrapped opening back into one paragraph rather than a heading', () => {
    const imported = importArticle(
      {
        fileName: 'wrapped.txt',
        text: 'I saw a\npost last week that asked why shops on X never answer anyone.\nWe answer every question within the hour.\n',
      },
      AT,
    );
    expect(imported.titleIsDescriptive).toBe(true);
    expect(imported.contents).toContain(
      '\nI saw a post last week that asked why shops on X never answer anyone.\n',
    );
    expect(imported.contents).not.toContain('## I saw a');
  });

  it('uses the editor’s title instead, which also names the file', () => {
    const imported = importArticle(
      { ...fixture('corner-shop-no-headline.txt'), title: 'Listening sold our bread' },
      AT,
    );
    expect(imported.title).toBe('Listening sold our bread');
    expect(imported.titleIsDescriptive).toBe(false);
    expect(imported.slug).toBe('listening-sold-our-bread');
  });

  it('reads a Markdown export: heading, emphasised byline, link chrome', () => {
    const imported = importArticle(fixture('consultancy-notes.md'), AT);
    expect(imported.title).toBe('Why accountants should answer questions on X');
    expect(imported.author).toBe('Sam Okafor');
    expect(imported.published).toBe('2019-05-02');
    expect(imported.businessTypes.map((b) => b.id)).toEqual(['consultancy']);
    expect(imported.stance).toBeGreaterThan(0.15);
    expect(imported.dropped.map((d) => d.reason)).toEqual([
      'site navigation',
      'byline',
      'date line',
      'share prompt',
      'site navigation',
    ]);
  });

  it('gives the same file for the same input, and refuses a page that is only chrome', () => {
    expect(importArticle(fixture('diner-specials.txt'), AT)).toEqual(
      importArticle(fixture('diner-specials.txt'), AT),
    );
    expect(() =>
      importArticle({ fileName: 'chrome.txt', text: 'Leave a Reply\nShare this:\nSubscribe\n' }, AT),
    ).toThrow(ImportError);
    expect(() => importArticle({ fileName: 'chrome.txt', text: 'Leave a Reply\nShare this:\n' }, AT)).toThrow(
      /no text after it once 2 line\(s\) of page chrome are left out/,
    );
  });
});
