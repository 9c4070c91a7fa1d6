import { describe, expect, it } from 'vitest';
import {
  type BusinessTypeSlideData,
  type ModeSlideData,
  type PlaySlideData,
  slidesForBusinessType,
  slidesForMode,
  slidesForPlay,
} from '../../src/lib/playbook/slides.ts';

const PLAY: PlaySlideData = {
  kind: 'play',
  title: 'Two or three real conversations a day',
  summary: 'A 20-minute daily habit.',
  who: 'the account owner',
  people: 1,
  prepMinutes: 15,
  runMinutes: 20,
  needs: ['A private list', 'A fixed slot'],
  steps: [
    { title: 'Open your list', minutes: 5, detail: 'Not the home feed.' },
    { title: 'Reply with substance', minutes: 15 },
  ],
  measures: [{ name: 'Days a week', why: 'The habit is the measure.' }],
};

const BUSINESS_TYPE: BusinessTypeSlideData = {
  title: 'Local trades',
  summary: 'Plumbers and electricians.',
  examples: ['a plumber', 'an electrician'],
  mode: 'conversational',
  modeReason: 'Work comes from people who know you.',
  first30Days: [
    { days: '1-7', tasks: ['Write the bio', 'Make a list'] },
    { days: '8-30', tasks: ['Talk daily'] },
  ],
  weeklyRoutine: [
    { task: 'Replies', minutes: 60, when: 'daily' },
    { task: 'Review', minutes: 30 },
  ],
  plays: ['daily-three', 'missing-play'],
  antiPatterns: ['tweet-every-hour'],
  measures: [{ name: 'Enquiries', why: 'Work won.' }],
  switchWhen: [{ to: 'hybrid', when: 'You post offers weekly' }],
};

const TITLES = {
  modeTitles: new Map([
    ['conversational', 'Conversational'],
    ['hybrid', 'Hybrid'],
  ]),
  plays: new Map([
    ['daily-three', { id: 'daily-three', data: { title: 'Three conversations a day' } }],
    ['tweet-every-hour', { id: 'tweet-every-hour', data: { title: 'Tweeting every hour' } }],
  ]),
};

const MODE: ModeSlideData = {
  title: 'Broadcast-only',
  summary: 'Post, do not talk.',
  fitsWhen: ['Buyers want deals'],
  failsWhen: ['Buyers ask questions', 'Nobody is on X'],
  behaviourSignals: [{ signal: 'Reply share', typical: 'under 10%' }],
  weeklyRoutine: [{ task: 'Schedule posts', minutes: 90, when: 'Mondays' }],
  measures: [{ name: 'Clicks to offers', why: 'Sales.' }],
  vanityMeasures: [{ name: 'Followers', why: 'Says nothing of sales.' }],
  risks: ['Questions go unanswered'],
};

describe('a play as slides', () => {
  const slides = slidesForPlay(PLAY);

  it('has its card, what it needs, one slide per step and what to measure', () => {
    expect(slides.map((slide) => slide.title)).toEqual([
      'Two or three real conversations a day',
      'What you need',
      'Open your list',
      'Reply with substance',
      'What to measure',
    ]);
  });

  it('opens on who, how many and how long', () => {
    expect(slides[0]).toEqual({
      kicker: 'Play card',
      title: 'Two or three real conversations a day',
      lead: 'A 20-minute daily habit.',
      points: [
        { text: 'Who: the account owner' },
        { text: '1 person · 20 min in 2 steps' },
        { text: 'Preparation: 15 min' },
      ],
    });
  });

  it('gives each step its time box as a timer, and its detail as the lead', () => {
    expect(slides[2]).toEqual({
      kicker: 'Step 1 of 2 · 5 min',
      title: 'Open your list',
      lead: 'Not the home feed.',
      points: [],
      timer: { minutes: 5, label: 'Step 1' },
    });
    expect(slides[3]).toEqual({
      kicker: 'Step 2 of 2 · 15 min',
      title: 'Reply with substance',
      points: [],
      timer: { minutes: 15, label: 'Step 2' },
    });
  });

  it('shows measures with why they matter', () => {
    expect(slides[4]?.points).toEqual([{ text: 'Days a week', detail: 'The habit is the measure.' }]);
  });

  it('leaves out what an anti-pattern does not have, and calls its steps the way out', () => {
    const anti = slidesForPlay({ ...PLAY, kind: 'anti-pattern', needs: [], prepMinutes: 0 });
    expect(anti).toHaveLength(4);
    expect(anti[0]?.kicker).toBe('Anti-pattern: stop doing this');
    expect(anti[0]?.points).toEqual([
      { text: 'Who: the account owner' },
      { text: '1 person · 20 min in 2 steps' },
    ]);
    expect(anti[1]?.kicker).toBe('The way out: step 1 of 2 · 5 min');
  });
});

describe('a business type as slides', () => {
  const slides = slidesForBusinessType(BUSINESS_TYPE, TITLES);

  it('has who it is for, the mode, one slide per stage of the first 30 days, the routine, plays, measures and switches', () => {
    expect(slides.map((slide) => [slide.kicker, slide.title])).toEqual([
      ['Business type', 'Local trades'],
      ['Recommended mode', 'Conversational'],
      ['Your first 30 days', 'Days 1-7'],
      ['Your first 30 days', 'Days 8-30'],
      [undefined, 'Weekly routine'],
      [undefined, 'Plays to run'],
      [undefined, 'Anti-patterns to stop'],
      [undefined, 'What to measure'],
      [undefined, 'Signs it is time to switch'],
    ]);
  });

  it('says why the mode and lists examples', () => {
    expect(slides[0]?.points).toEqual([{ text: 'For example: a plumber, an electrician' }]);
    expect(slides[1]?.lead).toBe('Work comes from people who know you.');
    expect(slides[2]?.points).toEqual([{ text: 'Write the bio' }, { text: 'Make a list' }]);
  });

  it('totals the weekly routine and says how long and when each task is', () => {
    expect(slides[4]).toEqual({
      title: 'Weekly routine',
      lead: 'About 1 h 30 min a week.',
      points: [
        { text: 'Replies', detail: '1 h · daily' },
        { text: 'Review', detail: '30 min' },
      ],
    });
  });

  it('names its plays by title and skips ids that do not exist', () => {
    expect(slides[5]?.points).toEqual([{ text: 'Three conversations a day' }]);
    expect(slides[6]?.points).toEqual([{ text: 'Tweeting every hour' }]);
  });

  it('says which mode to move to on each sign, and has no switch slide without signs', () => {
    expect(slides[8]?.points).toEqual([{ text: 'You post offers weekly', detail: 'Move to Hybrid' }]);
    expect(slidesForBusinessType({ ...BUSINESS_TYPE, switchWhen: [] }, TITLES)).toHaveLength(8);
  });

  it('never has a timer', () => {
    expect(slides.filter((slide) => slide.timer)).toEqual([]);
  });
});

describe('a mode as slides', () => {
  const slides = slidesForMode(MODE);

  it('has eight slides, whatever else the site holds', () => {
    expect(slides.map((slide) => slide.title)).toEqual([
      'Broadcast-only',
      'It fits when',
      'It fails when',
      'What an audit of the account would see',
      'Risks to watch',
      'Weekly routine',
      'Measures that matter',
      'Vanity measures to ignore',
    ]);
  });

  it('opens with its summary and weekly time, and pairs each signal with its typical value', () => {
    expect(slides[0]).toEqual({
      kicker: 'Strategy mode',
      title: 'Broadcast-only',
      lead: 'Post, do not talk.',
      points: [{ text: 'About 1 h 30 min a week' }],
    });
    expect(slides[2]?.points).toEqual([{ text: 'Buyers ask questions' }, { text: 'Nobody is on X' }]);
    expect(slides[3]?.points).toEqual([{ text: 'Reply share', detail: 'under 10%' }]);
    expect(slides[7]?.points).toEqual([{ text: 'Followers', detail: 'Says nothing of sales.' }]);
  });
});
