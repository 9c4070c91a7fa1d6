import { describe, expect, it } from 'vitest';
import { audit, type PlaySummary, playsFor } from '../../../src/lib/accounts/audit.ts';
import { classify } from '../../../src/lib/accounts/classify.ts';
import { findGaps, GAP_RULES } from '../../../src/lib/accounts/gaps.ts';
import { ruleFor } from '../../../src/lib/accounts/mode-rules.ts';
import type { AccountProfileFacts, Metrics } from '../../../src/schemas/account.ts';
import { GAP_IDS } from '../../../src/schemas/gap.ts';
import { metrics } from '../../fixtures/accounts/timeline-builders.ts';
import { DEMO_MODES } from '../../support/demo-modes.ts';

const profile: AccountProfileFacts = {
  followers: '1k-9.9k',
  following: '100-999',
  followerRatio: 3,
  bio: { saysWhat: true, linksSite: true, statesObjective: true },
  siteKnown: true,
};

const gapsFor = (m: Metrics, mode: string, p: AccountProfileFacts = profile, postCount = 200) =>
  findGaps({ metrics: m, profile: p, postCount, mode: ruleFor(mode, DEMO_MODES) }).map((g) => g.id);

describe('gap rules', () => {
  it('are a table with one rule for every gap id', () => {
    expect(Object.keys(GAP_RULES)).toEqual([...GAP_IDS]);
  });

  it('finds nothing for an account that already does what its mode needs', () => {
    expect(gapsFor(metrics({ replyToOthersShare: 0.5 }), 'conversational')).toEqual([]);
  });

  it('raises a low reply share against conversational and hybrid, never against broadcast-only', () => {
    expect(gapsFor(metrics({ replyToOthersShare: 0.2 }), 'conversational')).toContain('reply-share-low');
    expect(gapsFor(metrics({ replyToOthersShare: 0.05 }), 'hybrid')).toContain('reply-share-low');
    expect(gapsFor(metrics({ replyToOthersShare: 0.2 }), 'hybrid')).not.toContain('reply-share-low');
    expect(
      gapsFor(metrics({ replyToOthersShare: 0, distinctPeoplePer100Posts: 0 }), 'broadcast-only'),
    ).not.toContain('reply-share-low');
  });

  it('raises self-promotion over 30% of written posts for a conversational account', () => {
    expect(
      gapsFor(metrics({ replyToOthersShare: 0.5, selfPromotionShare: 0.31 }), 'conversational'),
    ).toContain('self-promotion-high');
    expect(
      gapsFor(metrics({ replyToOthersShare: 0.5, selfPromotionShare: 0.3 }), 'conversational'),
    ).not.toContain('self-promotion-high');
    expect(
      gapsFor(metrics({ replyToOthersShare: 0.05, selfPromotionShare: 0.9 }), 'broadcast-only'),
    ).not.toContain('self-promotion-high');
  });

  it('raises slow replies past 6 hours for conversation and past a day for hybrid', () => {
    const slow = (minutes: number) =>
      metrics({
        replyToOthersShare: 0.5,
        replyLatency: { medianMinutes: minutes, p90Minutes: minutes, sampleSize: 10 },
      });
    expect(gapsFor(slow(361), 'conversational')).toContain('slow-replies');
    expect(gapsFor(slow(360), 'conversational')).not.toContain('slow-replies');
    expect(gapsFor({ ...slow(1000), replyToOthersShare: 0.2 }, 'hybrid')).not.toContain('slow-replies');
  });

  it('raises irregular presence under 60% of weeks or after a three-week silence', () => {
    expect(gapsFor(metrics({ replyToOthersShare: 0.5, activeWeeksShare: 0.5 }), 'conversational')).toContain(
      'irregular-presence',
    );
    expect(gapsFor(metrics({ replyToOthersShare: 0.5, longestSilenceDays: 22 }), 'conversational')).toContain(
      'irregular-presence',
    );
  });

  it('raises automation, follower chasing and missing thanks from their figures', () => {
    const m = metrics({
      replyToOthersShare: 0.5,
      automation: {
        nearDuplicateShare: 0.5,
        fixedIntervalShare: 0,
        sameMinuteShare: 0,
        templatedShoutoutShare: 0,
      },
      followerBaitShare: 0.2,
      thanksOrSupportShare: 0.01,
    });
    expect(gapsFor(m, 'conversational')).toEqual(
      expect.arrayContaining(['automation-signals', 'follower-chasing', 'no-thanks-or-support']),
    );
  });

  it('checks that deals can be found only where the business sells by offers', () => {
    const m = metrics({ replyToOthersShare: 0.05, offerShare: 0.5, searchableOfferShare: 0.1 });
    expect(gapsFor(m, 'broadcast-only')).toContain('deals-not-searchable');
    expect(gapsFor({ ...m, replyToOthersShare: 0.5, offerShare: 0.1 }, 'conversational')).not.toContain(
      'deals-not-searchable',
    );
  });

  it('raises replies crowding out offers for a broadcast-led business that mostly replies', () => {
    expect(gapsFor(metrics({ replyToOthersShare: 0.7, offerShare: 0.05 }), 'hybrid')).toContain(
      'replies-crowd-out-offers',
    );
    expect(gapsFor(metrics({ replyToOthersShare: 0.7, offerShare: 0.05 }), 'conversational')).not.toContain(
      'replies-crowd-out-offers',
    );
  });

  it('raises bio and site gaps from the profile checks', () => {
    const bare = { ...profile, bio: { saysWhat: false, linksSite: false, statesObjective: true } };
    expect(gapsFor(metrics({ replyToOthersShare: 0.5 }), 'conversational', bare)).toEqual([
      'bio-incomplete',
      'no-links-to-site',
    ]);
    expect(
      gapsFor(metrics({ replyToOthersShare: 0.05, selfPromotionShare: 0.01 }), 'broadcast-only'),
    ).toContain('no-links-to-site');
  });

  it('raises no bio or website gap when the profile is unknown, only gaps the posts show', () => {
    const unknown = { ...profile, bio: null };
    expect(gapsFor(metrics({ replyToOthersShare: 0.5 }), 'conversational', unknown)).toEqual([]);
    // The posts still tell whether the site is linked often enough, when the site is known.
    const report = findGaps({
      metrics: metrics({ replyToOthersShare: 0.05, selfPromotionShare: 0.01 }),
      profile: unknown,
      postCount: 200,
      mode: ruleFor('broadcast-only', DEMO_MODES),
    }).find((g) => g.id === 'no-links-to-site');
    expect(report?.evidence).toMatch(/^1% of written posts link the account's own site/);
    expect(report?.evidence).not.toMatch(/profile/);
  });
});

describe('audit', () => {
  const plays: PlaySummary[] = [
    {
      id: 'answer-every-question',
      title: 'Answer every public question',
      addresses: ['reply-share-low', 'slow-replies'],
    },
    {
      id: 'a-person-at-home',
      title: 'A person at home',
      addresses: ['reply-share-low', 'automation-signals'],
    },
    { id: 'unrelated', title: 'Unrelated', addresses: [] },
  ];

  it('compares the observed mode with the recommended one and names the plays for each gap', () => {
    const m = metrics({ replyToOthersShare: 0.02, distinctPeoplePer100Posts: 0.5 });
    const report = audit({
      metrics: m,
      classification: classify(m, 200, DEMO_MODES),
      profile,
      postCount: 200,
      recommendedMode: 'conversational',
      modes: DEMO_MODES,
      plays,
    });
    expect(report).toMatchObject({
      recommendedMode: 'conversational',
      observedMode: 'broadcast-only',
      modeMatches: false,
    });
    const replyGap = report.gaps.find((g) => g.id === 'reply-share-low');
    expect(replyGap?.severity).toBe('high');
    expect(replyGap?.plays).toEqual([
      { id: 'a-person-at-home', title: 'A person at home' },
      { id: 'answer-every-question', title: 'Answer every public question' },
    ]);
    expect(report.gaps.map((g) => g.severity)).toEqual(
      [...report.gaps.map((g) => g.severity)].sort(
        (a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b),
      ),
    );
  });
});

describe('the plays a gap report names', () => {
  const plays = [
    { id: 'zeta', title: 'Zeta play', addresses: ['reply-share-low'] },
    { id: 'alpha', title: 'Alpha play', addresses: ['reply-share-low'], kind: 'play' as const },
    { id: 'bad-habit', title: 'A bad habit', addresses: ['reply-share-low'], kind: 'anti-pattern' as const },
    { id: 'old', title: 'Old play', addresses: ['reply-share-low'], withdrawn: true },
    { id: 'other', title: 'Other play', addresses: ['bio-incomplete'] },
  ];

  it('are live plays that address the gap, never anti-patterns or withdrawn plays', () => {
    expect(playsFor('reply-share-low', plays).map((p) => p.id)).toEqual(['alpha', 'zeta']);
  });

  it('put the business type’s own plays first, in its order', () => {
    expect(playsFor('reply-share-low', plays, ['zeta']).map((p) => p.id)).toEqual(['zeta', 'alpha']);
  });
});
