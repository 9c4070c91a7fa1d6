import { describe, expect, it } from 'vitest';
import { attributeWords, describeAttributes } from '../../src/lib/playbook/attributes.ts';
import type { BusinessAttributes } from '../../src/schemas/fields.ts';

const plumber: BusinessAttributes = {
  salesCycle: 'short',
  buyersWantRelationship: 'yes',
  audienceOnX: 'few',
  whoRunsIt: 'owner',
  hoursPerWeek: '1-3',
  publicQuestions: 'sometimes',
  leaderVoice: 'yes',
};

describe('business attributes in plain words', () => {
  it('words every attribute of a business type in a fixed order', () => {
    expect(describeAttributes(plumber)).toEqual([
      { key: 'salesCycle', label: 'How long a sale takes', value: 'Short: a few days' },
      {
        key: 'buyersWantRelationship',
        label: 'Do buyers want a relationship?',
        value: 'Yes, they buy from people they know',
      },
      { key: 'audienceOnX', label: 'How much of the audience is on X', value: 'Few of them' },
      { key: 'whoRunsIt', label: 'Who runs the account', value: 'The owner' },
      { key: 'hoursPerWeek', label: 'Time for X each week', value: '1 to 3 hours' },
      { key: 'publicQuestions', label: 'Do customers ask questions in public?', value: 'Sometimes' },
      { key: 'leaderVoice', label: 'Will a leader speak in their own voice?', value: 'Yes' },
    ]);
  });

  it('says a product bought on sight has no sales cycle', () => {
    expect(attributeWords('salesCycle', 'none')).toBe('No sales cycle: people buy on sight');
  });

  it('spells out hour ranges in words', () => {
    expect(attributeWords('hoursPerWeek', 'under-1')).toBe('Under an hour');
    expect(attributeWords('hoursPerWeek', 'over-6')).toBe('More than 6 hours');
  });
});
