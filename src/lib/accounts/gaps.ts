/**
 * The gap rules of the audit: one entry per gap id, each saying when the gap is raised, how
 * severe it is and the figure that shows it. Mode-specific targets (reply share, breadth,
 * self-promotion, reply speed, site links, offers) come from the recommended mode's own file
 * (`accounts.targets`, see `src/schemas/mode.ts`); the thresholds that hold for every mode are
 * here, each with why. Pure.
 */
import type { AccountProfileFacts, GapFinding, Metrics } from '../../schemas/account.ts';
import type { GapId } from '../../schemas/gap.ts';
import { formatMinutes, percent } from '../format.ts';
import { automationSummary, looksAutomated } from './classify.ts';
import { expectsReplies, type ModeRule } from './mode-rules.ts';

/** Fewer than 60 % of weeks active, or a silence over three weeks, and followers stop expecting posts. */
export const MIN_ACTIVE_WEEKS_SHARE = 0.6;
export const MAX_SILENCE_DAYS = 21;
/** One post in twenty chasing follows is enough to colour the account. */
export const FOLLOWER_BAIT_MAX = 0.05;
/** Offers under this share of written posts are easy to miss. */
export const MIN_OFFER_SHARE = 0.15;
/** Of offers, at least half should be findable by search. */
export const MIN_SEARCHABLE_OFFER_SHARE = 0.5;
export const MIN_OFFERS_FOR_SEARCH_CHECK = 5;
/** Under 3 % of written posts thanking or helping anyone. */
export const MIN_THANKS_SHARE = 0.03;

/** What every rule sees: the figures, the profile and the recommended mode's rule. */
export interface GapContext {
  metrics: Metrics;
  profile: AccountProfileFacts;
  postCount: number;
  /** The mode the business type recommends. */
  mode: ModeRule;
  /** True when that mode expects the account to answer people. */
  talks: boolean;
}

export type Finding = Omit<GapFinding, 'plays'>;
type Severity = Finding['severity'];
/** A rule returns the gap's severity and evidence, or null when the account does not have it. */
type GapRule = (context: GapContext) => { severity: Severity; evidence: string } | null;

const found = (severity: Severity, evidence: string) => ({ severity, evidence });

/** What the bio leaves out; nothing when the bio is unknown, since an unknown is no gap. */
function missingBioParts(profile: AccountProfileFacts): string[] {
  const bio = profile.bio;
  if (bio === null) return [];
  return [
    bio.saysWhat ? null : 'say what the business is',
    bio.linksSite ? null : 'link the site',
    bio.statesObjective ? null : 'say what to do next',
  ].filter((x): x is string => x !== null);
}

/** One entry per gap, in the order the report lists gaps of equal severity. */
export const GAP_RULES: Record<GapId, GapRule> = {
  'reply-share-low': ({ metrics: m, mode, talks }) => {
    const from = mode.accounts.replyShareFrom;
    if (!talks || m.replyToOthersShare >= from) return null;
    const severeBelow = mode.accounts.targets.replyShareSevereBelow;
    return found(
      severeBelow !== undefined && m.replyToOthersShare < severeBelow ? 'high' : 'medium',
      `${percent(m.replyToOthersShare)} of posts reply to other people; a ${mode.id} account answers in at least ${percent(from)}.`,
    );
  },
  'few-distinct-people': ({ metrics: m, mode }) => {
    const min = mode.accounts.targets.minPeoplePer100;
    if (min === undefined || m.distinctPeoplePer100Posts >= min) return null;
    return found(
      m.distinctPeoplePer100Posts < 1 ? 'high' : 'medium',
      `Replies reached ${m.distinctPeopleRepliedTo} people, ${m.distinctPeoplePer100Posts} per 100 posts; aim for ${min} or more.`,
    );
  },
  'self-promotion-high': ({ metrics: m, mode }) => {
    const max = mode.accounts.targets.maxSelfPromotionShare;
    if (max === undefined || m.selfPromotionShare === null || m.selfPromotionShare <= max) return null;
    return found(
      m.selfPromotionShare > 0.6 ? 'high' : 'medium',
      `${percent(m.selfPromotionShare)} of written posts link the account's own site; keep it under ${percent(max)} for a ${mode.id} account.`,
    );
  },
  'automation-signals': ({ metrics: m, talks }) =>
    looksAutomated(m)
      ? found(talks ? 'high' : 'medium', `Posts look automated: ${automationSummary(m)}.`)
      : null,
  'bio-incomplete': ({ profile }) => {
    const missing = missingBioParts(profile);
    if (missing.length === 0) return null;
    return found(missing.length >= 2 ? 'medium' : 'low', `The bio does not ${missing.join(', or ')}.`);
  },
  'no-links-to-site': ({ metrics: m, profile, mode }) => {
    // An unknown profile (no profile.js) is not a profile without a link: only the posts count then.
    if (profile.bio?.linksSite === false) return found('medium', 'The profile has no website link.');
    const min = mode.accounts.targets.minSiteLinkShare;
    if (min === undefined || m.selfPromotionShare === null || m.selfPromotionShare >= min) return null;
    return found(
      'medium',
      `${percent(m.selfPromotionShare)} of written posts link the account's own site; a ${mode.id} account needs at least ${percent(min)}.`,
    );
  },
  'deals-not-searchable': ({ metrics: m, postCount, mode }) => {
    const writtenCount = Math.round(postCount * (1 - m.mix.repost));
    const offerCount = Math.round(m.offerShare * writtenCount);
    // Offers matter where the business sells by broadcasting, or where the account is offer-heavy anyway.
    const offersMatter = mode.accounts.targets.offers === 'always' || m.offerShare >= MIN_OFFER_SHARE;
    if (
      !offersMatter ||
      m.searchableOfferShare === null ||
      offerCount < MIN_OFFERS_FOR_SEARCH_CHECK ||
      m.searchableOfferShare >= MIN_SEARCHABLE_OFFER_SHARE
    )
      return null;
    return found(
      m.searchableOfferShare < 0.2 ? 'high' : 'medium',
      `Only ${percent(m.searchableOfferShare)} of ${offerCount} offers are written out with a hashtag or link where search finds them; aim for ${percent(MIN_SEARCHABLE_OFFER_SHARE)} or more.`,
    );
  },
  'slow-replies': ({ metrics: m, mode, talks }) => {
    const limit = mode.accounts.targets.maxReplyMinutes;
    if (!talks || !m.replyLatency || limit === undefined || m.replyLatency.medianMinutes <= limit)
      return null;
    return found(
      m.replyLatency.medianMinutes > 3 * limit ? 'high' : 'medium',
      `Half the replies take longer than ${formatMinutes(m.replyLatency.medianMinutes)}; a ${mode.id} account answers within ${formatMinutes(limit)}.`,
    );
  },
  'irregular-presence': ({ metrics: m }) => {
    if (m.activeWeeksShare >= MIN_ACTIVE_WEEKS_SHARE && m.longestSilenceDays <= MAX_SILENCE_DAYS) return null;
    return found(
      m.activeWeeksShare < 0.3 ? 'high' : 'medium',
      `Active in ${percent(m.activeWeeksShare)} of weeks, with a longest silence of ${m.longestSilenceDays} days; aim for ${percent(MIN_ACTIVE_WEEKS_SHARE)} of weeks and no gap over ${MAX_SILENCE_DAYS} days.`,
    );
  },
  'follower-chasing': ({ metrics: m, profile }) => {
    const chasingRatio =
      profile.followerRatio !== null && profile.followerRatio < 0.5 && m.mentionsPerPost >= 2;
    if (
      m.followerBaitShare < FOLLOWER_BAIT_MAX &&
      m.automation.templatedShoutoutShare < FOLLOWER_BAIT_MAX &&
      !chasingRatio
    )
      return null;
    const parts = [
      m.followerBaitShare > 0 ? `${percent(m.followerBaitShare)} of written posts chase follows` : null,
      m.automation.templatedShoutoutShare > 0
        ? `${percent(m.automation.templatedShoutoutShare)} are templated shout-outs`
        : null,
      m.mentionsPerPost >= 2 ? `${m.mentionsPerPost.toFixed(1)} people tagged per post` : null,
    ].filter((x): x is string => x !== null);
    const ratio =
      profile.followerRatio !== null
        ? ` (follows ${profile.followerRatio < 1 ? 'more accounts than follow back' : 'fewer accounts than follow it'}: ratio ${profile.followerRatio})`
        : '';
    return found(
      m.followerBaitShare >= 0.15 ? 'high' : 'medium',
      `${parts.join('; ') || 'Posts chase follows'}${ratio}.`,
    );
  },
  'replies-crowd-out-offers': ({ metrics: m, mode }) => {
    const max = mode.accounts.targets.maxReplyShare;
    if (max === undefined || m.replyToOthersShare <= max || m.offerShare >= MIN_OFFER_SHARE) return null;
    return found(
      'medium',
      `${percent(m.replyToOthersShare)} of posts are replies and only ${percent(m.offerShare)} of written posts make an offer; a ${mode.id} account keeps replies under ${percent(max)}.`,
    );
  },
  'no-thanks-or-support': ({ metrics: m, talks }) =>
    m.thanksOrSupportShare < MIN_THANKS_SHARE
      ? found(
          talks ? 'medium' : 'low',
          `${percent(m.thanksOrSupportShare)} of written posts thank anyone or help with a problem; aim for at least ${percent(MIN_THANKS_SHARE)}.`,
        )
      : null,
};

/** Every gap the account has against its recommended mode, in the table's order. */
export function findGaps(context: Omit<GapContext, 'talks'>): Finding[] {
  const withTalks: GapContext = { ...context, talks: expectsReplies(context.mode) };
  return (Object.entries(GAP_RULES) as [GapId, GapRule][]).flatMap(([id, rule]) => {
    const result = rule(withTalks);
    return result ? [{ id, ...result }] : [];
  });
}
