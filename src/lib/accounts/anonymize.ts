/**
 * The privacy boundary. A normalized timeline (ids, handles, names, text, URLs, exact times) goes
 * in; only derived features come out:
 * - the account id becomes a pseudonym, a keyed HMAC-SHA256 under the secret salt, so the same
 *   account keeps its page across runs while nobody without the salt can link it back;
 * - people become stable placeholders (`person-1a2b3c4d`), keyed the same way;
 * - links become their kind (own site, other site, media);
 * - exact times become weekday, hour, minute past the hour, ISO week and a day number counted
 *   from the first post, plus the gap to the previous post (what automation checks need);
 * - counts become ranges; text becomes yes/no cues, a word count and template hashes.
 * Nothing here keeps a string from the input: the property test in
 * tests/unit/accounts/anonymize-property.test.ts feeds random handles, names and URLs through.
 */
import type { BioChecks, CountBucket } from '../../schemas/account.ts';
import { hostOf, type LinkKind, linkKind } from './links.ts';
import { hmacSha256, toHex } from './sha256.ts';
import {
  bioChecks,
  FOLLOWER_BAIT_CUE,
  OFFER_CUE,
  plainWords,
  SHOUTOUT_CUE,
  SUPPORT_CUE,
  simHash,
  THANKS_CUE,
  templateKey,
  templateText,
} from './text-features.ts';
import {
  dayNumber,
  hourUtc,
  isoDay,
  isoMonth,
  isoWeek,
  minuteUtc,
  weekdayUtc,
  weeksBetween,
} from './time.ts';
import type { PostKind, Timeline, TimelinePost } from './timeline.ts';

/** The fixed salt of the shipped illustrative examples; never use it for real accounts. */
export const DEMO_SALT = 'x-playbook/demo-salt/illustrative-composites-only';

export interface AnonPost {
  kind: PostKind;
  weekday: number;
  hour: number;
  minute: number;
  week: string;
  /** Days since the first post's day. */
  day: number;
  /** Minutes since the previous post (any kind); null for the first. */
  minutesSincePrevious: number | null;
  /** For replies: the account's own thread, or someone else. */
  replyTarget: 'self' | 'other' | null;
  /** Placeholder of the person answered, when known. */
  replyToPerson: string | null;
  /** For replies to others: inside a thread someone else started (null when unknown). */
  inOthersThread: boolean | null;
  replyLatencyMinutes: number | null;
  /** Placeholders of the people mentioned, not counting those a reply answers or the account. */
  mentions: string[];
  links: LinkKind[];
  hashtags: number;
  mediaCount: number;
  words: number;
  /** Hash of the text with names, links and numbers removed (for repeats). */
  template: number;
  simhash: [number, number];
  offer: boolean;
  thanks: boolean;
  support: boolean;
  followerBait: boolean;
  shoutout: boolean;
}

export interface AnonymizedTimeline {
  pseudonym: string;
  source: Timeline['source'];
  fetchedOn: string;
  complete: boolean;
  window: { from: string; to: string; weeks: string[]; days: number };
  profile: {
    followers: CountBucket | null;
    following: CountBucket | null;
    followerRatio: number | null;
    /** Null when the profile is unknown (an archive without `profile.js`). */
    bio: BioChecks | null;
    siteKnown: boolean;
  };
  posts: AnonPost[];
}

const ADJECTIVES = [
  'amber',
  'ashen',
  'azure',
  'birch',
  'bold',
  'brisk',
  'calm',
  'cedar',
  'clear',
  'coral',
  'crisp',
  'dawn',
  'deep',
  'dusky',
  'early',
  'even',
  'fair',
  'fern',
  'fleet',
  'frost',
  'gentle',
  'glad',
  'golden',
  'grand',
  'green',
  'hazel',
  'high',
  'honey',
  'ivory',
  'jade',
  'keen',
  'kind',
  'late',
  'light',
  'linen',
  'lunar',
  'maple',
  'mild',
  'misty',
  'noble',
  'north',
  'oaken',
  'olive',
  'pale',
  'pearl',
  'pine',
  'plain',
  'quiet',
  'rapid',
  'rosy',
  'rustic',
  'sage',
  'sandy',
  'silver',
  'slate',
  'snowy',
  'solar',
  'south',
  'steady',
  'still',
  'sunny',
  'tidal',
  'warm',
  'west',
] as const;
const NOUNS = [
  'alder',
  'badger',
  'beacon',
  'bison',
  'brook',
  'canyon',
  'cedar',
  'comet',
  'crane',
  'delta',
  'dune',
  'eagle',
  'ember',
  'falcon',
  'field',
  'fjord',
  'forest',
  'fox',
  'garnet',
  'glade',
  'grove',
  'harbor',
  'hawk',
  'heron',
  'hill',
  'island',
  'kestrel',
  'lagoon',
  'lake',
  'lark',
  'ledge',
  'lynx',
  'marsh',
  'meadow',
  'mesa',
  'moss',
  'orchid',
  'osprey',
  'otter',
  'owl',
  'pebble',
  'pine',
  'plover',
  'prairie',
  'quartz',
  'raven',
  'reef',
  'ridge',
  'river',
  'robin',
  'sparrow',
  'spruce',
  'stone',
  'summit',
  'swift',
  'thicket',
  'tern',
  'thrush',
  'tundra',
  'valley',
  'willow',
  'wren',
  'yarrow',
  'zephyr',
] as const;

/** `amber-heron-3f9a`: two words and four hex digits from HMAC-SHA256(salt, account id). */
export function pseudonymFor(accountId: string, salt: string): string {
  const digest = hmacSha256(salt, `account:${accountId}`);
  const adjective = ADJECTIVES[(digest[0] as number) % ADJECTIVES.length];
  const noun = NOUNS[(digest[1] as number) % NOUNS.length];
  return `${adjective}-${noun}-${toHex(digest.subarray(2, 4))}`;
}

/** A stable placeholder for a person, keyed like the pseudonym. */
export function personPlaceholder(key: string, salt: string): string {
  return `person-${toHex(hmacSha256(salt, `person:${key}`).subarray(0, 4))}`;
}

/** Follower and following counts as ranges. */
export function countBucket(count: number): CountBucket {
  if (count < 100) return '0-99';
  if (count < 1_000) return '100-999';
  if (count < 10_000) return '1k-9.9k';
  if (count < 100_000) return '10k-99k';
  if (count < 1_000_000) return '100k-999k';
  return '1M+';
}

/** Followers ÷ following, to one decimal below 10 and whole above; null when following is 0 or unknown. */
export function followerRatio(followers: number | null, following: number | null): number | null {
  if (followers === null || following === null || following === 0) return null;
  const ratio = followers / following;
  return ratio < 10 ? Math.round(ratio * 10) / 10 : Math.round(ratio);
}

export interface AnonymizeOptions {
  /** The secret key (PLAYBOOK_SALT, or DEMO_SALT for the shipped examples). */
  salt: string;
}

/** Anonymizes a normalized timeline. Throws when the salt is empty. */
export function anonymizeTimeline(timeline: Timeline, options: AnonymizeOptions): AnonymizedTimeline {
  if (!options.salt) throw new Error('anonymizeTimeline needs a salt: set PLAYBOOK_SALT');
  const { salt } = options;
  const { profile } = timeline;
  const selfHandle = profile.handle.toLowerCase();
  const siteHost = profile.siteUrl ? hostOf(profile.siteUrl) : null;
  const placeholders = new Map<string, string>();
  const person = (userId: string | null, handle: string | null): string | null => {
    const key = userId ?? (handle ? `@${handle.toLowerCase()}` : null);
    if (!key) return null;
    let placeholder = placeholders.get(key);
    if (!placeholder) {
      placeholder = personPlaceholder(key, salt);
      placeholders.set(key, placeholder);
    }
    return placeholder;
  };

  const first = timeline.posts[0]?.createdAt ?? timeline.fetchedAt;
  const last = timeline.posts.at(-1)?.createdAt ?? timeline.fetchedAt;
  const firstDay = dayNumber(first);
  let previous: number | null = null;
  const posts: AnonPost[] = [];
  for (const post of timeline.posts) {
    posts.push(anonymizePost(post, { selfId: profile.id, selfHandle, siteHost, firstDay, previous, person }));
    previous = post.createdAt;
  }

  return {
    pseudonym: pseudonymFor(profile.id, salt),
    source: timeline.source,
    fetchedOn: isoDay(timeline.fetchedAt),
    complete: timeline.complete,
    window: {
      from: isoMonth(first),
      to: isoMonth(last),
      weeks: weeksBetween(first, last),
      days: dayNumber(last) - firstDay + 1,
    },
    profile: {
      followers: profile.followers === null ? null : countBucket(profile.followers),
      following: profile.following === null ? null : countBucket(profile.following),
      followerRatio: followerRatio(profile.followers, profile.following),
      bio:
        profile.bio === null || profile.hasWebsite === null
          ? null
          : bioChecks(profile.bio, profile.hasWebsite),
      siteKnown: siteHost !== null,
    },
    posts,
  };
}

interface PostContext {
  selfId: string;
  selfHandle: string;
  siteHost: string | null;
  firstDay: number;
  previous: number | null;
  person: (userId: string | null, handle: string | null) => string | null;
}

function anonymizePost(post: TimelinePost, ctx: PostContext): AnonPost {
  const isReply = post.kind === 'reply';
  const toSelf =
    isReply && (post.replyToUserId === ctx.selfId || post.replyToHandle?.toLowerCase() === ctx.selfHandle);
  const replyTarget = isReply ? (toSelf ? 'self' : 'other') : null;
  const leading = new Set(
    isReply
      ? (/^(?:@\w+\s+)+/.exec(post.text)?.[0] ?? '').match(/@\w+/g)?.map((h) => h.slice(1).toLowerCase())
      : [],
  );
  const mentions: string[] = [];
  for (const mention of post.mentions) {
    const handle = mention.handle.toLowerCase();
    if (handle === ctx.selfHandle || mention.userId === ctx.selfId) continue;
    if (leading.has(handle) || (isReply && mention.userId !== null && mention.userId === post.replyToUserId))
      continue;
    const placeholder = ctx.person(mention.userId, mention.handle);
    if (placeholder) mentions.push(placeholder);
  }
  const links: LinkKind[] = post.links.map((link) => linkKind(link.url, link.media, ctx.siteHost));
  for (let i = 0; i < post.mediaCount; i++) links.push('media');

  const template = templateText(post.text);
  const latency =
    replyTarget === 'other' && post.replyToCreatedAt !== null
      ? Math.max(0, Math.round((post.createdAt - post.replyToCreatedAt) / 60_000))
      : null;
  return {
    kind: post.kind,
    weekday: weekdayUtc(post.createdAt),
    hour: hourUtc(post.createdAt),
    minute: minuteUtc(post.createdAt),
    week: isoWeek(post.createdAt),
    day: dayNumber(post.createdAt) - ctx.firstDay,
    minutesSincePrevious: ctx.previous === null ? null : Math.round((post.createdAt - ctx.previous) / 60_000),
    replyTarget,
    replyToPerson: replyTarget === 'other' ? ctx.person(post.replyToUserId, post.replyToHandle) : null,
    inOthersThread:
      replyTarget === 'other'
        ? post.threadStartedByAccount === null
          ? null
          : !post.threadStartedByAccount
        : null,
    replyLatencyMinutes: latency,
    mentions,
    links,
    hashtags: post.hashtags,
    mediaCount: post.mediaCount,
    words: plainWords(post.text).length,
    template: templateKey(template),
    simhash: simHash(template),
    offer: OFFER_CUE.test(post.text),
    thanks: THANKS_CUE.test(post.text),
    support: SUPPORT_CUE.test(post.text),
    followerBait: FOLLOWER_BAIT_CUE.test(post.text),
    shoutout: SHOUTOUT_CUE.test(post.text) && post.mentions.length >= 3,
  };
}
