/**
 * The eight kinds of account the guidance describes, as the demo generator's recipes: who the
 * account is, how much and when it posts, how it mixes posts, replies and reposts, and what it
 * talks about (weights over the phrase banks of phrases.ts). Each has a seed, so its examples
 * come out the same on every run, and the mode it must be classified as.
 */

/** Relative weights by phrase bank name (see phrases.ts). */
export type Weights = Record<string, number>;

/** One archetype's recipe. */
export interface ArchetypeSpec {
  id: string;
  label: string;
  businessType: string;
  /** The mode id the archetype must be classified as. */
  expectedMode: string;
  seed: number;
  handle: string;
  name: string;
  bio: string;
  site: string | null;
  followers: number;
  following: number;
  weeks: number;
  postsPerWeek: number;
  /** Chance a given week has any posts. */
  activeWeek: number;
  mix: { original: number; replyOther: number; replySelf: number; repost: number; quote: number };
  /** Hours (UTC) weighted; weekdays Monday first. */
  hours: number[];
  weekdays: number[];
  /** Posts at a fixed clock instead: every `every` minutes from `from` to `to` o'clock, at `minute`. */
  schedule?: { every: number; from: number; to: number; minute: number };
  people: number;
  /** Chance a reply goes back to someone answered before. */
  repeat: number;
  /** Chance a reply to someone sits under one of the account's own posts. */
  ownThread: number;
  /** Minutes from a question to the answer, lowest and highest (drawn log-uniformly between). */
  latency: [number, number];
  originals: Weights;
  replies: Weights;
  /** People vary their wording; templates and bots do not. Adds an aside to most posts. */
  varied: boolean;
}

// Hours of the day (UTC) and weekdays (Monday first), weighted.
const DAYTIME = [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 2, 2, 1, 0];
const OFFICE = [0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 5, 4, 3, 4, 5, 5, 4, 2, 1, 0, 0, 0, 0, 0];
const TRADES = [0, 0, 0, 0, 0, 1, 4, 5, 2, 1, 1, 2, 3, 1, 1, 1, 2, 4, 5, 5, 3, 1, 0, 0];
const LATE = [1, 1, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 5, 5, 5, 4, 2];
const WEEK = [1, 1, 1, 1, 1, 1, 1];
const WORKWEEK = [5, 5, 5, 5, 5, 1, 0.5];
const WEEKENDY = [2, 2, 2, 3, 4, 5, 4];

/** The eight archetypes, in the order the guidance describes them. */
export const ARCHETYPES: readonly ArchetypeSpec[] = [
  {
    id: 'deal-broadcasting-maker',
    label: 'Deal-broadcasting maker',
    businessType: 'niche-product-maker',
    expectedMode: 'broadcast-only',
    seed: 101,
    handle: 'xpbWalnutPine',
    name: 'Walnut & Pine Workshop',
    bio: 'Small-batch walnut cutting boards and kitchen tools, made by hand in a two-person workshop. Shop the latest batch below.',
    site: 'https://walnut-and-pine.example/',
    followers: 2400,
    following: 310,
    weeks: 12,
    postsPerWeek: 20,
    activeWeek: 1,
    mix: { original: 0.72, replyOther: 0.05, replySelf: 0.02, repost: 0.14, quote: 0.07 },
    hours: LATE,
    weekdays: WEEKENDY,
    people: 40,
    repeat: 0.1,
    ownThread: 0.8,
    latency: [60, 1500],
    originals: { offerSearchable: 3, offerImage: 5, workshop: 3, process: 2 },
    replies: { customerThanks: 1 },
    varied: true,
  },
  {
    id: 'local-tradesperson',
    label: 'Local tradesperson',
    businessType: 'local-trades',
    expectedMode: 'conversational',
    seed: 202,
    handle: 'xpbNorthPlumb',
    name: 'North Side Plumbing',
    bio: 'Plumbing and heating for the north side. Family run since 1998.',
    site: null,
    followers: 850,
    following: 600,
    weeks: 12,
    postsPerWeek: 25,
    activeWeek: 1,
    mix: { original: 0.3, replyOther: 0.52, replySelf: 0.03, repost: 0.08, quote: 0.07 },
    hours: TRADES,
    weekdays: WORKWEEK,
    people: 150,
    repeat: 0.3,
    ownThread: 0.4,
    latency: [15, 300],
    originals: { jobPhoto: 4, tradeTip: 3, freeQuote: 1 },
    replies: { tradeHelp: 3, customerThanks: 2, tradeBooking: 2 },
    varied: true,
  },
  {
    id: 'b2b-seller',
    label: 'B2B seller',
    businessType: 'b2b-sales-team',
    expectedMode: 'conversational',
    seed: 303,
    handle: 'xpbLedgerly',
    name: 'Ledgerly Sales',
    bio: 'Social selling lead at Ledgerly. Ledgerly helps finance teams close the books in days, not weeks. Book a demo with our team.',
    site: 'https://ledgerly.example/',
    followers: 3100,
    following: 900,
    weeks: 12,
    postsPerWeek: 15,
    activeWeek: 1,
    mix: { original: 0.3, replyOther: 0.46, replySelf: 0.06, repost: 0.1, quote: 0.08 },
    hours: OFFICE,
    weekdays: WORKWEEK,
    people: 110,
    repeat: 0.25,
    ownThread: 0.3,
    latency: [30, 900],
    originals: { b2bAsset: 6, industryNews: 2, b2bEvent: 1 },
    replies: { b2bReply: 3, customerThanks: 1 },
    varied: true,
  },
  {
    id: 'consultant',
    label: 'Consultant',
    businessType: 'consultancy',
    expectedMode: 'conversational',
    seed: 404,
    handle: 'xpbPricingSam',
    name: 'Sam Okafor-Lind',
    bio: 'Independent pricing consultant for software companies. I help founders raise prices without losing customers. Newsletter below.',
    site: 'https://pricing-notes.example/',
    followers: 5600,
    following: 1200,
    weeks: 16,
    postsPerWeek: 24,
    activeWeek: 0.35,
    mix: { original: 0.3, replyOther: 0.47, replySelf: 0.08, repost: 0.05, quote: 0.1 },
    hours: OFFICE,
    weekdays: WORKWEEK,
    people: 120,
    repeat: 0.35,
    ownThread: 0.5,
    latency: [20, 480],
    originals: { thought: 6, articleLink: 2, ownArticle: 1 },
    replies: { consultReply: 4, customerThanks: 1 },
    varied: true,
  },
  {
    id: 'executive-answers-customers',
    label: 'Executive who answers customers',
    businessType: 'executive-voice',
    expectedMode: 'conversational',
    seed: 505,
    handle: 'xpbLumenCEO',
    name: 'Dana Whitcombe',
    bio: 'CEO at Lumen Rail. I read every reply. Ask me about service, delays or refunds and I will chase it.',
    site: 'https://lumen-rail.example/',
    followers: 48000,
    following: 400,
    weeks: 12,
    postsPerWeek: 20,
    activeWeek: 1,
    mix: { original: 0.25, replyOther: 0.58, replySelf: 0.04, repost: 0.05, quote: 0.08 },
    hours: DAYTIME,
    weekdays: WEEK,
    people: 300,
    repeat: 0.2,
    ownThread: 0.3,
    latency: [10, 200],
    originals: { execUpdate: 4, thanksTeam: 1, serviceLink: 1 },
    replies: { execSupport: 4, customerThanks: 1 },
    varied: true,
  },
  {
    id: 'publisher-mirroring-channels',
    label: 'Publisher mirroring other channels',
    businessType: 'media-publisher',
    expectedMode: 'broadcast-only',
    seed: 606,
    handle: 'xpbValleyDaily',
    name: 'The Valley Daily',
    bio: 'News from the valley, every morning. Subscribe to the newsletter or get the app for alerts.',
    site: 'https://valley-daily.example/',
    followers: 120000,
    following: 150,
    weeks: 12,
    postsPerWeek: 49,
    activeWeek: 1,
    mix: { original: 0.96, replyOther: 0.01, replySelf: 0, repost: 0.03, quote: 0 },
    hours: DAYTIME,
    weekdays: WEEK,
    schedule: { every: 120, from: 7, to: 19, minute: 0 },
    people: 10,
    repeat: 0,
    ownThread: 0,
    latency: [60, 600],
    originals: { headline: 1 },
    replies: { customerThanks: 1 },
    varied: false,
  },
  {
    id: 'automation-only',
    label: 'Automation-only account',
    businessType: 'social-media-practitioner',
    expectedMode: 'broadcast-only',
    seed: 707,
    handle: 'xpbTipBot',
    name: 'Social Tips Daily',
    bio: 'Social media tips.',
    site: 'https://social-tips.example/',
    followers: 300,
    following: 4900,
    weeks: 12,
    postsPerWeek: 56,
    activeWeek: 1,
    mix: { original: 0.9, replyOther: 0, replySelf: 0, repost: 0.1, quote: 0 },
    hours: new Array<number>(24).fill(1),
    weekdays: WEEK,
    schedule: { every: 180, from: 0, to: 23, minute: 15 },
    people: 5,
    repeat: 0,
    ownThread: 0,
    latency: [60, 60],
    originals: { botTip: 3, botLink: 1 },
    replies: { customerThanks: 1 },
    varied: false,
  },
  {
    id: 'follower-chaser',
    label: 'Follower-chaser',
    businessType: 'social-media-practitioner',
    expectedMode: 'hybrid',
    seed: 808,
    handle: 'xpbGrowthRay',
    name: 'Ray | Growth 🚀',
    bio: 'Growth hacker 🚀 Follow for follow. DM for collabs',
    site: null,
    followers: 1100,
    following: 5200,
    weeks: 12,
    postsPerWeek: 35,
    activeWeek: 1,
    mix: { original: 0.45, replyOther: 0.28, replySelf: 0, repost: 0.22, quote: 0.05 },
    hours: LATE,
    weekdays: WEEK,
    people: 4000,
    repeat: 0,
    ownThread: 0,
    latency: [2, 90],
    originals: { bait: 4, shoutout: 2, motivation: 4 },
    replies: { generic: 1 },
    varied: false,
  },
];
