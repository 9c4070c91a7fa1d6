/** Fields that several schemas share: ids, routine tasks, measures and a business's attributes. */
import { z } from 'astro/zod';

/** Ids of content files (modes, business types, plays): lowercase words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lowercase words joined by hyphens' });

/** A task in a routine, with its time budget. */
export const routineTaskSchema = z.strictObject({
  task: z.string().min(1),
  /** Minutes per week the task takes. */
  minutes: z.number().int().positive(),
  /** e.g. "daily", "Mondays", "after each sale". */
  when: z.string().optional(),
});

/** A measure worth tracking, with why. */
export const measureSchema = z.strictObject({
  name: z.string().min(1),
  why: z.string().min(1),
});

/**
 * The attributes of a kind of business that drive the choice of mode. The chooser scores a
 * client's answers against these, so they are ordinal scales: neighbouring values are close.
 */
export const businessAttributesSchema = z.strictObject({
  /** How long a sale takes, from first contact to purchase. */
  salesCycle: z.enum(['none', 'short', 'medium', 'long']),
  /** Whether buyers want a relationship or just the product. */
  buyersWantRelationship: z.enum(['no', 'some', 'yes']),
  /** How much of the audience is on X. */
  audienceOnX: z.enum(['few', 'some', 'many']),
  /** Who will run the account. */
  whoRunsIt: z.enum(['marketing-team', 'owner', 'sales-people', 'leader', 'support-team']),
  /** Hours a week that person can give it. */
  hoursPerWeek: z.enum(['under-1', '1-3', '3-6', 'over-6']),
  /** Whether customers ask questions in public. */
  publicQuestions: z.enum(['rarely', 'sometimes', 'often']),
  /** Whether a leader will speak in their own voice. */
  leaderVoice: z.enum(['no', 'maybe', 'yes']),
});

export type BusinessAttributes = z.infer<typeof businessAttributesSchema>;
export type RoutineTask = z.infer<typeof routineTaskSchema>;
