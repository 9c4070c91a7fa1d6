import { z } from 'astro/zod';
import { governanceSchema } from './governance.ts';

/** A free-standing guide page in `<content dir>/pages/<slug>.md` (or `.mdx`) (e.g. "How to use this playbook"). */
export const pageSchema = z.strictObject({
  ...governanceSchema.shape,
  title: z.string().min(1),
  summary: z.string().min(1).describe('One sentence shown under the title and in search results.'),
  /** Order in navigation lists; lower first. */
  order: z.number().int().default(100),
});

export type Page = z.infer<typeof pageSchema>;
