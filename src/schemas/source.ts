import { z } from 'astro/zod';
import { slugSchema } from './fields.ts';
import { permalinkIdSchema } from './governance.ts';
import { passageSchema, STANCE_LABELS, stanceCueSchema, stanceLabelSchema } from './passage.ts';

/** Frontmatter of one source article in `<content dir>/sources/<slug>.md`. */
export const sourceFrontmatterSchema = z.strictObject({
  /**
   * The title the playbook shows: the article's headline in sentence case, or a descriptive title
   * where it has none.
   */
  title: z.string().min(1).describe("The article's headline in sentence case, or a descriptive title."),
  /**
   * The headline exactly as the article printed it, when `title` changes its casing ("Why Twitter
   * Has Overtaken Linkedin…"); the source page credits the article with it.
   */
  originalTitle: z
    .string()
    .min(1)
    .optional()
    .describe('The headline exactly as published, when the title recases it; shown for attribution.'),
  /** True when the title was written by the playbook because the article has no headline. */
  titleIsDescriptive: z.boolean().default(false),
  /** A few words used in inline citations, e.g. "People over links"; defaults to the title. */
  shortTitle: z.string().min(1).max(60).optional().describe('Short name used in inline citations.'),
  /** Permanent short id for `/p/<id>/`; defaults to the file name. */
  permalink: permalinkIdSchema.optional().describe('Permanent short id for the /p/<id>/ link.'),
  /** One or two sentences on the article's argument, in the playbook's words. */
  summary: z.string().min(1).describe("One or two sentences on the article's argument."),
  /** What the article is about and who it speaks to. */
  about: z.string().min(1).describe('What the article is about and who it speaks to.'),
  kind: z.enum(['article', 'note', 'talk', 'comment-thread']).default('article'),
  author: z.string().optional(),
  publication: z.string().optional(),
  url: z.url().optional(),
  /** When the article was written, as precisely as is known (e.g. "2014" or "early 2010s"). */
  era: z.string().optional(),
  /** The publication date printed on the article, in ISO form: `2009-07-22`, `2009-07` or `2009`. */
  published: z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'must be an ISO date: 2009-07-22, 2009-07 or 2009',
    })
    .optional()
    .describe('Publication date printed on the article: 2009-07-22, 2009-07 or 2009.'),
  /**
   * Business types the article concerns (file names in business-types/), detected at import and
   * free to edit; the source page and those business type pages link to each other.
   */
  businessTypes: z
    .array(slugSchema)
    .default([])
    .describe('Ids of the business types the article concerns (files in business-types/).'),
  /**
   * The article's stance as the editor reads it, when the detected one is wrong: the site shows
   * it instead, with the detected one beside it.
   */
  editorStance: stanceLabelSchema
    .optional()
    .describe(
      `The article's stance as you read it, when the detected one is wrong: ${STANCE_LABELS.join(', ')}.`,
    ),
  /** Where today's X differs from what the article assumes. */
  today: z.array(z.string().min(1)).default([]),
  /** Set by `sources:import`: the file the source was imported from, and a digest of its text. */
  imported: z
    .strictObject({
      from: z.string(),
      digest: z.string(),
      at: z.string(),
      /** Topics and stance detected at import, for the editor's information. */
      topics: z.array(z.string()).default([]),
      stance: z.number().min(-1).max(1).optional(),
    })
    .optional(),
});

/** A source as the loader stores it: frontmatter plus the passages split from its body. */
export const sourceSchema = sourceFrontmatterSchema.extend({
  slug: z.string(),
  /** Topic ids touched by any passage, most frequent first. */
  topics: z.array(z.string()),
  /** Mean stance of the passages, -1 broadcast to +1 conversational. */
  stance: z.number().min(-1).max(1),
  /** The cues that moved `stance` most, strongest first (`strongestCues`). */
  stanceCues: z.array(stanceCueSchema),
  passages: z.array(passageSchema),
});

export type SourceFrontmatter = z.infer<typeof sourceFrontmatterSchema>;
export type Source = z.infer<typeof sourceSchema>;
