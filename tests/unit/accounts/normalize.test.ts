import { describe, expect, it } from 'vitest';
import { hostOf, isPostLink, linkKind } from '../../../src/lib/accounts/links.ts';
import { normalizeApiTimeline } from '../../../src/lib/accounts/normalize-api.ts';
import {
  normalizeArchiveTimeline,
  parseArchiveDate,
  parseYtdScript,
} from '../../../src/lib/accounts/normalize-archive.ts';
import { snowflakeAt, snowflakeTime } from '../../../src/lib/accounts/snowflake.ts';
import {
  bioChecks,
  FOLLOWER_BAIT_CUE,
  OFFER_CUE,
  SUPPORT_CUE,
  templateText,
} from '../../../src/lib/accounts/text-features.ts';
import { PlaybookError } from '../../../src/lib/errors.ts';
import type { XTimelinePage } from '../../../src/schemas/x-api.ts';

const SELF = '500';
const at = (iso: string) => Date.parse(iso);
const sf = (iso: string) => snowflakeAt(at(iso));

describe('normalizeApiTimeline', () => {
  const root = sf('2026-02-20T08:00:00Z');
  const parent = sf('2026-02-20T09:00:00Z');
  const page: XTimelinePage = {
    data: [
      {
        id: sf('2026-02-20T12:00:00Z'),
        text: 'RT @pal: hi',
        created_at: '2026-02-20T12:00:00.000Z',
        referenced_tweets: [{ type: 'retweeted', id: '7' }],
      },
      {
        id: sf('2026-02-20T11:00:00Z'),
        text: 'look',
        created_at: '2026-02-20T11:00:00.000Z',
        referenced_tweets: [{ type: 'quoted', id: '8' }],
        entities: { urls: [{ url: 'https://t.co/q', expanded_url: 'https://x.com/pal/status/8' }] },
      },
      {
        id: sf('2026-02-20T10:30:00Z'),
        text: '@pal yes',
        created_at: '2026-02-20T10:30:00.000Z',
        in_reply_to_user_id: '600',
        conversation_id: root,
        referenced_tweets: [{ type: 'replied_to', id: parent }],
      },
      {
        id: root,
        text: 'photo and link https://t.co/a https://t.co/p',
        created_at: '2026-02-20T08:00:00.000Z',
        conversation_id: root,
        attachments: { media_keys: ['3_1'] },
        entities: {
          urls: [
            {
              url: 'https://t.co/a',
              expanded_url: 'https://bit.ly/x',
              unwound_url: 'https://shop.example/item',
            },
            {
              url: 'https://t.co/p',
              expanded_url: 'https://x.com/me/status/1/photo/1',
              media_key: '3_1',
              display_url: 'pic.x.com/p',
            },
          ],
        },
      },
    ],
    includes: {
      users: [{ id: '600', username: 'pal', name: 'Pal' }],
      tweets: [{ id: parent, text: 'q', author_id: '600', created_at: '2026-02-20T09:00:00.000Z' }],
    },
    meta: { result_count: 4 },
  };
  const t = normalizeApiTimeline({
    user: {
      id: SELF,
      username: 'me',
      name: 'Me',
      url: 'https://t.co/s',
      entities: { url: { urls: [{ url: 'https://t.co/s', expanded_url: 'https://shop.example' }] } },
    },
    pages: [page, page],
    fetchedAt: at('2026-03-01T00:00:00Z'),
    complete: true,
  });

  it('orders posts oldest first and drops a post repeated across pages', () => {
    expect(t.posts.map((p) => p.kind)).toEqual(['original', 'reply', 'quote', 'repost']);
  });

  it('reads the reply target, the parent time and who started the thread', () => {
    expect(t.posts[1]).toMatchObject({
      replyToUserId: '600',
      replyToHandle: 'pal',
      replyToCreatedAt: at('2026-02-20T09:00:00Z'),
      threadStartedByAccount: true,
    });
  });

  it('keeps website links (unwound), counts media once and ignores links to posts', () => {
    expect(t.posts[0]).toMatchObject({
      links: [{ url: 'https://shop.example/item', media: false }],
      mediaCount: 1,
    });
    expect(t.posts[2]?.links).toEqual([]);
  });

  it('takes the profile site from the expanded url entity', () => {
    expect(t.profile).toMatchObject({ siteUrl: 'https://shop.example', hasWebsite: true });
  });
});

describe('archive parsing', () => {
  it('parses X archive dates with their offset', () => {
    expect(parseArchiveDate('Fri Feb 20 09:10:58 +0000 2026')).toBe(at('2026-02-20T09:10:58Z'));
    expect(parseArchiveDate('Fri Feb 20 09:10:58 +0130 2026')).toBe(at('2026-02-20T07:40:58Z'));
    expect(parseArchiveDate('yesterday')).toBeNull();
  });

  it('reads the window.YTD prefix and refuses a file cut short, naming it', () => {
    expect(parseYtdScript('window.YTD.tweets.part2 = [ {"a": 1} ]', 'x.js')).toEqual({
      name: 'tweets',
      part: 2,
      entries: [{ a: 1 }],
    });
    expect(() => parseYtdScript('window.YTD.tweets.part0 = [ {"a": ', 'data/tweets.js')).toThrow(
      /data\/tweets\.js is not complete JSON/,
    );
    expect(() => parseYtdScript('{"a": 1}', 'data/tweets.js')).toThrow(PlaybookError);
  });

  it('tells reposts by their RT @ prefix, replies by the reply id and quotes by a post link', () => {
    const t = normalizeArchiveTimeline(
      {
        tweets: [
          { id_str: '1', created_at: 'Mon Feb 16 09:00:00 +0000 2026', full_text: 'RT @pal: news' },
          {
            id_str: '2',
            created_at: 'Mon Feb 16 10:00:00 +0000 2026',
            full_text: '@pal yes',
            in_reply_to_status_id_str: sf('2026-02-16T09:30:00Z'),
            in_reply_to_user_id_str: '600',
            in_reply_to_screen_name: 'pal',
          },
          {
            id_str: '3',
            created_at: 'Mon Feb 16 11:00:00 +0000 2026',
            full_text: 'so true',
            entities: { urls: [{ expanded_url: 'https://twitter.com/pal/status/99' }] },
          },
          {
            id_str: '4',
            created_at: 'Mon Feb 16 12:00:00 +0000 2026',
            full_text: 'hello',
            extended_entities: { media: [{ type: 'photo' }, { type: 'photo' }] },
          },
        ],
        account: { accountId: SELF, username: 'me' },
        profile: { description: { website: 'https://t.co/xyz' } },
        importedAt: at('2026-03-01T00:00:00Z'),
        siteUrl: null,
      },
      'tweets.js',
    );
    expect(t.posts.map((p) => p.kind)).toEqual(['repost', 'reply', 'quote', 'original']);
    expect(t.posts[1]?.replyToCreatedAt).toBe(at('2026-02-16T09:30:00Z'));
    expect(t.posts[3]?.mediaCount).toBe(2);
    expect(t.profile).toMatchObject({ siteUrl: null, hasWebsite: true, followers: null });
  });
});

describe('links and text cues', () => {
  it('classifies links as own site, other site or media', () => {
    expect(linkKind('https://www.shop.example/a', false, 'shop.example')).toBe('own-site');
    expect(linkKind('https://blog.shop.example/a', false, 'shop.example')).toBe('own-site');
    expect(linkKind('https://shop.example.evil/a', false, 'shop.example')).toBe('other-site');
    expect(linkKind('https://pic.x.com/abc', false, null)).toBe('media');
    expect(hostOf('WWW.Example.COM/path')).toBe('example.com');
    expect(isPostLink('https://x.com/someone/status/123')).toBe(true);
  });

  it('reads ids as snowflake times only when they are snowflakes', () => {
    expect(snowflakeTime(sf('2026-02-20T09:00:00Z'))).toBe(at('2026-02-20T09:00:00Z'));
    expect(snowflakeTime('12345')).toBeNull();
  });

  it('finds offers, support and follower bait by their cues', () => {
    expect(OFFER_CUE.test('20% off all boards this weekend')).toBe(true);
    expect(OFFER_CUE.test('Book a table for Friday')).toBe(true);
    expect(OFFER_CUE.test('We had a lovely day')).toBe(false);
    expect(SUPPORT_CUE.test('Sorry to hear that, DM us your order number')).toBe(true);
    expect(FOLLOWER_BAIT_CUE.test('Follow back everyone who likes this #followback')).toBe(true);
  });

  it('reduces text to a template without names, links and numbers', () => {
    expect(templateText('@pal Daily tip #12: Post at 9! https://t.co/x')).toBe('daily tip post at');
  });

  it('checks a bio for what, where and what next', () => {
    expect(bioChecks('Plumbing and heating for the north side. Family run.', false)).toEqual({
      saysWhat: true,
      linksSite: false,
      statesObjective: false,
    });
    expect(bioChecks('Bakery. Order at bakery.com', false)).toEqual({
      saysWhat: false,
      linksSite: true,
      statesObjective: true,
    });
  });
});
