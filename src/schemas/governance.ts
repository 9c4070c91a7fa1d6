import { z } from 'astro/zod';

/** A calendar date written as YYYY-MM-DD in frontmatter (YAML may already have made it a Date). */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD' }),
);

/** A passage id as cited by pages: `<source-slug>/<short-id>`. */
export const passageIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'a passage id looks like "source-slug/short-id"' });

/** A short, permanent id for `/p/<id>/` links: lowercase letters, digits and hyphens. */
export const permalinkIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, {
  error: 'a permalink id is 2-41 lowercase letters, digits or hyphens',
});

/**
 * Fields every playbook page carries, as the best public handbooks do: who owns it, when it was
 * last reviewed, when it must be reviewed again, what changed and why, and whether it is withdrawn.
 */
export const governanceSchema = z.object({
  /** Person or role responsible for the page. */
  owner: z.string().min(1).describe('Person or role responsible for keeping the page true.'),
  /** When the page was last checked against its sources. */
  lastReviewed: isoDateSchema.describe('When the page was last reviewed (YYYY-MM-DD).'),
  /** After this date the page shows a "due for review" notice and the build lists it. */
  reviewBy: isoDateSchema.describe('Review again by this date (YYYY-MM-DD).'),
  /** Change notes shown at the foot of the page, newest first. */
  changes: z
    .array(z.strictObject({ date: isoDateSchema, note: z.string().min(1) }))
    .default([])
    .describe('What changed and why.'),
  /** A withdrawn page stays at its URL with a notice pointing to its replacement. */
  withdrawn: z
    .strictObject({
      date: isoDateSchema,
      reason: z.string().min(1),
      /** Site path of the replacement, e.g. `/plays/daily-three-conversations/`. */
      replacedBy: z.string().startsWith('/').optional(),
    })
    .optional(),
  /** Passages this page relies on, beyond those cited inline with <Cite>. */
  cites: z.array(passageIdSchema).default([]).describe('Passage ids this page relies on.'),
  /** Permanent short id for `/p/<id>/`; defaults to the file name. */
  permalink: permalinkIdSchema.optional(),
  /** Old paths of this page, which redirect here. */
  redirectFrom: z.array(z.string().startsWith('/')).default([]),
});

export type Governance = z.infer<typeof governanceSchema>;
