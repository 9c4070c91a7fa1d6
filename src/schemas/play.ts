import { z } from 'astro/zod';
import { measureSchema, slugSchema } from './fields.ts';
import { gapIdSchema } from './gap.ts';
import { governanceSchema } from './governance.ts';

/** One numbered step of a play, with its own time box. */
export const playStepSchema = z.strictObject({
  title: z.string().min(1),
  /** Time box in minutes. */
  minutes: z.number().int().positive(),
  detail: z.string().optional(),
});

/**
 * A play (something to do) or an anti-pattern (something to stop doing, with steps to get out
 * of it) in `<content dir>/plays/<id>.md` (or `.mdx`). Both are printed as cards with the same structure.
 */
export const playSchema = z
  .strictObject({
    ...governanceSchema.shape,
    kind: z.enum(['play', 'anti-pattern']),
    title: z.string().min(1),
    /** One line: what the play is, or what the anti-pattern looks like. */
    summary: z.string().min(1).max(200),
    /** Who does it, e.g. "the owner", "each seller". */
    who: z.string().min(1),
    /** How many people take part. */
    people: z.number().int().positive(),
    prepMinutes: z.number().int().nonnegative(),
    minutesPerWeek: z.number().int().nonnegative(),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    needs: z.array(z.string().min(1)).default([]),
    /** Total run time of one session of the play; the steps' time boxes must add up to it. */
    runMinutes: z.number().int().positive(),
    steps: z.array(playStepSchema).min(2),
    modes: z.array(slugSchema).min(1),
    businessTypes: z.array(slugSchema).default([]),
    measures: z.array(measureSchema).min(1),
    related: z.array(slugSchema).default([]),
    /** Audit gaps this play helps close; the accounts audit names it for them. */
    addresses: z.array(gapIdSchema).default([]),
  })
  .superRefine((play, ctx) => {
    const total = play.steps.reduce((sum, step) => sum + step.minutes, 0);
    if (total !== play.runMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['runMinutes'],
        message: `is ${play.runMinutes} but the steps' time boxes add up to ${total}; make them agree`,
      });
    }
  });

export type Play = z.infer<typeof playSchema>;
