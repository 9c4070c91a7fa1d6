/**
 * The chooser against the demo playbook's own business types, with the cases the guidance
 * itself describes. If an edit to a business type's attributes breaks one, this says which.
 */
import { describe, expect, it } from 'vitest';
import { type Answers, type ChooserBusinessType, recommend } from '../../src/lib/playbook/chooser.ts';
import { demoPlaybook } from '../support/demo-playbook.ts';

const businessTypes: ChooserBusinessType[] = demoPlaybook().businessTypes.map((entry) => ({
  id: entry.id,
  ...entry.data,
}));

const cases: { name: string; answers: Answers; mode: string; closest: string }[] = [
  {
    name: 'the largest maker of a niche consumer product, with a zero sales cycle and buyers who know what they want',
    answers: {
      salesCycle: 'on-the-spot',
      buyersWantRelationship: 'product-only',
      publicQuestions: 'rarely',
      audienceOnX: 'some',
      leaderVoice: 'no-leader',
      hoursPerWeek: 'under-an-hour',
    },
    mode: 'broadcast-only',
    closest: 'niche-product-maker',
  },
  {
    name: 'the plumber whose customers care about the dripping sink, not the follower count',
    answers: {
      salesCycle: 'days-or-weeks',
      buyersWantRelationship: 'relationship',
      publicQuestions: 'sometimes',
      audienceOnX: 'few',
      leaderVoice: 'no-leader',
      hoursPerWeek: 'a-few-hours',
    },
    mode: 'conversational',
    closest: 'local-trades',
  },
  {
    name: 'the B2B seller prospecting on X, where relationships begin',
    answers: {
      salesCycle: 'months',
      buyersWantRelationship: 'relationship',
      publicQuestions: 'sometimes',
      audienceOnX: 'many',
      leaderVoice: 'leader-maybe',
      hoursPerWeek: 'half-a-day-or-more',
    },
    mode: 'conversational',
    closest: 'b2b-sales-team',
  },
  {
    name: 'the consultant influencing the 10-15% of clients who use X',
    answers: {
      salesCycle: 'months',
      buyersWantRelationship: 'relationship',
      publicQuestions: 'rarely',
      audienceOnX: 'few',
      leaderVoice: 'leader-yes',
      hoursPerWeek: 'a-few-hours',
    },
    mode: 'conversational',
    closest: 'consultancy',
  },
  {
    name: 'a broadcaster whose customers start asking questions in public',
    answers: {
      salesCycle: 'on-the-spot',
      buyersWantRelationship: 'some-trust',
      publicQuestions: 'often',
      audienceOnX: 'many',
      leaderVoice: 'no-leader',
      hoursPerWeek: 'a-few-hours',
    },
    mode: 'hybrid',
    closest: 'broadcast-to-support',
  },
];

describe('the chooser on the demo playbook’s business types', () => {
  it('has the business types to choose between', () => {
    expect(businessTypes.length).toBeGreaterThanOrEqual(8);
  });

  for (const c of cases) {
    it(`recommends ${c.mode} for ${c.name}`, () => {
      const result = recommend(c.answers, businessTypes);
      expect(result?.mode).toBe(c.mode);
      expect(result?.ranked[0]?.businessType.id).toBe(c.closest);
    });
  }
});
