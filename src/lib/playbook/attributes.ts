/**
 * The business attributes that drive the choice of mode, in plain words for readers. The types
 * make the wording exhaustive: a new value in the schema fails the type check until it is worded.
 */
import type { BusinessAttributes } from '../../schemas/fields.ts';

export type AttributeKey = keyof BusinessAttributes;

/** What each attribute asks, as a row heading. */
export const ATTRIBUTE_LABELS: { [K in AttributeKey]: string } = {
  salesCycle: 'How long a sale takes',
  buyersWantRelationship: 'Do buyers want a relationship?',
  audienceOnX: 'How much of the audience is on X',
  whoRunsIt: 'Who runs the account',
  hoursPerWeek: 'Time for X each week',
  publicQuestions: 'Do customers ask questions in public?',
  leaderVoice: 'Will a leader speak in their own voice?',
};

/** Each value of each attribute in words. */
export const ATTRIBUTE_VALUES: { [K in AttributeKey]: Record<BusinessAttributes[K], string> } = {
  salesCycle: {
    none: 'No sales cycle: people buy on sight',
    short: 'Short: a few days',
    medium: 'Medium: a few weeks',
    long: 'Long: months',
  },
  buyersWantRelationship: {
    no: 'No, they want the product',
    some: 'Some of them',
    yes: 'Yes, they buy from people they know',
  },
  audienceOnX: { few: 'Few of them', some: 'Some of them', many: 'Many of them' },
  whoRunsIt: {
    'marketing-team': 'A marketing team',
    owner: 'The owner',
    'sales-people': 'The sales people, each on their own account',
    leader: 'A leader, in their own name',
    'support-team': 'A support team',
  },
  hoursPerWeek: {
    'under-1': 'Under an hour',
    '1-3': '1 to 3 hours',
    '3-6': '3 to 6 hours',
    'over-6': 'More than 6 hours',
  },
  publicQuestions: { rarely: 'Rarely', sometimes: 'Sometimes', often: 'Often' },
  leaderVoice: { no: 'No', maybe: 'Perhaps', yes: 'Yes' },
};

const ORDER: AttributeKey[] = [
  'salesCycle',
  'buyersWantRelationship',
  'audienceOnX',
  'whoRunsIt',
  'hoursPerWeek',
  'publicQuestions',
  'leaderVoice',
];

/** One attribute as a table row. */
export interface AttributeRow {
  key: AttributeKey;
  label: string;
  value: string;
}

/** Words for one attribute's value. */
export function attributeWords<K extends AttributeKey>(key: K, value: BusinessAttributes[K]): string {
  return ATTRIBUTE_VALUES[key][value];
}

/** All attributes of a business type in a fixed order, worded for readers. */
export function describeAttributes(attributes: BusinessAttributes): AttributeRow[] {
  return ORDER.map((key) => ({
    key,
    label: ATTRIBUTE_LABELS[key],
    value: attributeWords(key, attributes[key]),
  }));
}
