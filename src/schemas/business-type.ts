import { z } from 'astro/zod';
import { businessAttributesSchema, measureSchema, routineTaskSchema, slugSchema } from './fields.ts';
import { governanceSchema } from './governance.ts';

/** A kind of business in `<content dir>/business-types/<id>.md`. Adding a file adds it to the chooser. */
export const businessTypeSchema = z.strictObject({
  ...governanceSchema.shape,
  title: z.string().min(1),
  summary: z.string().min(1).describe('One sentence: who this page is for.'),
  /** Everyday examples, e.g. "a plumber", "an electrician". */
  examples: z.array(z.string().min(1)).min(1),
  /** The recommended mode's id (a file in modes/). */
  mode: slugSchema,
  /** Why that mode, in one or two sentences (the body gives the cited reasoning). */
  modeReason: z.string().min(1),
  attributes: businessAttributesSchema,
  first30Days: z
    .array(z.strictObject({ days: z.string().min(1), tasks: z.array(z.string().min(1)).min(1) }))
    .min(2)
    .describe('A plan in stages, e.g. days "1-7", "8-14".'),
  weeklyRoutine: z.array(routineTaskSchema).min(1),
  /** Play ids (files in plays/ of kind "play"). */
  plays: z.array(slugSchema).min(1),
  /** Anti-pattern ids (files in plays/ of kind "anti-pattern"). */
  antiPatterns: z.array(slugSchema).min(1),
  measures: z.array(measureSchema).min(1),
  /** When to move to another mode. */
  switchWhen: z.array(z.strictObject({ to: slugSchema, when: z.string().min(1) })).default([]),
});

export type BusinessType = z.infer<typeof businessTypeSchema>;
