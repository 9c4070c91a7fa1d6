import { describe, expect, it } from 'vitest';
import { compileLexicon, computeSignals, stanceLabel } from '../../src/lib/content/signals/signals.ts';

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
