/**
 * Which mode an account's behaviour matches: broadcast-only, conversational or hybrid.
 *
 * The deciding figure is the share of posts that reply to someone else (`replyToOthersShare`).
 * Replies to the account's own threads do not count: a thread is still broadcasting. Reposts
 * count in the denominator, because they take the same place in the timeline as a reply would.
 *
 * Thresholds, and why they sit where they do:
 *
 * - BROADCAST_MAX_REPLY_SHARE = 0.10. Below one reply in ten posts, replies are incidental: a
 *   visitor scrolling the profile sees announcements, and the Replies tab is mostly empty. The
 *   guidance's broadcast accounts (deal feeds, publishers, automated feeds) sit at 0–6 %, and
 *   even a broadcaster that answers the occasional question stays under 10 %.
 * - CONVERSATIONAL_MIN_REPLY_SHARE = 0.40. From four replies in ten, answering people is what
 *   the account mostly does: the Replies tab is the account. The guidance's conversational
 *   examples (a tradesperson answering customers, an executive answering complaints) run at
 *   45–65 %; 40 % leaves room for the original posts such an account still needs.
 * - Between the two is hybrid: broadcasting with a steady, visible share of answers.
 * - CONVERSATIONAL_MIN_PEOPLE_PER_100 = 5. Conversation means many people hear back. An account
 *   whose replies go to a few people (a team replying to itself, a long argument with one
 *   person) has the reply share but not the breadth: it is classed hybrid, with the reason given.
 *
 * Confidence is 0.5 on a threshold and rises to 1 at CONFIDENCE_SPAN away from the nearest
 * threshold (for broadcast-only, whose band is only 10 points wide, at 0 % replies). It is then lowered when the sample is small (under MIN_POSTS_FOR_FULL_CONFIDENCE
 * posts, a handful of replies moves the share across a threshold), when replies are one-off
 * (no back-and-forth: replying for reach rather than conversation), and when posts look
 * automated for a mode that needs a person.
 */
import type { Classification, Metrics, ModeId, Reason } from '../../schemas/account.ts';

export const BROADCAST_MAX_REPLY_SHARE = 0.1;
export const CONVERSATIONAL_MIN_REPLY_SHARE = 0.4;
export const CONVERSATIONAL_MIN_PEOPLE_PER_100 = 5;
export const CONFIDENCE_SPAN = 0.15;
export const MIN_POSTS_FOR_FULL_CONFIDENCE = 50;
/** Under this share of repeat partners, with enough replies, replies are one-off. */
export const ONE_OFF_REPEAT_SHARE = 0.05;
export const ONE_OFF_MIN_REPLIES = 20;

/** The thresholds, for charts that draw them. */
export const MODE_THRESHOLDS = {
  broadcastMaxReplyShare: BROADCAST_MAX_REPLY_SHARE,
  conversationalMinReplyShare: CONVERSATIONAL_MIN_REPLY_SHARE,
} as const;

/** True when the automation signals say a schedule or a template is posting. */
export function looksAutomated(metrics: Metrics): boolean {
  const a = metrics.automation;
  return (
    a.nearDuplicateShare >= 0.25 ||
    a.fixedIntervalShare >= 0.5 ||
    a.sameMinuteShare >= 0.3 ||
    a.templatedShoutoutShare >= 0.05
  );
}

export const pct = (share: number): string => `${Math.round(share * 100)}%`;

export function classify(metrics: Metrics, postCount: number): Classification {
  const share = metrics.replyToOthersShare;
  const reasons: Reason[] = [];
  const bounds = `broadcast-only under ${pct(BROADCAST_MAX_REPLY_SHARE)}, conversational from ${pct(CONVERSATIONAL_MIN_REPLY_SHARE)}`;
  let mode: ModeId;
  let distance: number;
  if (share < BROADCAST_MAX_REPLY_SHARE) {
    mode = 'broadcast-only';
    distance = BROADCAST_MAX_REPLY_SHARE - share;
  } else if (share >= CONVERSATIONAL_MIN_REPLY_SHARE) {
    mode = 'conversational';
    distance = share - CONVERSATIONAL_MIN_REPLY_SHARE;
  } else {
    mode = 'hybrid';
    distance = Math.min(share - BROADCAST_MAX_REPLY_SHARE, CONVERSATIONAL_MIN_REPLY_SHARE - share);
  }
  reasons.push({ code: 'reply-share', text: `${pct(share)} of posts reply to other people (${bounds}).` });

  if (mode === 'conversational' && metrics.distinctPeoplePer100Posts < CONVERSATIONAL_MIN_PEOPLE_PER_100) {
    mode = 'hybrid';
    distance = 0.05;
    reasons.push({
      code: 'few-people',
      text: `Replies reach only ${metrics.distinctPeoplePer100Posts} people per 100 posts (conversation needs ${CONVERSATIONAL_MIN_PEOPLE_PER_100} or more), so the replies are a narrow exchange, not a conversation with customers.`,
    });
  } else if (metrics.distinctPeopleRepliedTo > 0) {
    reasons.push({
      code: 'people',
      text: `Replied to ${metrics.distinctPeopleRepliedTo} different people (${metrics.distinctPeoplePer100Posts} per 100 posts).`,
    });
  }

  const written = metrics.mix.original + metrics.mix.quote;
  if (mode === 'broadcast-only' && written > 0) {
    reasons.push({
      code: 'broadcast-mix',
      text: `${pct(metrics.mix.original + metrics.mix.quote)} of posts are the account's own announcements and ${pct(metrics.mix.repost)} are reposts.`,
    });
  }

  const span = mode === 'broadcast-only' ? BROADCAST_MAX_REPLY_SHARE : CONFIDENCE_SPAN;
  let confidence = 0.5 + 0.5 * Math.min(1, distance / span);
  if (postCount < MIN_POSTS_FOR_FULL_CONFIDENCE) {
    confidence *= 0.6 + (0.4 * postCount) / MIN_POSTS_FOR_FULL_CONFIDENCE;
    reasons.push({
      code: 'small-sample',
      text: `Only ${postCount} posts: a few more replies would move the share.`,
    });
  }
  const replies = Math.round(metrics.replyToOthersShare * postCount);
  if (
    mode !== 'broadcast-only' &&
    replies >= ONE_OFF_MIN_REPLIES &&
    metrics.repeatPartnerShare < ONE_OFF_REPEAT_SHARE
  ) {
    confidence *= 0.8;
    reasons.push({
      code: 'one-off-replies',
      text: `Replies are one-off: only ${pct(metrics.repeatPartnerShare)} go to someone answered before, so there is little back-and-forth.`,
    });
  }
  if (looksAutomated(metrics)) {
    if (mode === 'broadcast-only') confidence = Math.min(1, confidence + 0.1);
    else confidence *= 0.8;
    reasons.push({ code: 'automation', text: `Posts look automated (${automationSummary(metrics)}).` });
  }
  if (metrics.replyLatency && mode !== 'broadcast-only') {
    reasons.push({
      code: 'latency',
      text: `Half the replies come within ${formatMinutes(metrics.replyLatency.medianMinutes)} of the post they answer.`,
    });
  }
  return { mode, confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100, reasons };
}

/** "62% repeated texts, 71% at a fixed interval" — only the signals that fire. */
export function automationSummary(metrics: Metrics): string {
  const a = metrics.automation;
  const parts: string[] = [];
  if (a.nearDuplicateShare >= 0.25) parts.push(`${pct(a.nearDuplicateShare)} repeated texts`);
  if (a.fixedIntervalShare >= 0.5) parts.push(`${pct(a.fixedIntervalShare)} of gaps at one fixed interval`);
  if (a.sameMinuteShare >= 0.3)
    parts.push(`${pct(a.sameMinuteShare)} of posts on the same minute past the hour`);
  if (a.templatedShoutoutShare >= 0.05) parts.push(`${pct(a.templatedShoutoutShare)} templated shout-outs`);
  return parts.join(', ') || 'no strong signal';
}

/** 95 → "1 h 35 min", 2880 → "2 days". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) {
    const h = Math.floor(minutes / 60);
    const m = Math.round(minutes % 60);
    return m > 0 ? `${h} h ${m} min` : `${h} h`;
  }
  return `${Math.round(minutes / 1440)} days`;
}
