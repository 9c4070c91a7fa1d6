import { z } from 'astro/zod';
import { governanceSchema } from './governance.ts';
import { measureSchema, routineTaskSchema } from './taxonomy.ts';

/** A strategy mode in `<content dir>/modes/<id>.mdx`: broadcast-only, conversational, hybrid, … */
export const modeSchema = z.strictObject({
  ...governanceSchema.shape,
  title: z.string().min(1),
  summary: z.string().min(1).describe('One sentence: what this mode is.'),
  /** Position in lists and on the comparison page. */
  order: z.number().int(),
  /** Where the mode sits from broadcast (-1) to conversation (+1); used by charts and the chooser. */
  stance: z.number().min(-1).max(1),
  fitsWhen: z.array(z.string().min(1)).min(1),
  failsWhen: z.array(z.string().min(1)).min(1),
  /** What an audit of an account in this mode would see. */
  behaviourSignals: z.array(z.strictObject({ signal: z.string().min(1), typical: z.string().min(1) })).min(1),
  weeklyRoutine: z.array(routineTaskSchema).min(1),
  measures: z.array(measureSchema).min(1),
  vanityMeasures: z.array(measureSchema).min(1),
  risks: z.array(z.string().min(1)).min(1),
});

export type Mode = z.infer<typeof modeSchema>;
