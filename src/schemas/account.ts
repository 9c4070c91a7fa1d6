import { z } from 'astro/zod';
import { slugSchema } from './fields.ts';
import { gapIdSchema } from './gap.ts';

/**
 * An example account as published: derived, anonymized figures only. The record never holds
 * post text, post or user ids, handles, names or URLs; `src/lib/accounts/record.ts` builds it from
 * the anonymized timeline and `src/lib/node/accounts/leak-check.ts` checks the built site against raw data.
 * Written by the account scripts to `<content dir>/accounts/<pseudonym>.json`.
 */

/** A mode id: a file in `<content dir>/modes/` (the integrity check makes sure it exists). */
const modeIdSchema = slugSchema.describe('A mode id, e.g. broadcast-only, conversational or hybrid.');

/** Where an account's data came from. */
export const accountSourceSchema = z.enum(['api', 'archive']);
export type AccountSource = z.infer<typeof accountSourceSchema>;

const share = z.number().min(0).max(1);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'use a date such as 2026-03-02' });
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/, { error: 'use a month such as 2026-03' });
const isoWeek = z.string().regex(/^\d{4}-W\d{2}$/, { error: 'use an ISO week such as 2026-W09' });

/** A count shown only as a range, so that it cannot single an account out. */
export const countBucketSchema = z
  .enum(['0-99', '100-999', '1k-9.9k', '10k-99k', '100k-999k', '1M+'])
  .describe('A follower or following count reduced to a range.');
export type CountBucket = z.infer<typeof countBucketSchema>;

/** Every figure says where it came from, when, and over how many posts. */
export const provenanceSchema = z.strictObject({
  source: accountSourceSchema.describe('api: fetched from the X API; archive: the owner’s X data archive.'),
  /** Day the data was fetched or the archive was imported. */
  fetchedAt: isoDay.describe('Day the data was fetched or imported (YYYY-MM-DD).'),
  /** Posts the figures are computed over. */
  postCount: z.number().int().nonnegative().describe('Number of posts the figures are computed over.'),
  /** First and last month covered, coarsened to the month. */
  window: z.strictObject({ from: isoMonth, to: isoMonth }),
  /** Weeks between the first and last post (at least 1). */
  weeks: z.number().int().positive(),
  /**
   * True when the figures cover the whole timeline the source could give. False when the fetch
   * stopped at `--max-tweets`: the figures then describe the most recent posts only.
   */
  complete: z.boolean(),
  /** Hours in the weekday-by-hour grid are in this time zone. */
  timeZone: z.literal('UTC'),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** Bio completeness: three yes/no checks a client can fix in a minute. */
export const bioChecksSchema = z.strictObject({
  /** The bio has enough words to say what the business is (six or more, hashtags aside). */
  saysWhat: z.boolean(),
  /** The profile carries a website link, or the bio names a web address. */
  linksSite: z.boolean(),
  /** The bio tells the reader what to do or what the account is for (book, order, ask, we help…). */
  statesObjective: z.boolean(),
});
export type BioChecks = z.infer<typeof bioChecksSchema>;

/** Profile facts, reduced to ranges and yes/no checks. */
export const accountProfileSchema = z.strictObject({
  followers: countBucketSchema
    .nullable()
    .describe('Follower count as a range; null when unknown (archives).'),
  following: countBucketSchema.nullable(),
  /** Followers divided by following, rounded: context, never a measure of success. */
  followerRatio: z.number().nonnegative().nullable(),
  /**
   * The bio checks; null when the profile is unknown (an archive without `profile.js`): then no
   * bio or website gap is raised and the page says "unknown".
   */
  bio: bioChecksSchema
    .nullable()
    .describe('Bio checks; null when the data holds no profile (an archive without profile.js).'),
  /** True when the account's own site is known, so links can be told apart into own and other sites. */
  siteKnown: z.boolean(),
});
export type AccountProfileFacts = z.infer<typeof accountProfileSchema>;

/** Share of each kind of post; the four add up to 1. */
export const activityMixSchema = z.strictObject({
  original: share,
  reply: share,
  repost: share,
  quote: share,
});
export type ActivityMix = z.infer<typeof activityMixSchema>;

/** Signals that a person is not at the keyboard. */
export const automationSignalsSchema = z.strictObject({
  /** Share of written posts whose text, with names, links and numbers taken out, repeats another post. */
  nearDuplicateShare: share,
  /** Share of gaps between posts (10 minutes or more) equal, within a minute, to the most common gap. */
  fixedIntervalShare: share,
  /** Share of posts that fall on the single most used minute past the hour. */
  sameMinuteShare: share,
  /** Share of posts that are templated "top interactors" shout-outs. */
  templatedShoutoutShare: share,
});
export type AutomationSignals = z.infer<typeof automationSignalsSchema>;

/** Everything `src/lib/accounts/measure.ts` computes. Shares are 0–1. */
export const metricsSchema = z.strictObject({
  mix: activityMixSchema,
  /** Replies addressed to someone else (not the account's own threads), as a share of all posts. */
  replyToOthersShare: share,
  /** Replies continuing the account's own threads, as a share of all posts. */
  selfThreadShare: share,
  /** Written posts (not reposts) carrying at least one link other than media. */
  linkShare: share,
  /** Of the written posts with links, the share linking the account's own site; null when the site is unknown. */
  ownSiteLinkShare: share.nullable(),
  /** Written posts linking the account's own site, as a share of written posts; null when the site is unknown. */
  selfPromotionShare: share.nullable(),
  /** Written posts carrying photos or video. */
  mediaShare: share,
  /** Mentions per written post, not counting the person a reply answers. */
  mentionsPerPost: z.number().nonnegative(),
  /** Distinct people the account replied to. */
  distinctPeopleRepliedTo: z.number().int().nonnegative(),
  /** Distinct people replied to per 100 posts: breadth of conversation independent of volume. */
  distinctPeoplePer100Posts: z.number().nonnegative(),
  /** Of the replies to others, the share inside threads someone else started. */
  repliesInOthersThreadsShare: share,
  /** Of the replies to others, the share to someone the account had already replied to: back-and-forth. */
  repeatPartnerShare: share,
  /** Time between a post and the account's reply to it, when the source tells; null when unknown. */
  replyLatency: z
    .strictObject({
      medianMinutes: z.number().nonnegative(),
      p90Minutes: z.number().nonnegative(),
      sampleSize: z.number().int().positive(),
    })
    .nullable(),
  postsPerActiveDay: z.number().nonnegative(),
  activeDaysPerWeek: z.number().min(0).max(7),
  /** Share of the window's weeks with at least one post. */
  activeWeeksShare: share,
  /** Longest run of days without a post. */
  longestSilenceDays: z.number().int().nonnegative(),
  automation: automationSignalsSchema,
  /** Written posts that make an offer (price, deal, booking, order…). */
  offerShare: share,
  /** Of the offer posts, the share a search can find: written out, not a reply, with a hashtag or link. */
  searchableOfferShare: share.nullable(),
  /** Written posts that thank someone or help with a problem. */
  thanksOrSupportShare: share,
  /** Written posts that chase followers (follow-back, follow trains, "drop your handle"…). */
  followerBaitShare: share,
});
export type Metrics = z.infer<typeof metricsSchema>;

/** One reason behind a classification, with the figure that supports it. */
export const reasonSchema = z.strictObject({
  /** Stable key for the kind of reason, e.g. `reply-share` or `automation`. */
  code: z.string().regex(/^[a-z0-9-]+$/),
  /** One sentence with the figure and the threshold it was compared with. */
  text: z.string().min(1),
});
export type Reason = z.infer<typeof reasonSchema>;

/** The mode the account's behaviour matches. */
export const classificationSchema = z.strictObject({
  mode: modeIdSchema,
  /** 0.5 = on a threshold, 1 = far from any threshold with plenty of posts. */
  confidence: z.number().min(0).max(1),
  reasons: z.array(reasonSchema).min(1),
});
export type Classification = z.infer<typeof classificationSchema>;

/** A play that addresses a gap, as named in the play's frontmatter. */
export const playRefSchema = z.strictObject({ id: z.string(), title: z.string() });
export type PlayRef = z.infer<typeof playRefSchema>;

/** One gap found by the audit. */
export const gapFindingSchema = z.strictObject({
  id: gapIdSchema,
  /** high: the gap defines the account; medium: clearly present; low: worth a look. */
  severity: z.enum(['high', 'medium', 'low']),
  /** The figure that shows the gap, against the target, in one sentence. */
  evidence: z.string().min(1),
  /** Plays whose frontmatter says they address this gap. */
  plays: z.array(playRefSchema),
});
export type GapFinding = z.infer<typeof gapFindingSchema>;

/** The audit: recommended mode for the business type, against what the account does. */
export const gapReportSchema = z.strictObject({
  recommendedMode: modeIdSchema,
  observedMode: modeIdSchema,
  modeMatches: z.boolean(),
  gaps: z.array(gapFindingSchema),
});
export type GapReport = z.infer<typeof gapReportSchema>;

/** When the account is active: shares of posts, UTC. */
export const activitySchema = z.strictObject({
  /** 7 rows (Monday first) × 24 hours: share of all posts in each weekday-hour cell. */
  grid: z.array(z.array(share).length(24)).length(7),
  /** Posts per ISO week, oldest first, including silent weeks. */
  weekly: z.array(z.strictObject({ week: isoWeek, posts: z.number().int().nonnegative() })),
});
export type Activity = z.infer<typeof activitySchema>;

/** The published record of one example account. */
export const accountRecordSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** Keyed HMAC of the account id: stable for one salt, meaningless without it. Also the page slug. */
  pseudonym: z
    .string()
    .regex(/^[a-z]+-[a-z]+-[0-9a-f]{4}$/, { error: 'pseudonym must look like amber-heron-3f9a' })
    .describe('Keyed HMAC pseudonym; also the page slug.'),
  /** What kind of account this is, in a few words ("Deal-broadcasting maker"). */
  label: z.string().min(1).describe('A short descriptive label, e.g. "Deal-broadcasting maker".'),
  /** The archetype the example stands for, when it is one of the shipped examples. */
  archetype: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /** Business type id (`<content dir>/business-types/<id>.md`). */
  businessType: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Business type id.'),
  /** True for the shipped examples: composites generated by `accounts:demo`, not real accounts. */
  illustrative: z.boolean().describe('True for generated illustrative composites.'),
  provenance: provenanceSchema,
  profile: accountProfileSchema,
  metrics: metricsSchema,
  classification: classificationSchema,
  audit: gapReportSchema,
  activity: activitySchema,
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;
