import { describe, expect, it } from 'vitest';
import {
  anonymizeTimeline,
  countBucket,
  followerRatio,
  personPlaceholder,
  pseudonymFor,
} from '../../../src/lib/accounts/anonymize.ts';
import { HOUR, MONDAY, post, reply, timeline } from '../../fixtures/accounts/timeline-builders.ts';

const SALT = 'unit-test-salt-0123456789';

describe('pseudonyms', () => {
  it('are two words and four hex digits, the same for the same id and salt', () => {
    const p = pseudonymFor('1000000001', SALT);
    expect(p).toMatch(/^[a-z]+-[a-z]+-[0-9a-f]{4}$/);
    expect(pseudonymFor('1000000001', SALT)).toBe(p);
  });

  it('change with the salt and with the account id', () => {
    const p = pseudonymFor('1000000001', SALT);
    expect(pseudonymFor('1000000001', `${SALT}x`)).not.toBe(p);
    expect(pseudonymFor('1000000002', SALT)).not.toBe(p);
  });

  it('give each person a stable placeholder keyed by the salt', () => {
    expect(personPlaceholder('42', SALT)).toBe(personPlaceholder('42', SALT));
    expect(personPlaceholder('42', SALT)).toMatch(/^person-[0-9a-f]{8}$/);
    expect(personPlaceholder('42', SALT)).not.toBe(personPlaceholder('42', 'another-salt-0123456'));
  });

  it('refuse to work without a salt', () => {
    expect(() => anonymizeTimeline(timeline([]), { salt: '' })).toThrow(/salt/);
  });
});

describe('anonymizeTimeline', () => {
  const friend = { id: '2000000009', handle: 'friend_f' };
  const t = timeline([
    post({
      at: MONDAY + 3 * HOUR + 17 * 60_000,
      text: 'Visit https://self-bakery.example/shop now',
      links: [
        { url: 'https://www.self-bakery.example/shop', media: false },
        { url: 'https://elsewhere.example/', media: false },
      ],
      mediaCount: 1,
    }),
    reply(MONDAY + 5 * HOUR, friend, '@other_person thanks both!', 45),
    post({
      at: MONDAY + 6 * HOUR,
      kind: 'reply',
      text: '@self_account more',
      replyToUserId: '1000000001',
      replyToHandle: 'self_account',
      threadStartedByAccount: true,
    }),
  ]);
  const a = anonymizeTimeline(t, { salt: SALT });

  it('reduces links to their kind: own site (www. and all), other site, media', () => {
    expect(a.posts[0]?.links).toEqual(['own-site', 'other-site', 'media']);
  });

  it('coarsens time to weekday, hour, minute past the hour, ISO week and a day number', () => {
    expect(a.posts[0]).toMatchObject({
      weekday: 0,
      hour: 12,
      minute: 17,
      week: '2026-W08',
      day: 0,
      minutesSincePrevious: null,
    });
    expect(a.posts[1]?.minutesSincePrevious).toBe(103);
  });

  it('tells replies to others from replies to the account’s own thread', () => {
    expect(a.posts[1]).toMatchObject({ replyTarget: 'other', inOthersThread: true, replyLatencyMinutes: 45 });
    expect(a.posts[1]?.replyToPerson).toBe(personPlaceholder(friend.id, SALT));
    expect(a.posts[2]).toMatchObject({ replyTarget: 'self', replyToPerson: null, replyLatencyMinutes: null });
  });

  it('does not count the people a reply is addressed to as mentions', () => {
    expect(a.posts[1]?.mentions).toEqual([]);
  });

  it('buckets follower counts and rounds the ratio', () => {
    expect(a.profile).toMatchObject({
      followers: '1k-9.9k',
      following: '100-999',
      followerRatio: 5,
      siteKnown: true,
    });
    expect(countBucket(99)).toBe('0-99');
    expect(countBucket(1_000_000)).toBe('1M+');
    expect(followerRatio(1234, 321)).toBe(3.8);
    expect(followerRatio(50_000, 400)).toBe(125);
    expect(followerRatio(10, 0)).toBeNull();
  });

  it('keeps the window to months and the fetch to the day', () => {
    expect(a.window).toMatchObject({ from: '2026-02', to: '2026-02', weeks: ['2026-W08'], days: 1 });
    expect(a.fetchedOn).toBe('2026-03-02');
  });
});
