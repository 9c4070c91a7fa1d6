/**
 * The gap report: what the account does, against the mode its business type calls for, and
 * which plays would close each gap. The plays are found by data (each play's `addresses`
 * frontmatter), so adding a play adds it to every report that finds its gap.
 *
 * Each rule states its threshold and why; gaps that only make sense for a mode that talks to
 * people (reply share, breadth, speed) are not raised against a broadcast-only recommendation.
 */
import type {
  AccountProfileFacts,
  Classification,
  GapFinding,
  GapReport,
  Metrics,
  ModeId,
  PlayRef,
} from '../../schemas/account.ts';
import type { GapId } from '../../schemas/gap.ts';
import {
  automationSummary,
  BROADCAST_MAX_REPLY_SHARE,
  CONVERSATIONAL_MIN_PEOPLE_PER_100,
  CONVERSATIONAL_MIN_REPLY_SHARE,
  formatMinutes,
  looksAutomated,
  pct,
} from './classify.ts';

/** A play as the audit needs it: its id, title and the gaps it addresses. */
export interface PlaySummary {
  id: string;
  title: string;
  addresses: readonly string[];
  /** Anti-patterns and withdrawn plays are never offered as a way to close a gap. */
  kind?: 'play' | 'anti-pattern';
  withdrawn?: boolean;
}

/** Self-promotion above this share of written posts reads as advertising in a conversational account. */
export const SELF_PROMOTION_MAX = { conversational: 0.3, hybrid: 0.5 } as const;
/** Broadcast and hybrid accounts exist to send people somewhere: under 5 % of posts linking the site is a gap. */
export const MIN_SITE_LINK_SHARE = 0.05;
/** Median reply time beyond which the customer has moved on: 6 h when conversation is the point, a day for hybrid. */
export const SLOW_REPLY_MINUTES = { conversational: 360, hybrid: 1440 } as const;
/** Fewer than 60 % of weeks active, or a silence over three weeks, and followers stop expecting posts. */
export const MIN_ACTIVE_WEEKS_SHARE = 0.6;
export const MAX_SILENCE_DAYS = 21;
/** One post in twenty chasing follows is enough to colour the account. */
export const FOLLOWER_BAIT_MAX = 0.05;
/**
 * Replies past this share leave little room for offers in a broadcast-led account: a quarter of
 * the timeline for broadcast-only (a visitor sees talk before offers), most of it for hybrid.
 */
export const REPLIES_CROWD_OUT = { 'broadcast-only': 0.25, hybrid: 0.6 } as const;
/** Offers under this share of written posts are easy to miss. */
export const MIN_OFFER_SHARE = 0.15;
/** Of offers, at least half should be findable by search. */
export const MIN_SEARCHABLE_OFFER_SHARE = 0.5;
export const MIN_OFFERS_FOR_SEARCH_CHECK = 5;
/** Under 3 % of written posts thanking or helping anyone. */
export const MIN_THANKS_SHARE = 0.03;

export interface AuditInput {
  metrics: Metrics;
  classification: Classification;
  profile: AccountProfileFacts;
  postCount: number;
  recommendedMode: ModeId;
  plays: readonly PlaySummary[];
  /** The business type's own plays, offered first when they close a gap. */
  preferredPlays?: readonly string[];
}

type Finding = Omit<GapFinding, 'plays'>;

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export function audit(input: AuditInput): GapReport {
  const findings = findGaps(input);
  const gaps: GapFinding[] = findings
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((finding) => ({ ...finding, plays: playsFor(finding.id, input.plays, input.preferredPlays) }));
  return {
    recommendedMode: input.recommendedMode,
    observedMode: input.classification.mode,
    modeMatches: input.classification.mode === input.recommendedMode,
    gaps,
  };
}

/**
 * Live plays (not anti-patterns, not withdrawn) whose `addresses` include the gap: the business
 * type's own plays first, in its order, then the rest by title.
 */
export function playsFor(
  gap: GapId,
  plays: readonly PlaySummary[],
  preferred: readonly string[] = [],
): PlayRef[] {
  const rank = (id: string) => {
    const index = preferred.indexOf(id);
    return index === -1 ? preferred.length : index;
  };
  return plays
    .filter((play) => play.addresses.includes(gap) && (play.kind ?? 'play') === 'play' && !play.withdrawn)
    .sort((a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title))
    .map((play) => ({ id: play.id, title: play.title }));
}

export function findGaps({ metrics: m, profile, postCount, recommendedMode: mode }: AuditInput): Finding[] {
  const found: Finding[] = [];
  const talks = mode !== 'broadcast-only';
  const share = m.replyToOthersShare;

  if (mode === 'conversational' && share < CONVERSATIONAL_MIN_REPLY_SHARE) {
    found.push({
      id: 'reply-share-low',
      severity: share < BROADCAST_MAX_REPLY_SHARE ? 'high' : 'medium',
      evidence: `${pct(share)} of posts reply to other people; a conversational account answers in ${pct(CONVERSATIONAL_MIN_REPLY_SHARE)} or more.`,
    });
  } else if (mode === 'hybrid' && share < BROADCAST_MAX_REPLY_SHARE) {
    found.push({
      id: 'reply-share-low',
      severity: share < 0.03 ? 'high' : 'medium',
      evidence: `${pct(share)} of posts reply to other people; a hybrid account answers in at least ${pct(BROADCAST_MAX_REPLY_SHARE)}.`,
    });
  }

  if (talks && m.distinctPeoplePer100Posts < CONVERSATIONAL_MIN_PEOPLE_PER_100) {
    found.push({
      id: 'few-distinct-people',
      severity: m.distinctPeoplePer100Posts < 1 ? 'high' : 'medium',
      evidence: `Replies reached ${m.distinctPeopleRepliedTo} people, ${m.distinctPeoplePer100Posts} per 100 posts; aim for ${CONVERSATIONAL_MIN_PEOPLE_PER_100} or more.`,
    });
  }

  if (m.selfPromotionShare !== null && (mode === 'conversational' || mode === 'hybrid')) {
    const max = SELF_PROMOTION_MAX[mode];
    if (m.selfPromotionShare > max) {
      found.push({
        id: 'self-promotion-high',
        severity: m.selfPromotionShare > 0.6 ? 'high' : 'medium',
        evidence: `${pct(m.selfPromotionShare)} of written posts link the account's own site; keep it under ${pct(max)} for a ${mode} account.`,
      });
    }
  }

  if (looksAutomated(m)) {
    found.push({
      id: 'automation-signals',
      severity: talks ? 'high' : 'medium',
      evidence: `Posts look automated: ${automationSummary(m)}.`,
    });
  }

  const missing = [
    profile.bio.saysWhat ? null : 'say what the business is',
    profile.bio.linksSite ? null : 'link the site',
    profile.bio.statesObjective ? null : 'say what to do next',
  ].filter((x): x is string => x !== null);
  if (missing.length > 0) {
    found.push({
      id: 'bio-incomplete',
      severity: missing.length >= 2 ? 'medium' : 'low',
      evidence: `The bio does not ${missing.join(', or ')}.`,
    });
  }

  if (!profile.bio.linksSite) {
    found.push({ id: 'no-links-to-site', severity: 'medium', evidence: 'The profile has no website link.' });
  } else if (!talks || mode === 'hybrid') {
    if (m.selfPromotionShare !== null && m.selfPromotionShare < MIN_SITE_LINK_SHARE) {
      found.push({
        id: 'no-links-to-site',
        severity: 'medium',
        evidence: `${pct(m.selfPromotionShare)} of written posts link the account's own site; a ${mode} account needs at least ${pct(MIN_SITE_LINK_SHARE)}.`,
      });
    }
  }

  const writtenCount = Math.round(postCount * (1 - m.mix.repost));
  const offerCount = Math.round(m.offerShare * writtenCount);
  // Offers matter where the business sells by broadcasting, or where the account is offer-heavy anyway.
  const sellsByOffers = mode !== 'conversational' || m.offerShare >= MIN_OFFER_SHARE;
  if (
    sellsByOffers &&
    m.searchableOfferShare !== null &&
    offerCount >= MIN_OFFERS_FOR_SEARCH_CHECK &&
    m.searchableOfferShare < MIN_SEARCHABLE_OFFER_SHARE
  ) {
    found.push({
      id: 'deals-not-searchable',
      severity: m.searchableOfferShare < 0.2 ? 'high' : 'medium',
      evidence: `Only ${pct(m.searchableOfferShare)} of ${offerCount} offers are written out with a hashtag or link where search finds them; aim for ${pct(MIN_SEARCHABLE_OFFER_SHARE)} or more.`,
    });
  }

  if (talks && m.replyLatency) {
    const limit = SLOW_REPLY_MINUTES[mode];
    if (m.replyLatency.medianMinutes > limit) {
      found.push({
        id: 'slow-replies',
        severity: m.replyLatency.medianMinutes > 3 * limit ? 'high' : 'medium',
        evidence: `Half the replies take longer than ${formatMinutes(m.replyLatency.medianMinutes)}; a ${mode} account answers within ${formatMinutes(limit)}.`,
      });
    }
  }

  if (m.activeWeeksShare < MIN_ACTIVE_WEEKS_SHARE || m.longestSilenceDays > MAX_SILENCE_DAYS) {
    found.push({
      id: 'irregular-presence',
      severity: m.activeWeeksShare < 0.3 ? 'high' : 'medium',
      evidence: `Active in ${pct(m.activeWeeksShare)} of weeks, with a longest silence of ${m.longestSilenceDays} days; aim for ${pct(MIN_ACTIVE_WEEKS_SHARE)} of weeks and no gap over ${MAX_SILENCE_DAYS} days.`,
    });
  }

  const chasingRatio =
    profile.followerRatio !== null && profile.followerRatio < 0.5 && m.mentionsPerPost >= 2;
  if (
    m.followerBaitShare >= FOLLOWER_BAIT_MAX ||
    m.automation.templatedShoutoutShare >= FOLLOWER_BAIT_MAX ||
    chasingRatio
  ) {
    const parts = [
      m.followerBaitShare > 0 ? `${pct(m.followerBaitShare)} of written posts chase follows` : null,
      m.automation.templatedShoutoutShare > 0
        ? `${pct(m.automation.templatedShoutoutShare)} are templated shout-outs`
        : null,
      m.mentionsPerPost >= 2 ? `${m.mentionsPerPost.toFixed(1)} people tagged per post` : null,
    ].filter((x): x is string => x !== null);
    found.push({
      id: 'follower-chasing',
      severity: m.followerBaitShare >= 0.15 ? 'high' : 'medium',
      evidence: `${parts.join('; ') || 'Posts chase follows'}${profile.followerRatio !== null ? ` (follows ${profile.followerRatio < 1 ? 'more accounts than follow back' : 'fewer accounts than follow it'}: ratio ${profile.followerRatio})` : ''}.`,
    });
  }

  if (mode === 'broadcast-only' || mode === 'hybrid') {
    const max = REPLIES_CROWD_OUT[mode];
    if (share > max && m.offerShare < MIN_OFFER_SHARE) {
      found.push({
        id: 'replies-crowd-out-offers',
        severity: 'medium',
        evidence: `${pct(share)} of posts are replies and only ${pct(m.offerShare)} of written posts make an offer; a ${mode} account keeps replies under ${pct(max)}.`,
      });
    }
  }

  if (m.thanksOrSupportShare < MIN_THANKS_SHARE) {
    found.push({
      id: 'no-thanks-or-support',
      severity: talks ? 'medium' : 'low',
      evidence: `${pct(m.thanksOrSupportShare)} of written posts thank anyone or help with a problem; aim for at least ${pct(MIN_THANKS_SHARE)}.`,
    });
  }
  return found;
}
