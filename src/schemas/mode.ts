import { z } from 'astro/zod';
import { measureSchema, routineTaskSchema, slugSchema } from './fields.ts';
import { governanceSchema } from './governance.ts';

const share = z.number().min(0).max(1);

/**
 * How an example account is recognised as using this mode, and what the audit expects of an
 * account that should. The modes' `replyShareFrom` values cut the reply-share scale (replies to
 * other people, as a share of all posts) into bands: a mode's band runs from its own value up to
 * the next mode's. The mode pages publish these numbers and the classifier uses them, so the two
 * can never disagree.
 */
export const modeAccountsSchema = z.strictObject({
  /** Lower end of this mode's reply-share band; exactly one mode starts at 0. */
  replyShareFrom: share.describe('Lower end of the reply-share band of this mode (0-1).'),
  /** Conversation needs breadth: with fewer distinct people than this, the account falls back to `otherwise`. */
  breadth: z
    .strictObject({
      minPeoplePer100: z.number().positive().describe('Distinct people replied to per 100 posts.'),
      otherwise: slugSchema.describe('The mode used instead when the breadth is lacking.'),
    })
    .optional(),
  /** Targets the audit holds an account to when its business type recommends this mode. */
  targets: z
    .strictObject({
      /** Under this reply share the gap "reply-share-low" is severe (it is raised under `replyShareFrom`). */
      replyShareSevereBelow: share.optional(),
      /** Replies should reach at least this many distinct people per 100 posts. */
      minPeoplePer100: z.number().positive().optional(),
      /** Written posts linking the own site above this share read as advertising. */
      maxSelfPromotionShare: share.optional(),
      /** Median minutes to answer beyond which customers have moved on. */
      maxReplyMinutes: z.number().int().positive().optional(),
      /** At least this share of written posts should link the own site. */
      minSiteLinkShare: share.optional(),
      /** Above this reply share, replies crowd out the offers (when offers are scarce). */
      maxReplyShare: share.optional(),
      /** Whether offers must be findable by search always, or only when the account posts many. */
      offers: z.enum(['always', 'when-frequent']).default('always'),
    })
    .default({ offers: 'always' }),
});

/** A strategy mode in `<content dir>/modes/<id>.md` (or `.mdx`): broadcast-only, conversational, hybrid, … */
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
  accounts: modeAccountsSchema.describe('How the account audit recognises and measures this mode.'),
});

export type Mode = z.infer<typeof modeSchema>;
export type ModeAccounts = z.infer<typeof modeAccountsSchema>;
