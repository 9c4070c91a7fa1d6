/**
 * Which mode an account's behaviour matches. The modes and their thresholds are content: each
 * mode file's `accounts` block (`src/schemas/mode.ts`, read through `mode-rules.ts`).
 *
 * The deciding figure is the share of posts that reply to someone else (`replyToOthersShare`).
 * Replies to the account's own threads do not count: a thread is still broadcasting. Reposts
 * count in the denominator, because they take the same place in the timeline as a reply would.
 *
 * The demo playbook's bands, and why they sit where they do (its mode files hold the numbers):
 *
 * - Broadcast-only, under 10 %. Below one reply in ten posts, replies are incidental: a visitor
 *   scrolling the profile sees announcements, and the Replies tab is mostly empty. The
 *   guidance's broadcast accounts (deal feeds, publishers, automated feeds) sit at 0–6 %, and
 *   even a broadcaster that answers the occasional question stays under 10 %.
 * - Conversational, from 40 %. From four replies in ten, answering people is what the account
 *   mostly does: the Replies tab is the account. The guidance's conversational examples (a
 *   tradesperson answering customers, an executive answering complaints) run at 45–65 %; 40 %
 *   leaves room for the original posts such an account still needs.
 * - Between the two is hybrid: broadcasting with a steady, visible share of answers.
 * - Breadth (conversational: 5 distinct people per 100 posts, else hybrid). Conversation means
 *   many people hear back. An account whose replies go to a few people (a team replying to
 *   itself, a long argument with one person) has the reply share but not the breadth.
 *
 * Confidence is 0.5 on a threshold and rises to 1 at CONFIDENCE_SPAN away from the nearest
 * threshold (or the band's width, when the band is narrower). It is then lowered when the sample
 * is small (under MIN_POSTS_FOR_FULL_CONFIDENCE posts, a handful of replies moves the share
 * across a threshold), when replies are one-off (no back-and-forth: replying for reach rather
 * than conversation), and when posts look automated for a mode that needs a person.
 */
import type { Classification, Metrics, Reason } from '../../schemas/account.ts';
import { formatMinutes, percent } from '../format.ts';
import {
  bandFor,
  describeBands,
  expectsReplies,
  type ModeRule,
  replyShareBands,
  ruleFor,
} from './mode-rules.ts';

export const CONFIDENCE_SPAN = 0.15;
export const MIN_POSTS_FOR_FULL_CONFIDENCE = 50;
/** Under this share of repeat partners, with enough replies, replies are one-off. */
export const ONE_OFF_REPEAT_SHARE = 0.05;
export const ONE_OFF_MIN_REPLIES = 20;

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

export function classify(metrics: Metrics, postCount: number, modes: readonly ModeRule[]): Classification {
  const share = metrics.replyToOthersShare;
  const reasons: Reason[] = [];
  const bands = replyShareBands(modes);
  let band = bandFor(share, bands);
  let mode = band.mode;
  // Distance to the nearest threshold; the ends of the scale (0 and 1) are not thresholds.
  const edges = [band.from > 0 ? share - band.from : null, band.to < 1 ? band.to - share : null].filter(
    (d): d is number => d !== null,
  );
  let distance = edges.length > 0 ? Math.min(...edges) : 1;
  reasons.push({
    code: 'reply-share',
    text: `${percent(share)} of posts reply to other people (${describeBands(bands)}).`,
  });

  const breadth = ruleFor(mode, modes).accounts.breadth;
  if (breadth && metrics.distinctPeoplePer100Posts < breadth.minPeoplePer100) {
    mode = breadth.otherwise;
    band = bands.find((b) => b.mode === mode) ?? band;
    distance = 0.05;
    reasons.push({
      code: 'few-people',
      text: `Replies reach only ${metrics.distinctPeoplePer100Posts} people per 100 posts (conversation needs ${breadth.minPeoplePer100} or more), so the replies are a narrow exchange, not a conversation with customers.`,
    });
  } else if (metrics.distinctPeopleRepliedTo > 0) {
    reasons.push({
      code: 'people',
      text: `Replied to ${metrics.distinctPeopleRepliedTo} different people (${metrics.distinctPeoplePer100Posts} per 100 posts).`,
    });
  }

  const talks = expectsReplies(ruleFor(mode, modes));
  const written = metrics.mix.original + metrics.mix.quote;
  if (!talks && written > 0) {
    reasons.push({
      code: 'broadcast-mix',
      text: `${percent(metrics.mix.original + metrics.mix.quote)} of posts are the account's own announcements and ${percent(metrics.mix.repost)} are reposts.`,
    });
  }

  const span = Math.min(CONFIDENCE_SPAN, band.to - band.from);
  let confidence = 0.5 + 0.5 * Math.min(1, distance / span);
  if (postCount < MIN_POSTS_FOR_FULL_CONFIDENCE) {
    confidence *= 0.6 + (0.4 * postCount) / MIN_POSTS_FOR_FULL_CONFIDENCE;
    reasons.push({
      code: 'small-sample',
      text: `Only ${postCount} posts: a few more replies would move the share.`,
    });
  }
  const replies = Math.round(metrics.replyToOthersShare * postCount);
  if (talks && replies >= ONE_OFF_MIN_REPLIES && metrics.repeatPartnerShare < ONE_OFF_REPEAT_SHARE) {
    confidence *= 0.8;
    reasons.push({
      code: 'one-off-replies',
      text: `Replies are one-off: ${oneOffShare(metrics.repeatPartnerShare)} go to someone answered before, so there is little back-and-forth.`,
    });
  }
  if (looksAutomated(metrics)) {
    if (!talks) confidence = Math.min(1, confidence + 0.1);
    else confidence *= 0.8;
    reasons.push({ code: 'automation', text: `Posts look automated (${automationSummary(metrics)}).` });
  }
  if (metrics.replyLatency && talks) {
    reasons.push({
      code: 'latency',
      text: `Half the replies come within ${formatMinutes(metrics.replyLatency.medianMinutes)} of the post they answer.`,
    });
  }
  return { mode, confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100, reasons };
}

/** "none" rather than "only 0%"; "only 3%" otherwise. */
function oneOffShare(share: number): string {
  return Math.round(share * 100) === 0 ? 'none' : `only ${percent(share)}`;
}

/** "62% repeated texts, 71% at a fixed interval" — only the signals that fire. */
export function automationSummary(metrics: Metrics): string {
  const a = metrics.automation;
  const parts: string[] = [];
  if (a.nearDuplicateShare >= 0.25) parts.push(`${percent(a.nearDuplicateShare)} repeated texts`);
  if (a.fixedIntervalShare >= 0.5)
    parts.push(`${percent(a.fixedIntervalShare)} of gaps at one fixed interval`);
  if (a.sameMinuteShare >= 0.3)
    parts.push(`${percent(a.sameMinuteShare)} of posts on the same minute past the hour`);
  if (a.templatedShoutoutShare >= 0.05)
    parts.push(`${percent(a.templatedShoutoutShare)} templated shout-outs`);
  return parts.join(', ') || 'no strong signal';
}
