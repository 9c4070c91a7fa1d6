import { describe, expect, it } from 'vitest';
import { anonymizeTimeline } from '../../../src/lib/accounts/anonymize.ts';
import {
  activity,
  fixedIntervalShare,
  measure,
  nearDuplicateShare,
  sameMinuteShare,
} from '../../../src/lib/accounts/measure.ts';
import { DAY, HOUR, MONDAY, post, reply, timeline } from '../../fixtures/accounts/timeline-builders.ts';

const alice = { id: '2000000001', handle: 'alice_a' };
const bob = { id: '2000000002', handle: 'bob_b' };
const carol = { id: '2000000003', handle: 'carol_c' };
const dave = { id: '2000000004', handle: 'dave_d' };

/**
 * Ten posts over three ISO weeks (answers worked out by hand in the comments of each test):
 * 3 originals, 5 replies (4 to others, 1 own thread), 1 repost, 1 quote.
 */
function tenPosts() {
  return timeline([
    post({
      at: MONDAY,
      text: 'Fresh rye bread today at 10% off before noon #bakery',
      hashtags: 1,
      links: [{ url: 'https://self-bakery.example/rye', media: false }],
    }),
    reply(MONDAY + 0.5 * HOUR, alice, 'Thanks Alice, see you soon', 30),
    reply(MONDAY + 5 * HOUR, bob, 'Sorry to hear that, DM us', 120),
    post({ at: MONDAY + DAY + HOUR, kind: 'repost', text: 'RT @news_desk: market news' }),
    reply(MONDAY + 2 * DAY + HOUR, alice, 'Glad it worked out', 60),
    post({
      at: MONDAY + 2 * DAY + 2 * HOUR,
      kind: 'reply',
      text: 'Part two of the story',
      replyToUserId: '1000000001',
      replyToHandle: 'self_account',
      threadStartedByAccount: true,
    }),
    post({
      at: MONDAY + 4 * DAY + 9 * HOUR,
      kind: 'quote',
      text: 'Worth reading this piece',
      links: [{ url: 'https://news-elsewhere.example/story', media: false }],
    }),
    post({ at: MONDAY + 7 * DAY, text: 'Morning bake in pictures today', mediaCount: 1 }),
    post({
      at: MONDAY + 19 * DAY,
      text: 'Lovely to meet @carol_c and @dave_d at the market',
      mentions: [
        { userId: carol.id, handle: carol.handle },
        { userId: dave.id, handle: dave.handle },
      ],
    }),
    reply(MONDAY + 19 * DAY + HOUR, carol, 'Thank you Carol', 10),
  ]);
}

describe('measure', () => {
  const anonymized = anonymizeTimeline(tenPosts(), { salt: 'unit-test-salt-0123456789' });
  const m = measure(anonymized);

  it('shares the posts out by kind: 3 original, 5 replies, 1 repost, 1 quote of 10', () => {
    expect(m.mix).toEqual({ original: 0.3, reply: 0.5, repost: 0.1, quote: 0.1 });
  });

  it('counts replies to other people apart from replies in the account’s own thread', () => {
    expect(m.replyToOthersShare).toBe(0.4); // 4 of 10
    expect(m.selfThreadShare).toBe(0.1); // 1 of 10
  });

  it('measures links over written posts and tells the own site from other sites', () => {
    expect(m.linkShare).toBe(0.2222); // 2 of 9 written posts
    expect(m.ownSiteLinkShare).toBe(0.5); // 1 of those 2
    expect(m.selfPromotionShare).toBe(0.1111); // 1 of 9
    expect(m.mediaShare).toBe(0.1111);
  });

  it('counts mentions without the person a reply answers', () => {
    expect(m.mentionsPerPost).toBe(0.2222); // the two tags in one post, over 9 written posts
  });

  it('counts distinct people, back-and-forth and threads started by others', () => {
    expect(m.distinctPeopleRepliedTo).toBe(3); // alice, bob, carol
    expect(m.distinctPeoplePer100Posts).toBe(30);
    expect(m.repeatPartnerShare).toBe(0.25); // alice answered twice: 1 of 4
    expect(m.repliesInOthersThreadsShare).toBe(1);
  });

  it('takes the median and 90th percentile of reply latency', () => {
    expect(m.replyLatency).toEqual({ medianMinutes: 45, p90Minutes: 120, sampleSize: 4 }); // 10, 30, 60, 120
  });

  it('measures presence: posts per active day, active days per week, silences', () => {
    expect(m.postsPerActiveDay).toBe(1.67); // 10 posts on 6 days
    expect(m.activeDaysPerWeek).toBe(2.1); // 6 days over a 20-day window (20 / 7 weeks)
    expect(m.activeWeeksShare).toBe(1); // all three ISO weeks
    expect(m.longestSilenceDays).toBe(11); // day 7 to day 19
  });

  it('finds the offer, judges it searchable, and counts thanks and support', () => {
    expect(m.offerShare).toBe(0.1111);
    expect(m.searchableOfferShare).toBe(1);
    expect(m.thanksOrSupportShare).toBe(0.4444); // 4 of 9
    expect(m.followerBaitShare).toBe(0);
  });

  it('sees no automation in ten hand-written posts', () => {
    expect(m.automation).toEqual({
      nearDuplicateShare: 0,
      fixedIntervalShare: 0,
      sameMinuteShare: 0,
      templatedShoutoutShare: 0,
    });
  });

  it('lays posts out on a Monday-first weekday-by-hour grid and counts posts per ISO week', () => {
    const a = activity(anonymized);
    expect(a.grid[0]?.[9]).toBe(0.3); // Monday 09:00 twice (two Mondays) and 09:30
    expect(a.grid[0]?.[14]).toBe(0.1);
    expect(a.grid.flat().reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
    expect(a.weekly).toEqual([
      { week: '2026-W08', posts: 7 },
      { week: '2026-W09', posts: 1 },
      { week: '2026-W10', posts: 2 },
    ]);
  });

  it('leaves own-site figures unknown when the site is unknown', () => {
    const noSite = measure(
      anonymizeTimeline(timeline(tenPosts().posts, { siteUrl: null }), { salt: 'unit-test-salt-0123456789' }),
    );
    expect(noSite.ownSiteLinkShare).toBeNull();
    expect(noSite.selfPromotionShare).toBeNull();
  });
});

describe('automation signals', () => {
  const base = anonymizeTimeline(
    timeline(
      Array.from({ length: 12 }, (_, i) =>
        post({ at: MONDAY + i * 2 * HOUR, text: `Daily tip number ${i}: post at the same time every day` }),
      ),
    ),
    { salt: 'unit-test-salt-0123456789' },
  ).posts;

  it('calls texts that differ only in numbers near-duplicates', () => {
    expect(nearDuplicateShare(base)).toBe(1);
  });

  it('finds a fixed two-hour schedule and a favourite minute', () => {
    expect(fixedIntervalShare(base)).toBe(1); // 11 gaps of 120 minutes
    expect(sameMinuteShare(base)).toBe(0); // under 20 posts says nothing
  });

  it('does not call different texts near-duplicates', () => {
    const varied = anonymizeTimeline(
      timeline([
        post({ at: MONDAY, text: 'Sourdough is back on the shelves this morning' }),
        post({ at: MONDAY + HOUR, text: 'We are closed on Sunday for a family wedding' }),
        post({ at: MONDAY + 2 * HOUR, text: 'Our new oven arrives next week, wish us luck' }),
      ]),
      { salt: 'unit-test-salt-0123456789' },
    ).posts;
    expect(nearDuplicateShare(varied)).toBe(0);
  });
});
