import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/lib/content/import-article.ts';
import { parseSource } from '../../src/lib/content/sources.ts';
import { isTitleCase, namesInText, sentenceCaseTitle } from '../../src/lib/content/title-case.ts';
import { DEMO_CONTENT } from '../support/demo-modes.ts';
import { demoPlaybook } from '../support/demo-playbook.ts';

const ARTICLE = `Forbes reported that sellers now rate Twitter above LinkedIn. Jill Rowley agreed with it.
Mid-sentence, LinkedIn's members guard their connections; on Twitter they talk.
Most people in sales find the social network useful, says Rowley.`;

describe('names in an article', () => {
  it('are the words capitalised in mid-sentence and never written in lowercase, spelt as the article spells them', () => {
    const names = namesInText(ARTICLE);
    expect(names.get('linkedin')).toBe('LinkedIn');
    expect(names.get('twitter')).toBe('Twitter');
    expect(names.get('rowley')).toBe('Rowley');
    // Capitalised only at the start of a line or sentence: no evidence it is a name.
    expect(names.has('forbes')).toBe(false);
    expect(names.has('most')).toBe(false);
  });

  it('leave out passage markers and addresses', () => {
    const names = namesInText(
      'The People Over Links {#people-over-links} see https://Example.com/Page today.',
    );
    expect(names.get('people')).toBe('People');
    expect(names.has('example')).toBe(false);
  });
});

describe('sentence case for headlines', () => {
  const names = namesInText(ARTICLE);

  it('recases a title-case headline, keeping names as the article spells them', () => {
    expect(
      sentenceCaseTitle('Why Twitter Has Overtaken Linkedin As The Sales Social Network Of Choice', names),
    ).toBe('Why Twitter has overtaken LinkedIn as the sales social network of choice');
  });

  it('knows the platforms and keeps acronyms, and starts again after a colon', () => {
    expect(sentenceCaseTitle('Five Ways A CEO Can Use Linkedin And X: What Works For B2B Sellers')).toBe(
      'Five ways a CEO can use LinkedIn and X: What works for B2B sellers',
    );
  });

  it('lowercases a headline in capitals throughout, names aside', () => {
    expect(sentenceCaseTitle('HOW OUR DINER FILLS TABLES WITH TWITTER')).toBe(
      'How our diner fills tables with Twitter',
    );
  });

  it('leaves a title already in sentence case alone, names and all', () => {
    for (const title of [
      'My seminal moment for Twitter',
      'Why Elon Musk listens to customers',
      'How our diner fills the lunch rush with daily specials on Twitter',
    ]) {
      expect(isTitleCase(title)).toBe(false);
      expect(sentenceCaseTitle(title)).toBe(title);
    }
  });

  it('reads AP-style title case, whose short words stay in lowercase, as title case', () => {
    expect(isTitleCase('Getting Started with Twitter for Small Business')).toBe(true);
    expect(sentenceCaseTitle('Getting Started with Twitter for Small Business')).toBe(
      'Getting started with Twitter for small business',
    );
  });
});

describe('importing an article with a title-case headline', () => {
  const text = `Why Twitter Has Overtaken Linkedin As The Sales Social Network Of Choice

A survey found that sellers rate Twitter above LinkedIn for finding buyers, and the people it quotes say why.

On LinkedIn people show a business face; on Twitter the whole person shows, which makes the first conversation easier.`;

  it('shows the headline in sentence case and keeps it as published for attribution', () => {
    const imported = importArticle({ fileName: 'overtaken.txt', text }, '2026-01-01T00:00:00.000Z');
    expect(imported.title).toBe('Why Twitter has overtaken LinkedIn as the sales social network of choice');
    expect(imported.originalTitle).toBe(
      'Why Twitter Has Overtaken Linkedin As The Sales Social Network Of Choice',
    );
    const { source, problems } = parseSource(imported.contents, 'overtaken.md', imported.slug);
    expect(problems).toEqual([]);
    expect(source?.title).toBe(imported.title);
    expect(source?.originalTitle).toBe(imported.originalTitle);
    expect(imported.slug).toMatch(/^why-twitter-has-overtaken-linkedin-as-the-sales/);
  });

  it('takes the editor’s --title as written, and writes no originalTitle for a headline already in sentence case', () => {
    const given = importArticle(
      { fileName: 'a.txt', text, title: 'Why Sellers Moved' },
      '2026-01-01T00:00:00.000Z',
    );
    expect(given.title).toBe('Why Sellers Moved');
    expect(given.originalTitle).toBeUndefined();
    const plain = importArticle(
      { fileName: 'b.txt', text: text.replace(/^.*\n/, 'Why sellers moved to Twitter\n') },
      '2026-01-01T00:00:00.000Z',
    );
    expect(plain.title).toBe('Why sellers moved to Twitter');
    expect(plain.originalTitle).toBeUndefined();
    expect(plain.contents).not.toContain('originalTitle');
  });
});

describe('the demo playbook’s sources', () => {
  const sources = demoPlaybook().sources.map((entry) => entry.data);

  it('show every title and short title in sentence case', () => {
    for (const source of sources) {
      const names = namesInText(source.passages.map((p) => p.text).join('\n'));
      expect(sentenceCaseTitle(source.title, names), source.slug).toBe(source.title);
      if (source.shortTitle)
        expect(sentenceCaseTitle(source.shortTitle, names), source.slug).toBe(source.shortTitle);
    }
  });

  it('keep a recased headline as published', () => {
    const overtaken = sources.find((s) => s.slug === 'twitter-overtakes-linkedin-for-sales');
    expect(overtaken?.title).toBe('Why Twitter has overtaken LinkedIn as the sales social network of choice');
    expect(overtaken?.originalTitle).toBe(
      'Why Twitter Has Overtaken Linkedin As The Sales Social Network Of Choice',
    );
  });

  it('are named in the prose of every page (in italics) exactly as their short title is spelt', () => {
    const files = fs
      .readdirSync(DEMO_CONTENT, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.mdx?$/.test(file) && !file.startsWith('sources'));
    const misspelt: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(DEMO_CONTENT, file), 'utf8');
      for (const source of sources) {
        const short = source.shortTitle ?? source.title;
        const pattern = new RegExp(`\\*${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*`, 'gi');
        for (const match of text.matchAll(pattern))
          if (match[0] !== `*${short}*`) misspelt.push(`${file}: ${match[0]}`);
      }
    }
    expect(misspelt).toEqual([]);
  });
});
