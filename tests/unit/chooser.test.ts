import { describe, expect, it } from 'vitest';
import {
  allAnswerPaths,
  answersToSegments,
  CHOOSER_QUESTIONS,
  type ChooserBusinessType,
  rankBusinessTypes,
  recommend,
  segmentsToAnswers,
} from '../../src/lib/playbook/chooser.ts';

const type = (id: string, mode: string, a: ChooserBusinessType['attributes']): ChooserBusinessType => ({
  id,
  title: id,
  mode,
  attributes: a,
  plays: [`${id}-play-1`, `${id}-play-2`, `${id}-play-3`, `${id}-play-4`],
});

const TYPES = [
  type('maker', 'broadcast-only', {
    salesCycle: 'none',
    buyersWantRelationship: 'no',
    audienceOnX: 'some',
    whoRunsIt: 'marketing-team',
    hoursPerWeek: 'under-1',
    publicQuestions: 'rarely',
    leaderVoice: 'no',
  }),
  type('trades', 'conversational', {
    salesCycle: 'short',
    buyersWantRelationship: 'yes',
    audienceOnX: 'few',
    whoRunsIt: 'owner',
    hoursPerWeek: '1-3',
    publicQuestions: 'sometimes',
    leaderVoice: 'no',
  }),
  type('b2b', 'conversational', {
    salesCycle: 'long',
    buyersWantRelationship: 'yes',
    audienceOnX: 'many',
    whoRunsIt: 'sales-people',
    hoursPerWeek: '3-6',
    publicQuestions: 'sometimes',
    leaderVoice: 'maybe',
  }),
  type('support', 'hybrid', {
    salesCycle: 'short',
    buyersWantRelationship: 'some',
    audienceOnX: 'many',
    whoRunsIt: 'support-team',
    hoursPerWeek: '1-3',
    publicQuestions: 'often',
    leaderVoice: 'no',
  }),
];

const MAKER_ANSWERS = {
  salesCycle: 'on-the-spot',
  buyersWantRelationship: 'product-only',
  publicQuestions: 'rarely',
  audienceOnX: 'some',
  leaderVoice: 'no-leader',
  hoursPerWeek: 'under-an-hour',
};

describe('the strategy chooser', () => {
  it('scores each business type by weighted closeness of its attributes to the answers', () => {
    const ranked = rankBusinessTypes(MAKER_ANSWERS, TYPES);
    expect(ranked[0]?.businessType.id).toBe('maker');
    expect(ranked[0]?.score).toBe(1);
    // trades by hand: cycle (1-1/3)*3=2, relationship 0*3=0, questions 0.5*2=1, audience 0.5*1.5=0.75,
    // leader 1*1.5=1.5, hours (1-1/3)*1=0.667 → 5.917 / 12 = 0.493
    expect(ranked.find((r) => r.businessType.id === 'trades')?.score).toBeCloseTo(0.493, 3);
  });

  it('sends the niche manufacturer with a zero sales cycle to broadcast-only, with its first plays', () => {
    const result = recommend(MAKER_ANSWERS, TYPES);
    expect(result?.mode).toBe('broadcast-only');
    expect(result?.firstPlays).toEqual(['maker-play-1', 'maker-play-2', 'maker-play-3']);
    expect(result?.agreeing.map((m) => m.attribute).slice(0, 2)).toEqual([
      'salesCycle',
      'buyersWantRelationship',
    ]);
    expect(result?.differing).toEqual([]);
  });

  it('sends the plumber and the B2B seller to conversational', () => {
    const plumber = {
      salesCycle: 'days-or-weeks',
      buyersWantRelationship: 'relationship',
      publicQuestions: 'sometimes',
      audienceOnX: 'few',
      leaderVoice: 'no-leader',
      hoursPerWeek: 'a-few-hours',
    };
    expect(recommend(plumber, TYPES)?.ranked[0]?.businessType.id).toBe('trades');
    expect(recommend(plumber, TYPES)?.mode).toBe('conversational');
    const seller = {
      salesCycle: 'months',
      buyersWantRelationship: 'relationship',
      publicQuestions: 'sometimes',
      audienceOnX: 'many',
      leaderVoice: 'leader-maybe',
      hoursPerWeek: 'half-a-day-or-more',
    };
    expect(recommend(seller, TYPES)?.mode).toBe('conversational');
    expect(recommend(seller, TYPES)?.ranked[0]?.businessType.id).toBe('b2b');
  });

  it('points a broadcaster whose customers start asking questions to hybrid', () => {
    const result = recommend(
      {
        ...MAKER_ANSWERS,
        publicQuestions: 'often',
        audienceOnX: 'many',
        buyersWantRelationship: 'some-trust',
        hoursPerWeek: 'a-few-hours',
      },
      TYPES,
    );
    expect(result?.mode).toBe('hybrid');
  });

  it('picks up a new business type without any code change', () => {
    const withNew = [
      ...TYPES,
      type('exec', 'conversational', {
        salesCycle: 'long',
        buyersWantRelationship: 'some',
        audienceOnX: 'many',
        whoRunsIt: 'leader',
        hoursPerWeek: '1-3',
        publicQuestions: 'often',
        leaderVoice: 'yes',
      }),
    ];
    const result = recommend(
      {
        salesCycle: 'months',
        buyersWantRelationship: 'some-trust',
        publicQuestions: 'often',
        audienceOnX: 'many',
        leaderVoice: 'leader-yes',
        hoursPerWeek: 'a-few-hours',
      },
      withNew,
    );
    expect(result?.ranked[0]?.businessType.id).toBe('exec');
  });

  it('scores partial answers on the questions answered so far', () => {
    const ranked = rankBusinessTypes({ salesCycle: 'months' }, TYPES);
    expect(ranked[0]?.businessType.id).toBe('b2b');
    expect(ranked[0]?.matches).toHaveLength(1);
  });

  it('round-trips answers through URL segments and reports answers that do not fit their question', () => {
    expect(segmentsToAnswers(answersToSegments(MAKER_ANSWERS)).answers).toEqual(MAKER_ANSWERS);
    const { problems } = segmentsToAnswers(['on-the-spot', 'often']);
    expect(problems[0]).toMatchObject({ field: 'buyersWantRelationship' });
    expect(problems[0]?.fix).toContain('product-only, some-trust, relationship');
  });

  it('enumerates every answer prefix for prerendering: 1 + 3 + 9 + … + 3^6', () => {
    const paths = allAnswerPaths();
    expect(paths).toHaveLength(1 + 3 + 9 + 27 + 81 + 243 + 729);
    expect(paths.filter((p) => p.length === CHOOSER_QUESTIONS.length)).toHaveLength(729);
    expect(new Set(paths.map((p) => p.join('/'))).size).toBe(paths.length);
  });
});
