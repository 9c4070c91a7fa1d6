import { z } from 'astro/zod';

/**
 * The gaps an account audit can find between how an account behaves and the mode its business
 * type calls for. The ids are shared vocabulary: plays name the gaps they close in their
 * frontmatter (`addresses: [<gap id>]`), so the gap report finds plays by data, not by code.
 */
export const GAP_IDS = [
  'reply-share-low',
  'few-distinct-people',
  'self-promotion-high',
  'automation-signals',
  'bio-incomplete',
  'no-links-to-site',
  'deals-not-searchable',
  'slow-replies',
  'irregular-presence',
  'follower-chasing',
  'replies-crowd-out-offers',
  'no-thanks-or-support',
] as const;

/** One gap id. */
export const gapIdSchema = z
  .enum(GAP_IDS, {
    error: (issue) => `unknown gap id ${JSON.stringify(issue.input)}: use one of ${GAP_IDS.join(', ')}`,
  })
  .describe('A gap between observed behaviour and the recommended mode.');

export type GapId = z.infer<typeof gapIdSchema>;

/** What each gap means, in one sentence a client can read. */
export const GAP_DESCRIPTIONS: Readonly<Record<GapId, string>> = {
  'reply-share-low': 'Too few posts answer other people for the mode this business needs.',
  'few-distinct-people': 'Replies go to only a handful of people, so few customers ever hear back.',
  'self-promotion-high': 'Most posts point to the account’s own site, which reads as advertising.',
  'automation-signals': 'Posts look automated: repeated texts, a fixed clock, or templated shout-outs.',
  'bio-incomplete': 'The bio does not say what the business is, link its site, or say what to do next.',
  'no-links-to-site': 'Posts and profile rarely or never lead people to the business’s own site.',
  'deals-not-searchable': 'Offers are posted in a form people cannot find with X search.',
  'slow-replies': 'Answers come long after the question, when the customer has moved on.',
  'irregular-presence':
    'Activity comes in bursts with long silences, so nobody learns when to expect the account.',
  'follower-chasing': 'Posts chase follower counts (follow-backs, mass tagging, bait) instead of customers.',
  'replies-crowd-out-offers': 'Replies drown out the offers a broadcast-led business exists to show.',
  'no-thanks-or-support': 'The account never thanks people or helps with problems in public.',
};
