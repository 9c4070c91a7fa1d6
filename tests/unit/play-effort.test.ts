import { describe, expect, it } from 'vitest';
import { cardEffort, type PlayEffort, playFacts } from '../../src/lib/playbook/play-effort.ts';
import { demoPlaybook } from '../support/demo-playbook.ts';

const play: PlayEffort = {
  kind: 'play',
  who: 'the owner',
  people: 1,
  prepMinutes: 0,
  runMinutes: 20,
  minutesPerWeek: 90,
  difficulty: 'easy',
};
const antiPattern: PlayEffort = {
  ...play,
  kind: 'anti-pattern',
  prepMinutes: 10,
  runMinutes: 50,
  minutesPerWeek: 100,
  difficulty: 'medium',
};

describe('what a play card says it costs', () => {
  it('gives a play its time a week, or says it is done once', () => {
    expect(cardEffort(play)).toBe('Easy · 1 h 30 min a week');
    expect(cardEffort({ ...play, minutesPerWeek: 0 })).toBe('Easy · One-off');
  });

  it('gives an anti-pattern the time its way out takes, never a time a week to schedule', () => {
    expect(cardEffort(antiPattern)).toBe('Medium · the way out takes 50 min');
  });

  it('says "a week" on no anti-pattern card of the demo playbook', () => {
    const antiPatterns = demoPlaybook().plays.filter((entry) => entry.data.kind === 'anti-pattern');
    expect(antiPatterns.length).toBeGreaterThan(0);
    for (const entry of antiPatterns) expect(cardEffort(entry.data), entry.id).not.toMatch(/a week/);
  });
});

describe('the facts at the top of a play page', () => {
  it('are the run and the week for a play', () => {
    expect(playFacts(play)).toEqual([
      ['Who', 'the owner'],
      ['People', '1 person'],
      ['Preparation', 'None'],
      ['One run', '20 min'],
      ['Time per week', '1 h 30 min a week'],
      ['Difficulty', 'Easy'],
    ]);
  });

  it('are the way out, once, and what staying out takes for an anti-pattern', () => {
    expect(playFacts(antiPattern)).toEqual([
      ['Who', 'the owner'],
      ['People', '1 person'],
      ['Preparation', '10 min'],
      ['The way out', '50 min, once'],
      ['Staying out', '1 h 40 min a week'],
      ['Difficulty', 'Medium'],
    ]);
    expect(playFacts({ ...antiPattern, minutesPerWeek: 0 })[4]).toEqual(['Staying out', 'Nothing more']);
  });
});
