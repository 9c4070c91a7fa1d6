import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/accounts/classify.ts';
import { type ModeRule, modeRuleProblems } from '../../../src/lib/accounts/mode-rules.ts';
import { metrics } from '../../fixtures/accounts/timeline-builders.ts';
import { DEMO_MODES } from '../../support/demo-modes.ts';

describe('classify', () => {
  it('calls under 10% replies to others broadcast-only', () => {
    expect(classify(metrics({ replyToOthersShare: 0.0999 }), 200, DEMO_MODES).mode).toBe('broadcast-only');
    expect(classify(metrics({ replyToOthersShare: 0 }), 200, DEMO_MODES)).toMatchObject({
      mode: 'broadcast-only',
      confidence: 1,
    });
  });

  it('calls 10% up to 40% hybrid and 40% or more conversational', () => {
    expect(classify(metrics({ replyToOthersShare: 0.1 }), 200, DEMO_MODES).mode).toBe('hybrid');
    expect(classify(metrics({ replyToOthersShare: 0.3999 }), 200, DEMO_MODES).mode).toBe('hybrid');
    expect(classify(metrics({ replyToOthersShare: 0.4 }), 200, DEMO_MODES).mode).toBe('conversational');
  });

  it('is half sure on a threshold and fully sure 15 points away from it', () => {
    expect(classify(metrics({ replyToOthersShare: 0.4 }), 200, DEMO_MODES).confidence).toBe(0.5);
    expect(classify(metrics({ replyToOthersShare: 0.55 }), 200, DEMO_MODES).confidence).toBe(1);
    expect(classify(metrics({ replyToOthersShare: 0.25 }), 200, DEMO_MODES).confidence).toBe(1);
  });

  it('classes many replies to very few people as hybrid and says why', () => {
    const c = classify(
      metrics({ replyToOthersShare: 0.6, distinctPeoplePer100Posts: 2, distinctPeopleRepliedTo: 4 }),
      200,
      DEMO_MODES,
    );
    expect(c.mode).toBe('hybrid');
    expect(c.reasons.map((r) => r.code)).toContain('few-people');
  });

  it('lowers confidence on a small sample and on one-off replies, with reasons', () => {
    const small = classify(metrics({ replyToOthersShare: 0.7 }), 10, DEMO_MODES);
    expect(small.confidence).toBe(0.68);
    expect(small.reasons.map((r) => r.code)).toContain('small-sample');
    const oneOff = classify(metrics({ replyToOthersShare: 0.7, repeatPartnerShare: 0 }), 200, DEMO_MODES);
    expect(oneOff.confidence).toBe(0.8);
    expect(oneOff.reasons.map((r) => r.code)).toContain('one-off-replies');
  });

  it('says no reply goes back to anyone as "none", never "only 0%"', () => {
    const reason = (share: number) =>
      classify(metrics({ replyToOthersShare: 0.7, repeatPartnerShare: share }), 200, DEMO_MODES).reasons.find(
        (r) => r.code === 'one-off-replies',
      )?.text;
    expect(reason(0)).toBe(
      'Replies are one-off: none go to someone answered before, so there is little back-and-forth.',
    );
    expect(reason(0.004)).toMatch(/: none go to/);
    expect(reason(0.03)).toMatch(/: only 3% go to/);
  });

  it('names automation as a reason, more sure for broadcast and less for conversation', () => {
    const automated = {
      nearDuplicateShare: 0.9,
      fixedIntervalShare: 0.9,
      sameMinuteShare: 1,
      templatedShoutoutShare: 0,
    };
    const bot = classify(metrics({ replyToOthersShare: 0.05, automation: automated }), 300, DEMO_MODES);
    expect(bot.reasons.find((r) => r.code === 'automation')?.text).toContain('90% repeated texts');
    expect(bot.confidence).toBe(0.85); // 0.75 for 5% replies, plus 0.1
    expect(
      classify(metrics({ replyToOthersShare: 0.7, automation: automated }), 300, DEMO_MODES).confidence,
    ).toBe(0.8);
  });

  it('states the figure and the thresholds in the first reason', () => {
    expect(classify(metrics({ replyToOthersShare: 0.23 }), 200, DEMO_MODES).reasons[0]?.text).toBe(
      '23% of posts reply to other people (broadcast-only under 10%, hybrid 10–40%, conversational from 40%).',
    );
  });
});

describe('classify against modes that are content', () => {
  const withCommunity: ModeRule[] = [
    ...DEMO_MODES,
    {
      id: 'community',
      title: 'Community',
      accounts: { replyShareFrom: 0.7, targets: { offers: 'when-frequent' } },
    },
  ];

  it('gives a fourth mode its own band, cut from the top of the one below', () => {
    expect(classify(metrics({ replyToOthersShare: 0.75 }), 200, withCommunity).mode).toBe('community');
    expect(classify(metrics({ replyToOthersShare: 0.65 }), 200, withCommunity).mode).toBe('conversational');
    expect(classify(metrics({ replyToOthersShare: 0.75 }), 200, DEMO_MODES).mode).toBe('conversational');
    expect(classify(metrics({ replyToOthersShare: 0.75 }), 200, withCommunity).reasons[0]?.text).toContain(
      'conversational 40–70%, community from 70%',
    );
  });

  it('moves the thresholds when the mode files move them', () => {
    const stricter = DEMO_MODES.map((mode) =>
      mode.id === 'conversational' ? { ...mode, accounts: { ...mode.accounts, replyShareFrom: 0.5 } } : mode,
    );
    expect(classify(metrics({ replyToOthersShare: 0.45 }), 200, stricter).mode).toBe('hybrid');
  });

  it('reports mode rules that cannot make bands: no mode at 0, a repeated start, a fallback to nowhere', () => {
    const rule = (id: string, replyShareFrom: number, otherwise?: string) => ({
      id,
      file: `modes/${id}.mdx`,
      data: {
        accounts: {
          replyShareFrom,
          targets: { offers: 'always' as const },
          ...(otherwise ? { breadth: { minPeoplePer100: 5, otherwise } } : {}),
        },
      },
    });
    const problems = modeRuleProblems([rule('a', 0.1), rule('b', 0.1, 'nowhere')]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'modes/b.mdx accounts.replyShareFrom',
      'modes/b.mdx accounts.breadth.otherwise',
      'modes/a.mdx accounts.replyShareFrom',
    ]);
    expect(modeRuleProblems([rule('a', 0), rule('b', 0.4, 'a')])).toEqual([]);
  });
});
