import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/accounts/classify.ts';
import { metrics } from '../../fixtures/accounts/timeline-builders.ts';

describe('classify', () => {
  it('calls under 10% replies to others broadcast-only', () => {
    expect(classify(metrics({ replyToOthersShare: 0.0999 }), 200).mode).toBe('broadcast-only');
    expect(classify(metrics({ replyToOthersShare: 0 }), 200)).toMatchObject({
      mode: 'broadcast-only',
      confidence: 1,
    });
  });

  it('calls 10% up to 40% hybrid and 40% or more conversational', () => {
    expect(classify(metrics({ replyToOthersShare: 0.1 }), 200).mode).toBe('hybrid');
    expect(classify(metrics({ replyToOthersShare: 0.3999 }), 200).mode).toBe('hybrid');
    expect(classify(metrics({ replyToOthersShare: 0.4 }), 200).mode).toBe('conversational');
  });

  it('is half sure on a threshold and fully sure 15 points away from it', () => {
    expect(classify(metrics({ replyToOthersShare: 0.4 }), 200).confidence).toBe(0.5);
    expect(classify(metrics({ replyToOthersShare: 0.55 }), 200).confidence).toBe(1);
    expect(classify(metrics({ replyToOthersShare: 0.25 }), 200).confidence).toBe(1);
  });

  it('classes many replies to very few people as hybrid and says why', () => {
    const c = classify(
      metrics({ replyToOthersShare: 0.6, distinctPeoplePer100Posts: 2, distinctPeopleRepliedTo: 4 }),
      200,
    );
    expect(c.mode).toBe('hybrid');
    expect(c.reasons.map((r) => r.code)).toContain('few-people');
  });

  it('lowers confidence on a small sample and on one-off replies, with reasons', () => {
    const small = classify(metrics({ replyToOthersShare: 0.7 }), 10);
    expect(small.confidence).toBe(0.68);
    expect(small.reasons.map((r) => r.code)).toContain('small-sample');
    const oneOff = classify(metrics({ replyToOthersShare: 0.7, repeatPartnerShare: 0 }), 200);
    expect(oneOff.confidence).toBe(0.8);
    expect(oneOff.reasons.map((r) => r.code)).toContain('one-off-replies');
  });

  it('names automation as a reason, more sure for broadcast and less for conversation', () => {
    const automated = {
      nearDuplicateShare: 0.9,
      fixedIntervalShare: 0.9,
      sameMinuteShare: 1,
      templatedShoutoutShare: 0,
    };
    const bot = classify(metrics({ replyToOthersShare: 0.05, automation: automated }), 300);
    expect(bot.reasons.find((r) => r.code === 'automation')?.text).toContain('90% repeated texts');
    expect(bot.confidence).toBe(0.85); // 0.75 for 5% replies, plus 0.1
    expect(classify(metrics({ replyToOthersShare: 0.7, automation: automated }), 300).confidence).toBe(0.8);
  });

  it('states the figure and the thresholds in the first reason', () => {
    expect(classify(metrics({ replyToOthersShare: 0.23 }), 200).reasons[0]?.text).toBe(
      '23% of posts reply to other people (broadcast-only under 10%, conversational from 40%).',
    );
  });
});
