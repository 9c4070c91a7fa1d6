import { describe, expect, it } from 'vitest';
import {
  articleStance,
  compileLexicon,
  computeSignals,
  meanStance,
  stanceLabel,
} from '../../src/lib/content/signals/signals.ts';

describe('passage signals', () => {
  it('finds the topics a passage touches from the lexicon', () => {
    const { topics } = computeSignals(
      'Put your business name and site in your Twitter bio, not your Klout score.',
    );
    expect(topics).toEqual(expect.arrayContaining(['bio-profile', 'vanity-metrics', 'drive-to-site']));
    expect(topics).not.toContain('automation');
  });

  it('scores a broadcast passage negative with the cues that produced it', () => {
    const signals = computeSignals('Just broadcast deals one-way for buyers who search the keywords.');
    // broadcast -1, one-way -1, deals -0.6, keywords -0.4 → sum -3 → tanh(-1.5) = -0.905
    expect(signals.stance).toBe(-0.91);
    expect(signals.cues.map((c) => c.cue).sort()).toEqual(['broadcast', 'deals', 'keywords', 'one-way']);
  });

  it('scores a conversational passage positive', () => {
    const signals = computeSignals('Listen, reply and build relationships through conversation.');
    // listening 0.7 + replying 0.7 + relationships 0.8 + conversation 1 = 3.2 → tanh(1.6) = 0.922
    expect(signals.stance).toBe(0.92);
    expect(stanceLabel(signals.stance)).toBe('conversational');
  });

  it('gives 0 and no cues to a passage without any cue', () => {
    expect(computeSignals('The weather was fine on Tuesday.')).toEqual({ topics: [], stance: 0, cues: [] });
  });

  it('matches whole words only, so "bio" does not fire inside "biology"', () => {
    expect(computeSignals('A biology lesson.').topics).not.toContain('bio-profile');
    expect(computeSignals('Read the bio.').topics).toContain('bio-profile');
  });

  it('can be extended with a topic without changing code', () => {
    const lexicon = compileLexicon(
      [{ id: 'pricing', label: 'Pricing', description: 'Prices.', patterns: ['pric\\w*'] }],
      [{ pattern: 'ask', label: 'asking', weight: 1 }],
    );
    expect(computeSignals('We ask about pricing.', lexicon)).toEqual({
      topics: ['pricing'],
      stance: 0.46,
      cues: [{ cue: 'asking', weight: 1 }],
    });
  });
});

describe('stance read the way a careful reader reads it', () => {
  it('counts a denied cue the other way: "not a broadcast channel" speaks for conversation', () => {
    // broadcast -1 denied (×-0.8) → +0.8 → tanh(0.4) = 0.38
    expect(computeSignals('Twitter is a communication channel, not a broadcast channel.')).toMatchObject({
      stance: 0.38,
      cues: [{ cue: 'not broadcast', weight: 0.8 }],
    });
  });

  it('counts a limited cue the other way at half strength: "don\'t just push out deals"', () => {
    // pushing out -0.6 and deals -0.6, each limited (×-0.5) → +0.3 + 0.3 → tanh(0.3) = 0.29
    const signals = computeSignals("Don't just push out deals.");
    expect(signals.stance).toBe(0.29);
    expect(signals.cues).toEqual(
      expect.arrayContaining([
        { cue: 'not just deals', weight: 0.3 },
        { cue: 'not just pushing messages out', weight: 0.3 },
      ]),
    );
  });

  it('weighs what follows "but" over what it concedes', () => {
    // specials -0.6 conceded (×0.5) = -0.3; replying 0.7 stood by (×1.5) = 1.05 → tanh(0.375) = 0.36
    const signals = computeSignals('We used to post specials, but now we reply to every question.');
    expect(signals.stance).toBe(0.36);
    expect(signals.cues).toEqual(
      expect.arrayContaining([
        { cue: 'specials', weight: -0.3 },
        { cue: 'replying', weight: 1.05 },
      ]),
    );
  });

  it('treats "not X but Y" as a correction of X, not a concession', () => {
    // broadcast denied → +0.8 (no concession); relationships 0.8 × 1.5 = 1.2 → tanh(1) = 0.76
    expect(computeSignals('It is not a broadcast tool but a way to build relationships.').stance).toBe(0.76);
  });

  it('knows the plain words of broadcasting: specials, discounts, time-limited offers', () => {
    // specials -0.6, time-limited offers -0.6, discounts -0.6 → tanh(-0.9) = -0.72
    const signals = computeSignals("Post this week's specials, a time-limited offer and a discount code.");
    expect(signals.stance).toBe(-0.72);
    expect(signals.cues.map((c) => c.cue).sort()).toEqual(['discounts', 'specials', 'time-limited offers']);
  });

  it('knows the plain words of conversation: listening, talking with people, two-way, answering', () => {
    // listening 0.7, talking with people 0.7, two-way 1, answering questions 0.6 → tanh(1.5) = 0.91
    const signals = computeSignals(
      'Listen first, talk with people, keep it two-way and answer their questions.',
    );
    expect(signals.stance).toBe(0.91);
    expect(signals.cues.map((c) => c.cue).sort()).toEqual([
      'answering questions',
      'listening',
      'talking with people',
      'two-way',
    ]);
  });

  it('turns the cues of a sentence that finds fault with them: "… is not good use of your time"', () => {
    // discounts -0.6, faulted (×-0.8) → +0.48 → tanh(0.24) = 0.24
    expect(computeSignals('Shoving discount codes at followers is not good use of your time.')).toMatchObject(
      {
        stance: 0.24,
        cues: [{ cue: 'not discounts', weight: 0.48 }],
      },
    );
  });

  it('asserts less in a question, and reads "thanks to" as a preposition', () => {
    // deals -0.6 asked (×0.5) = -0.3 → tanh(-0.15) = -0.15
    expect(computeSignals('Should you post deals?').stance).toBe(-0.15);
    expect(computeSignals('Thanks to the new menu, we sold out.').cues).toEqual([]);
  });

  it('does not take "only one way to do it" for one-way broadcasting', () => {
    expect(computeSignals('There is only one way to find out.').cues).toEqual([]);
    expect(computeSignals('It became a one-way channel.').cues).toEqual([{ cue: 'one-way', weight: -1 }]);
  });

  it('reads "no substitute for", "not to mention" and "not including" as no denial', () => {
    expect(computeSignals('Scheduled posts are no substitute for a real conversation.').cues).toEqual([
      { cue: 'conversation', weight: 1 },
    ]);
    expect(computeSignals('Post ten times a day, not including replies.').cues).toEqual([
      { cue: 'replying', weight: 0.7 },
    ]);
    expect(computeSignals('Not to mention the deals.').cues).toEqual([{ cue: 'deals', weight: -0.6 }]);
  });

  it('reads a denied cue in an "if" sentence as what the author wants: "If you don\'t reply, you\'re not social"', () => {
    // replying 0.7 lacking (×0.5) = 0.35, listening 0.7 × 0.5 = 0.35 → tanh(0.35) = 0.34
    const signals = computeSignals("If you don't listen and don't reply, you're not social.");
    expect(signals.cues).toEqual([
      { cue: 'replying (missed when absent)', weight: 0.35 },
      { cue: 'listening (missed when absent)', weight: 0.35 },
    ]);
    expect(signals.stance).toBe(0.34);
    // The same words as a statement still deny.
    expect(computeSignals("We don't reply.").stance).toBeLessThan(0);
  });

  it('reads "automated posts are not conversations" as a fault found with automation, "Twitter is not conversational" as a denial', () => {
    // automation -0.4 faulted (×-0.8) = +0.32; the denied standard is not counted again → tanh(0.16)
    expect(computeSignals('Automated shout-outs are not conversations.').cues).toEqual([
      { cue: 'not automation', weight: 0.32 },
    ]);
    expect(computeSignals('Deals are not engaging.').stance).toBeGreaterThan(0);
    // No cue before the denial: the cue itself is denied.
    expect(computeSignals('Twitter is not a conversational medium.').cues).toEqual([
      { cue: 'not conversation', weight: -0.8 },
    ]);
    // A denial that is no cue of the other side finds no fault: "engagement" stays as said.
    expect(computeSignals('Engagement is not easy.').cues).toEqual([{ cue: 'engagement', weight: 0.7 }]);
  });

  it("weighs a report's findings and a temptation as someone else's way, not the author's", () => {
    // broadcast -1 reported (×0.5) → tanh(-0.25) = -0.24
    expect(computeSignals('A new study found that most brands broadcast.').stance).toBe(-0.24);
    // automation -0.4 faulted (×-0.8) → +0.32 → tanh(0.16) = 0.16
    expect(computeSignals('The temptation is to automate everything.').stance).toBe(0.16);
  });
});

describe('article stance', () => {
  const passage = (text: string) => ({ signals: computeSignals(text) });

  it('weighs each passage by how much it says and ignores passages with no cue', () => {
    const passages = [
      passage('Start a conversation.'), // conversation 1 → stance 0.46, strength 1
      passage('Just broadcast deals one-way for buyers who search the keywords.'), // -0.91, strength 3
      passage('The shop opened in 1998.'), // no cue: silent
    ];
    // (0.46 × 1 + -0.91 × 3) / 4 = -0.5675
    expect(articleStance(passages)).toBe(-0.57);
    expect(meanStance(passages)).toBe(-0.15);
  });

  it('counts a headline as one more passage, and gives 0 when nothing speaks', () => {
    // passage: listening 0.7 → 0.34; title: conversation 1 → 0.46; (0.34×0.7 + 0.46×1) / 1.7 = 0.41
    expect(articleStance([passage('Listen to them.')], 'Why conversation wins')).toBe(0.41);
    expect(articleStance([passage('The shop opened in 1998.')])).toBe(0);
  });
});
