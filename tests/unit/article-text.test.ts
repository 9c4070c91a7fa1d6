import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../src/lib/content/article-text/boilerplate.ts';
import { parseByline, parseDateLine } from '../../src/lib/content/article-text/byline.ts';
import { readArticleText } from '../../src/lib/content/article-text/read-article.ts';

const fixture = (name: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/articles', name), 'utf8');
const reasons = (text: string) => readArticleText(text, {}).dropped.map((d) => `${d.line} ${d.reason}`);

describe('date lines and bylines', () => {
  it('reads dates in the forms pages print them, as precisely as printed', () => {
    expect(parseDateLine('July 22, 2009')).toEqual({ iso: '2009-07-22' });
    expect(parseDateLine('Wednesday, November 24, 2010')).toEqual({ iso: '2010-11-24' });
    expect(parseDateLine('6th November 2008')).toEqual({ iso: '2008-11-06' });
    expect(parseDateLine('May 27, 2010, 12:33 PM')).toEqual({ iso: '2010-05-27' });
    expect(parseDateLine('Published: 2 May 2019')).toEqual({ iso: '2019-05-02' });
    expect(parseDateLine('March 2014')).toEqual({ iso: '2014-03' });
    expect(parseDateLine('Posted on March 3, 2012 by Jane Doe')).toEqual({
      iso: '2012-03-03',
      author: 'Jane Doe',
    });
  });

  it('knows a date line without a year, and a sentence that only starts like a date', () => {
    expect(parseDateLine('Aug 05')).toEqual({});
    expect(parseDateLine('May the best offer win')).toBeUndefined();
    expect(parseDateLine('In 2009 we opened a second shop.')).toBeUndefined();
  });

  it('takes the author from "by", "by:", "Posted By:" and "Written by" lines', () => {
    expect(parseByline('by: Rosa Delgado')).toEqual({ author: 'Rosa Delgado' });
    expect(parseByline('Posted By: Ben Okoye')).toEqual({ author: 'Ben Okoye' });
    expect(parseByline('By Ana de la Vega, contributor')).toEqual({ author: 'Ana de la Vega' });
    expect(parseByline('by Ken Ito on July 13, 2011 · 18 comments')).toEqual({
      author: 'Ken Ito',
      date: { iso: '2011-07-13' },
    });
  });

  it('drops "Posted by admin" without taking "admin" for an author, and leaves sentences alone', () => {
    expect(parseByline('Posted by admin')).toEqual({});
    expect(parseByline('By Friday, we had sold out')).toBeUndefined();
    expect(parseByline('by the way, reply to everyone')).toBeUndefined();
  });
});

describe('page chrome', () => {
  it('recognises whole lines of chrome, not sentences that mention sharing or cookies', () => {
    expect(boilerplateReason('Leave a Reply')).toBe('comment form');
    expect(boilerplateReason('[Share on LinkedIn](https://example.com/share)')).toBe('share prompt');
    expect(boilerplateReason('Subscribe to our newsletter')).toBe('subscribe box');
    expect(boilerplateReason('We use cookies to give you the best experience on our site.')).toBe(
      'cookie notice',
    );
    expect(boilerplateReason('You may also like')).toBe('related posts');
    expect(boilerplateReason('Just another WordPress site')).toBe('site header');
    expect(boilerplateReason('Main Street Makers logo')).toBe('site header');
    expect(boilerplateReason('corner shop default header')).toBe('site header');
    expect(boilerplateReason('If you enjoyed this post, subscribe to my RSS feed!')).toBe('subscribe box');
    expect(boilerplateReason('Why a new logo will not fix a quiet account.')).toBeUndefined();
    expect(boilerplateReason('Share what your regulars tell you with the kitchen.')).toBeUndefined();
    expect(boilerplateReason('We bake cookies every morning and post a photo.')).toBeUndefined();
  });
});

describe('reading an article out of a saved web page', () => {
  it('finds the headline under the site header and date line, and the author on the byline', () => {
    const article = readArticleText(fixture('diner-specials.txt'), {});
    expect(article.headline).toBe('How our diner fills the lunch rush with daily specials on Twitter');
    expect(article.author).toBe('Rosa Delgado');
    expect(article.published).toBe('2014-03-04');
  });

  it('keeps the article text and drops every line of chrome, saying why', () => {
    const article = readArticleText(fixture('diner-specials.txt'), {});
    const kept = article.lines.filter(Boolean);
    expect(kept).toHaveLength(3);
    expect(kept[0]).toMatch(/^Every morning at ten we post the lunch specials/);
    expect(kept.join('\n')).not.toMatch(/Rosa Delgado|2014|cookie|Share|Reply|Related|Five soups|WordPress/);
    expect(reasons(fixture('diner-specials.txt'))).toEqual([
      '1 site navigation',
      '2 site header',
      '3 site header',
      '5 date line',
      '9 byline',
      '11 cookie notice',
      '12 cookie notice',
      '13 cookie notice',
      '21 share prompt',
      '22 share prompt',
      '23 share prompt',
      '24 share prompt',
      '25 share prompt',
      '27 related posts',
      '28 related posts',
      '29 related posts',
      '31 comment form',
      '32 comment form',
      '33 comment form',
      '34 comment form',
      '35 comment form',
      '36 comment form',
      '37 comment form',
      '38 comment form',
    ]);
  });

  it('says there is no headline when the text starts with a paragraph after the byline', () => {
    const article = readArticleText(fixture('corner-shop-no-headline.txt'), {});
    expect(article.headline).toBeUndefined();
    expect(article.author).toBeUndefined();
    expect(article.published).toBe('2013-06-12');
    expect(article.lines.filter(Boolean)[0]).toMatch(/^We run a corner shop/);
  });

  it('takes a Markdown headline and counts lines from the file when given the first line', () => {
    const article = readArticleText(
      'Home » Blog\n\n# Why we answer\n\n*Written by Sam Ito*\n\nWe answer every question.\n',
      {
        firstLine: 4,
      },
    );
    expect(article.headline).toBe('Why we answer');
    expect(article.author).toBe('Sam Ito');
    expect(article.dropped.map((d) => `${d.line} ${d.reason}`)).toEqual(['4 site navigation', '8 byline']);
  });

  it('drops a title printed twice and the site section label above it', () => {
    const article = readArticleText(
      'Learning Centre\n\nAnswering questions on X\n\nAnswering questions on X\n\nCustomers who ask questions on X expect an answer within the day, so check your mentions twice daily.\n',
      {},
    );
    expect(article.headline).toBe('Answering questions on X');
    expect(article.dropped.map((d) => d.reason)).toEqual(['site header', 'duplicate line']);
  });

  it('takes the headline over the header image text and the byline under it', () => {
    const article = readArticleText(
      'Three lessons from a bakery that sells out on X. What can shops copy?\n\nhillside bakes default header\n\nby: Nia Brooks\n\nEvery Friday the bakery posts which loaves are left at four, and by five the shelves are bare.\n',
      {},
    );
    expect(article.headline).toBe('Three lessons from a bakery that sells out on X. What can shops copy?');
    expect(article.author).toBe('Nia Brooks');
    expect(article.dropped.map((d) => d.reason)).toEqual(['site header', 'byline']);
  });

  it('keeps the first line as the headline when a deck or a section heading sits between it and the text', () => {
    const article = readArticleText(
      'Customers to every shop on X: stop announcing and start answering\n\nAnswers are the new adverts. (Really?)\n\nI unfollow a shop the day it posts its third sale in a row without replying to a single question from me.\n',
      {},
    );
    expect(article.headline).toBe('Customers to every shop on X: stop announcing and start answering');
    expect(article.lines.filter(Boolean)[0]).toBe('Answers are the new adverts. (Really?)');
  });

  it('puts a hard-wrapped first line back into its paragraph instead of taking it for a headline', () => {
    const article = readArticleText(
      'I saw a\npost last week that asked why shops on X never answer anyone.\n\nWe answer every question within the hour.\n',
      {},
    );
    expect(article.headline).toBeUndefined();
  });

  it("strips an embedded post's buttons from the end of the line that quotes it", () => {
    const article = readArticleText(
      'Posting the soup of the day on X\n\nWe post the soup of the day every morning before eleven, so the office workers nearby can plan lunch.\n\nSoup of the day: leek and potato! less than a minute ago via web  Favorite  Retweet  Reply\n',
      {},
    );
    expect(article.headline).toBe('Posting the soup of the day on X');
    expect(article.lines.filter(Boolean)[1]).toBe('Soup of the day: leek and potato!');
    expect(article.dropped.map((d) => d.reason)).toEqual(['embedded post buttons']);
  });
});

describe('a headline that carries its byline', () => {
  it('splits "Title By First Last" into headline and author, but not "Stand By Me"', () => {
    const text = (first: string) =>
      `Spring 2011\n${first}\n\nOur gift shop answers every question on X within the day.\n`;
    expect(readArticleText(text('Getting started on X By Ada Lovelace'), {})).toMatchObject({
      headline: 'Getting started on X',
      author: 'Ada Lovelace',
      published: '2011',
    });
    expect(readArticleText(text('Stand By Me'), {}).headline).toBe('Stand By Me');
  });

  it('keeps the old plain layout: a one-word first line followed by text is the title', () => {
    expect(readArticleText('Notes\nTheirs.\n', {}).headline).toBe('Notes');
  });
});
