/**
 * Every figure of an account, computed from the anonymized timeline only. Pure and cheap: one
 * pass for most figures, a hash-bucket pass for near-duplicates, so 100,000 posts take well
 * under a second. The unit tests check each figure on small timelines computed by hand.
 */
import type { Activity, Metrics } from '../../schemas/account.ts';
import type { AnonPost, AnonymizedTimeline } from './anonymize.ts';
import { popcount32 } from './text-features.ts';

/** Shares are stored to four decimals. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

const ratio = (part: number, whole: number): number => (whole > 0 ? round4(part / whole) : 0);

/** Posts with fewer words are too short to call repeats (a bare "Thanks!" is not automation). */
export const NEAR_DUPLICATE_MIN_WORDS = 4;
/** SimHash distance (of 64 bits) at or under which two templates count as the same text. */
export const NEAR_DUPLICATE_MAX_BITS = 3;
/** Gaps shorter than this are bursts of typing, not a schedule. */
export const SCHEDULE_MIN_GAP_MINUTES = 10;
/** Fewer gaps than this say nothing about a schedule. */
export const SCHEDULE_MIN_GAPS = 10;
/** Fewer posts than this say nothing about a favourite minute. */
export const SAME_MINUTE_MIN_POSTS = 20;
/** Latency needs at least this many replies with a known parent time. */
export const LATENCY_MIN_SAMPLE = 3;

export function measure(timeline: AnonymizedTimeline): Metrics {
  const posts = timeline.posts;
  const total = posts.length;
  const written = posts.filter((p) => p.kind !== 'repost');
  const toOthers = posts.filter((p) => p.replyTarget === 'other');
  const siteKnown = timeline.profile.siteKnown;

  const count = (list: AnonPost[], test: (p: AnonPost) => boolean) =>
    list.reduce((n, p) => n + (test(p) ? 1 : 0), 0);
  const hasSiteLink = (p: AnonPost) => p.links.some((k) => k !== 'media');
  const linkPosts = count(written, hasSiteLink);
  const ownSitePosts = count(written, (p) => p.links.includes('own-site'));

  const people = new Set<string>();
  let repeat = 0;
  for (const reply of toOthers) {
    if (reply.replyToPerson === null) continue;
    if (people.has(reply.replyToPerson)) repeat++;
    else people.add(reply.replyToPerson);
  }

  const offers = written.filter((p) => p.offer);
  const searchable = count(
    offers,
    (p) => p.kind !== 'reply' && p.words >= 6 && (p.hashtags > 0 || hasSiteLink(p)),
  );

  const activeDays = [...new Set(posts.map((p) => p.day))].sort((a, b) => a - b);
  const weeks = Math.max(1, timeline.window.days / 7);
  let longestSilence = 0;
  for (let i = 1; i < activeDays.length; i++) {
    longestSilence = Math.max(longestSilence, (activeDays[i] as number) - (activeDays[i - 1] as number) - 1);
  }
  const activeWeeks = new Set(posts.map((p) => p.week)).size;

  return {
    mix: {
      original: ratio(
        count(posts, (p) => p.kind === 'original'),
        total,
      ),
      reply: ratio(
        count(posts, (p) => p.kind === 'reply'),
        total,
      ),
      repost: ratio(
        count(posts, (p) => p.kind === 'repost'),
        total,
      ),
      quote: ratio(
        count(posts, (p) => p.kind === 'quote'),
        total,
      ),
    },
    replyToOthersShare: ratio(toOthers.length, total),
    selfThreadShare: ratio(
      count(posts, (p) => p.replyTarget === 'self'),
      total,
    ),
    linkShare: ratio(linkPosts, written.length),
    ownSiteLinkShare: siteKnown ? ratio(ownSitePosts, linkPosts) : null,
    selfPromotionShare: siteKnown ? ratio(ownSitePosts, written.length) : null,
    mediaShare: ratio(
      count(written, (p) => p.mediaCount > 0),
      written.length,
    ),
    mentionsPerPost:
      written.length > 0 ? round4(written.reduce((n, p) => n + p.mentions.length, 0) / written.length) : 0,
    distinctPeopleRepliedTo: people.size,
    distinctPeoplePer100Posts: total > 0 ? Math.round((people.size / total) * 1000) / 10 : 0,
    repliesInOthersThreadsShare: ratio(
      count(toOthers, (p) => p.inOthersThread !== false),
      toOthers.length,
    ),
    repeatPartnerShare: ratio(repeat, toOthers.length),
    replyLatency: latency(toOthers),
    postsPerActiveDay: activeDays.length > 0 ? Math.round((total / activeDays.length) * 100) / 100 : 0,
    activeDaysPerWeek: Math.min(7, Math.round((activeDays.length / weeks) * 100) / 100),
    activeWeeksShare: ratio(activeWeeks, timeline.window.weeks.length),
    longestSilenceDays: longestSilence,
    automation: {
      nearDuplicateShare: nearDuplicateShare(written),
      fixedIntervalShare: fixedIntervalShare(posts),
      sameMinuteShare: sameMinuteShare(posts),
      templatedShoutoutShare: ratio(
        count(posts, (p) => p.shoutout),
        total,
      ),
    },
    offerShare: ratio(offers.length, written.length),
    searchableOfferShare: offers.length > 0 ? ratio(searchable, offers.length) : null,
    thanksOrSupportShare: ratio(
      count(written, (p) => p.thanks || p.support),
      written.length,
    ),
    followerBaitShare: ratio(
      count(written, (p) => p.followerBait),
      written.length,
    ),
  };
}

/** Median and 90th percentile (nearest rank) of reply latency, when enough replies tell. */
function latency(replies: AnonPost[]): Metrics['replyLatency'] {
  const values = replies
    .map((p) => p.replyLatencyMinutes)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  if (values.length < LATENCY_MIN_SAMPLE) return null;
  const rank = (q: number) => values[Math.max(0, Math.ceil(q * values.length) - 1)] as number;
  const mid = values.length / 2;
  const median =
    values.length % 2 === 0
      ? ((values[mid - 1] as number) + (values[mid] as number)) / 2
      : (values[Math.floor(mid)] as number);
  return { medianMinutes: median, p90Minutes: rank(0.9), sampleSize: values.length };
}

/**
 * Share of written posts (of at least NEAR_DUPLICATE_MIN_WORDS words) whose template repeats
 * another's exactly or within NEAR_DUPLICATE_MAX_BITS SimHash bits. Candidates are found by
 * splitting the 64-bit SimHash into four 16-bit bands: two hashes within 3 bits share a band.
 */
export function nearDuplicateShare(written: AnonPost[]): number {
  const eligible = written.filter((p) => p.words >= NEAR_DUPLICATE_MIN_WORDS);
  if (eligible.length < 2) return 0;
  const duplicate = new Uint8Array(eligible.length);
  const byTemplate = new Map<number, number>();
  const bands: Map<number, number[]>[] = [new Map(), new Map(), new Map(), new Map()];
  eligible.forEach((post, index) => {
    const twin = byTemplate.get(post.template);
    if (twin !== undefined) {
      duplicate[index] = 1;
      duplicate[twin] = 1;
    } else {
      byTemplate.set(post.template, index);
    }
    const [hi, lo] = post.simhash;
    const keys = [hi >>> 16, hi & 0xffff, lo >>> 16, lo & 0xffff];
    keys.forEach((key, band) => {
      const bucket = (bands[band] as Map<number, number[]>).get(key);
      if (bucket) bucket.push(index);
      else (bands[band] as Map<number, number[]>).set(key, [index]);
    });
  });
  for (const band of bands) {
    for (const bucket of band.values()) {
      if (bucket.length < 2 || bucket.length > 2000) continue;
      for (let i = 0; i < bucket.length; i++) {
        const a = eligible[bucket[i] as number] as AnonPost;
        for (let j = i + 1; j < bucket.length; j++) {
          const b = eligible[bucket[j] as number] as AnonPost;
          const bits = popcount32(a.simhash[0] ^ b.simhash[0]) + popcount32(a.simhash[1] ^ b.simhash[1]);
          if (bits <= NEAR_DUPLICATE_MAX_BITS) {
            duplicate[bucket[i] as number] = 1;
            duplicate[bucket[j] as number] = 1;
          }
        }
      }
    }
  }
  return ratio(
    duplicate.reduce((n, d) => n + d, 0),
    eligible.length,
  );
}

/** Share of gaps (≥ SCHEDULE_MIN_GAP_MINUTES) within a minute of the most common gap. */
export function fixedIntervalShare(posts: AnonPost[]): number {
  const gaps = posts
    .map((p) => p.minutesSincePrevious)
    .filter((g): g is number => g !== null && g >= SCHEDULE_MIN_GAP_MINUTES);
  if (gaps.length < SCHEDULE_MIN_GAPS) return 0;
  const counts = new Map<number, number>();
  for (const gap of gaps) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  let best = 0;
  for (const gap of counts.keys()) {
    const near = (counts.get(gap - 1) ?? 0) + (counts.get(gap) ?? 0) + (counts.get(gap + 1) ?? 0);
    best = Math.max(best, near);
  }
  return ratio(best, gaps.length);
}

/** Share of posts on the single most used minute past the hour. */
export function sameMinuteShare(posts: AnonPost[]): number {
  if (posts.length < SAME_MINUTE_MIN_POSTS) return 0;
  const counts = new Array<number>(60).fill(0);
  for (const post of posts) counts[post.minute] = (counts[post.minute] ?? 0) + 1;
  return ratio(Math.max(...counts), posts.length);
}

/** Weekday-by-hour grid (shares of all posts) and posts per ISO week. */
export function activity(timeline: AnonymizedTimeline): Activity {
  const total = timeline.posts.length;
  const cells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const weekly = new Map<string, number>(timeline.window.weeks.map((w) => [w, 0]));
  for (const post of timeline.posts) {
    const row = cells[post.weekday] as number[];
    row[post.hour] = (row[post.hour] ?? 0) + 1;
    weekly.set(post.week, (weekly.get(post.week) ?? 0) + 1);
  }
  return {
    grid: cells.map((row) => row.map((n) => ratio(n, total))),
    weekly: [...weekly].map(([week, posts]) => ({ week, posts })),
  };
}
