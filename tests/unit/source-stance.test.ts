import { describe, expect, it } from 'vitest';
import { computeSignals, strongestCues } from '../../src/lib/content/signals/signals.ts';
import { cueList, shownStance, signedStance, sourceStance } from '../../src/lib/playbook/source-stance.ts';

const passage = (text: string) => ({ signals: computeSignals(text) });

describe("an article's stance as a reader sees it", () => {
  it('sums each cue over the passages and the headline, strongest first', () => {
    const passages = [
      passage('Reply to every question and keep the conversation going.'),
      passage('Reply within the hour.'),
      passage('Post the daily specials.'),
    ];
    // replying 0.7 twice = 1.4, conversation 1, specials -0.6; the headline adds listening 0.7.
    expect(strongestCues(passages, 'Listen first')).toEqual([
      { cue: 'replying', weight: 1.4 },
      { cue: 'conversation', weight: 1 },
      { cue: 'listening', weight: 0.7 },
      { cue: 'specials', weight: -0.6 },
    ]);
    expect(strongestCues(passages, undefined, 2)).toEqual([
      { cue: 'replying', weight: 1.4 },
      { cue: 'conversation', weight: 1 },
    ]);
    expect(strongestCues([passage('We opened in 2009.')])).toEqual([]);
  });

  it("shows the editor's reading when the file gives one, and the detected stance beside it", () => {
    const stanceCues = strongestCues([passage('Reply to every question and keep the conversation going.')]);
    const source = { stance: 0.6, stanceCues };
    expect(sourceStance(source)).toMatchObject({
      label: 'conversational',
      setByEditor: false,
      detected: { label: 'conversational', stance: 0.6 },
      cues: stanceCues,
    });
    const read = { ...source, editorStance: 'leans broadcast' as const };
    expect(sourceStance(read)).toMatchObject({ label: 'leans broadcast', setByEditor: true });
    expect(shownStance(read)).toBe('leans broadcast');
    expect(shownStance(source)).toBe('conversational');
  });

  it('writes a score with its sign', () => {
    expect(signedStance(0.41)).toBe('+0.41');
    expect(signedStance(-0.3)).toBe('−0.3');
    expect(signedStance(0)).toBe('0');
  });

  it('lists cues with their signed weights, in the order given', () => {
    expect(
      cueList([
        { cue: 'conversation', weight: 2.5 },
        { cue: 'deals', weight: -1 },
      ]),
    ).toBe('conversation (+2.5), deals (−1)');
    expect(cueList([])).toBe('');
  });
});
