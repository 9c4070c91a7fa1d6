/**
 * The shipped examples, made honestly: with no live API here, this deterministic generator
 * writes X API v2-shaped responses (a user lookup and timeline pages) for each archetype the
 * guidance describes. `scripts/accounts-demo.ts` caches them exactly as a real fetch would and
 * imports them through the same normalize → anonymize → measure → classify path. Every handle
 * starts with `xpb`, every site is under the reserved `.example` domain, and the records are
 * labelled illustrative composites.
 */
import type { RawCacheState, XTimelinePage, XTweet, XUserResponse } from '../../../schemas/x-api.ts';

/** "Now" for the examples, so the output never depends on the day the script runs. */
export const DEMO_FETCHED_AT = Date.UTC(2026, 2, 2, 9, 0, 0);
const TWITTER_EPOCH = 1288834974657n;

type Weights = Record<string, number>;

interface ArchetypeSpec {
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
  latency: [number, number];
  originals: Weights;
  replies: Weights;
  /** People vary their wording; templates and bots do not. Adds an aside to most posts. */
  varied: boolean;
}

const DAYTIME = [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 2, 2, 1, 0];
const OFFICE = [0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 5, 4, 3, 4, 5, 5, 4, 2, 1, 0, 0, 0, 0, 0];
const TRADES = [0, 0, 0, 0, 0, 1, 4, 5, 2, 1, 1, 2, 3, 1, 1, 1, 2, 4, 5, 5, 3, 1, 0, 0];
const LATE = [1, 1, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 5, 5, 5, 4, 2];
const WEEK = [1, 1, 1, 1, 1, 1, 1];
const WORKWEEK = [5, 5, 5, 5, 5, 1, 0.5];
const WEEKENDY = [2, 2, 2, 3, 4, 5, 4];

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

/** Phrase banks: texts are built from several slots so that human-written examples rarely repeat. */
const BANK: Record<string, string[][]> = {
  offerSearchable: [
    ['New batch:', 'Just finished:', 'Back in stock:', 'Fresh from the bench:', 'Restocked:'],
    [
      'walnut cutting boards',
      'end-grain butcher blocks',
      'cherry serving trays',
      'oak spoon sets',
      'maple bread boards',
      'olive-wood spatulas',
    ],
    [
      '15% off this weekend',
      'free shipping until Sunday',
      'use code GRAIN10 for 10% off',
      'limited stock, order now',
      'pre-order for delivery next week',
    ],
    ['#woodworking #handmade', '#kitchen #shopsmall', '#madebyhand', '#woodwork #giftideas'],
  ],
  offerImage: [
    ['Weekend deal 🔥', 'Flash sale!', 'Deal drop ⬇️', 'Sale is live', '20% off today', 'Last chance deal'],
  ],
  workshop: [
    [
      'Sanding day in the workshop',
      'Oiling a stack of boards',
      'Glue-up for the next batch',
      'Sorting this week’s timber',
      'Sharpening everything before the new order',
    ],
    [
      'before the market on Saturday.',
      'while the radio plays.',
      'and the dust is everywhere.',
      'ahead of the holiday rush.',
      'with fresh coffee.',
    ],
  ],
  process: [
    [
      'Why we use walnut:',
      'How a board is made:',
      'What end grain means:',
      'Caring for a wooden board:',
      'Where our timber comes from:',
    ],
    [
      'it is hard enough to last and kind to knives.',
      'twelve steps, about four hours each.',
      'the fibres stand up, so cuts close again.',
      'oil it monthly and never soak it.',
      'two sawmills within forty miles.',
    ],
  ],
  customerThanks: [
    [
      'Thank you so much!',
      'Thanks for the kind words!',
      'Cheers, glad it arrived safely.',
      'Thanks, that made our day.',
      'Appreciate you sharing this!',
    ],
    [
      'Enjoy it.',
      'Hope it serves you for years.',
      'Tag us when you use it.',
      'See you at the next market.',
      '',
    ],
  ],
  jobPhoto: [
    [
      'Boiler swap finished',
      'New radiators fitted',
      'Leaking stopcock replaced',
      'Bathroom first fix done',
      'Power flush complete',
      'Outside tap installed',
    ],
    [
      'in Hillcrest today.',
      'on Mill Lane this morning.',
      'for a lovely family near the park.',
      'before the cold snap.',
      'in two hours flat.',
    ],
    ['Tidy job.', 'Warm house again.', 'Happy customer.', 'Before and after below.', ''],
  ],
  tradeTip: [
    ['Tip:', 'Cold snap coming:', 'Quick one:', 'Worth knowing:'],
    [
      'bleed your radiators',
      'lag the pipes in the loft',
      'know where your stopcock is',
      'check the boiler pressure',
      'run the outside tap dry',
    ],
    ['before the heating season.', 'before it freezes.', 'it saves a call-out.', 'takes five minutes.'],
  ],
  freeQuote: [
    [
      'Free quote this week for boiler swaps on the north side. Book online or call the office.',
      'Winter service special offer: book now and we check the whole system.',
    ],
  ],
  tradeHelp: [
    [
      'Sorry to hear that!',
      'Happy to help.',
      'That sounds like the diverter valve.',
      'Could be an airlock.',
      'Let us know the boiler make.',
    ],
    [
      'Send us a DM with your postcode',
      'We can pop round tomorrow morning',
      'Try bleeding the top radiator first',
      'Turn the stopcock off for now',
      'We will check it on Thursday',
    ],
    [
      'and we will sort it.',
      'and text you a time.',
      'then tell us how it goes.',
      'no charge for looking.',
      '',
    ],
  ],
  tradeBooking: [
    ['Yes, we cover', 'We do work in', 'We are in', 'Afraid we do not reach'],
    ['Hillcrest', 'the old town', 'Mill Lane', 'the east estate', 'Northgate'],
    ['most weeks.', 'on Tuesdays and Fridays.', 'this week.', 'but can recommend someone.'],
  ],
  b2bAsset: [
    ['New whitepaper:', 'Webinar replay:', 'Case study:', 'Checklist:', 'Product update:', 'Guide:'],
    [
      'closing the books in five days',
      'how a 40-person finance team cut reconciliation time',
      'month-end without spreadsheets',
      'audit trails that auditors like',
      'automating accruals',
    ],
    ['Read it here', 'Download it now', 'Get the full story', 'See how it works', 'Book a demo'],
  ],
  industryNews: [
    ['Interesting read on', 'Worth your time:', 'Good analysis of', 'New survey on'],
    [
      'CFO priorities this year',
      'finance automation budgets',
      'the close process',
      'hiring in finance teams',
    ],
  ],
  b2bEvent: [
    [
      'We are at the finance summit next week: come and see us at stand 12.',
      'Join our live session on Thursday about month-end close.',
    ],
  ],
  b2bReply: [
    ['Good question.', 'Thanks for asking.', 'Great point.', 'Fair challenge.'],
    [
      'Ledgerly connects to most ERPs',
      'Pricing depends on team size',
      'Yes, the audit log covers that',
      'We support multi-entity groups',
    ],
    ['happy to show you on a call.', 'our team will DM you details.', 'more in the guide.', ''],
  ],
  thought: [
    [
      'Most founders',
      'Every pricing page I review',
      'The best SaaS companies',
      'Teams that raise prices well',
      'A pattern I keep seeing:',
    ],
    [
      'undercharge their best customers',
      'hides the plan people actually want',
      'talk to ten customers before changing a price',
      'grandfather existing customers for a year',
      'price on seats when usage would be fairer',
    ],
    [
      'and wonder why expansion is flat.',
      'so the middle plan wins by default.',
      'and it shows.',
      'which builds trust.',
      'and leave money on the table.',
    ],
  ],
  articleLink: [
    ['Good piece on', 'Recommended:', 'This is worth reading on', 'Sharp thinking on'],
    [
      'usage-based pricing',
      'discounting discipline',
      'packaging for mid-market',
      'annual versus monthly plans',
    ],
  ],
  ownArticle: [
    ['New on the blog:', 'This month’s newsletter:'],
    ['when to raise prices', 'how to run a pricing survey', 'packaging for a second product'],
  ],
  consultReply: [
    [
      'Agree, and',
      'Interesting, though',
      'Good question:',
      'I have seen the same:',
      'Depends on the segment:',
    ],
    [
      'annual plans help cash flow',
      'discounts hide a value problem',
      'seat pricing breaks for small teams',
      'the free plan should be narrow',
      'test it on new customers first',
    ],
    [
      'what did your customers say?',
      'happy to compare notes.',
      'curious how that went.',
      'thanks for sharing.',
      '',
    ],
  ],
  execUpdate: [
    ['Update on', 'This week at Lumen Rail:', 'Honest numbers on', 'What we are doing about'],
    [
      'punctuality on the coast line',
      'the new timetable',
      'refund times',
      'the ticket machine faults',
      'weekend engineering work',
    ],
    [
      'full details on our site.',
      'more next week.',
      'I will keep reporting here.',
      'thank you for the patience.',
    ],
  ],
  thanksTeam: [
    [
      'Thank you to the overnight crews who cleared the line after the storm.',
      'Huge thanks to the station teams who worked through the weekend.',
    ],
  ],
  serviceLink: [['Service status and refunds in one place:', 'Our delay repay page is simpler now:']],
  execSupport: [
    [
      'Sorry to hear that.',
      'That is not good enough, sorry.',
      'Thanks for flagging this.',
      'Sorry about the delay today.',
      'Glad it got sorted.',
    ],
    [
      'I have asked the station team to look at it today',
      'Please DM us the booking reference and we will fix it',
      'The refund should land within five days',
      'We are replacing that machine this week',
      'I will chase the engineering team myself',
    ],
    ['and I will follow up.', 'let me know how it goes.', 'thank you for your patience.', ''],
  ],
  headline: [
    [
      'Council approves',
      'Flooding closes',
      'New bakery opens on',
      'Police appeal after incident on',
      'School wins award for',
      'Bus route changes for',
      'Festival returns to',
      'Roadworks planned on',
    ],
    [
      'the high street',
      'Mill Lane',
      'the riverside path',
      'Northgate',
      'the old market hall',
      'Station Road',
    ],
    ['budget', 'plans', 'this weekend', 'after two years', 'from Monday'],
  ],
  botTip: [
    ['Daily tip #', 'Social media tip #', 'Growth tip #'],
    [
      'Post at the same time every day.',
      'Use three hashtags, not thirty.',
      'Images get more reach.',
      'Reply to every comment.',
    ],
  ],
  botLink: [['More tips on the blog:', 'Read the full guide:']],
  bait: [
    [
      'Follow everyone who likes this!',
      'Drop your handle below and I will follow back!',
      'Like and follow for a follow back!',
      'Who wants more followers? Follow train!',
      'Gain followers fast: follow back everyone who RTs',
    ],
    ['#followback', '#f4f', '#followtrain', ''],
  ],
  shoutout: [
    [
      'My top interactors this week 💙',
      'Shout-out to my top supporters this week!',
      'My X circle this week 🌟',
    ],
  ],
  motivation: [
    [
      'Grind now,',
      'Consistency beats talent,',
      'Your only limit is you,',
      'Small steps every day,',
      'Stay hungry,',
    ],
    ['shine later.', 'every time.', 'so keep going.', 'big results.', 'stay humble.'],
  ],
  generic: [
    ['Great post!', 'So true 🔥', 'Love this!', '100% agree', 'This 👏', 'Facts.', 'Needed this today'],
    ['', '🙌', '💯', '🚀'],
  ],
};

/** Small, fast, seedable PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickIndex(weights: readonly number[], rand: () => number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function pickKey(weights: Weights, rand: () => number): string {
  const keys = Object.keys(weights);
  return keys[
    pickIndex(
      keys.map((k) => weights[k] as number),
      rand,
    )
  ] as string;
}

function phrase(kind: string, rand: () => number): string {
  const slots = BANK[kind];
  if (!slots) throw new Error(`demo phrase bank has no "${kind}"`);
  return slots
    .map((slot) => pick(slot, rand))
    .filter(Boolean)
    .join(' ');
}

/** Asides people add: two slots of 24, so most human-written examples differ from each other. */
const ASIDES: string[][] = [
  [
    'Busy week here.',
    'Rain again today.',
    'Coffee first.',
    'Long day.',
    'Quiet morning.',
    'Back from the market.',
    'Short one today.',
    'Late post, sorry.',
    'Finally sunny.',
    'Road closed again.',
    'New week.',
    'Friday at last.',
    'Slow start today.',
    'Great turnout.',
    'Early start.',
    'Cold out there.',
    'Lovely weather.',
    'Half-term chaos.',
    'Van is fixed.',
    'Power cut earlier.',
    'Post office queue.',
    'Lunch at the desk.',
    'Big order in.',
    'Inbox is full.',
  ],
  [
    'More soon.',
    'Questions welcome.',
    'Have a good one.',
    'Onwards.',
    'Thanks for reading.',
    'Back tomorrow.',
    'Say hello.',
    'Stay warm.',
    'Enjoy the weekend.',
    'Speak soon.',
    'Fingers crossed.',
    'Glad to be back.',
    'That is all.',
    'More photos later.',
    'Busy but good.',
    'Mind the ice.',
    'Off to the next one.',
    'Kettle on.',
    'Catch you later.',
    'Until next time.',
    'Watch this space.',
    'Keep them coming.',
    'Nearly there.',
    'See you Monday.',
  ],
];

const FIRST = [
  'Avery',
  'Blake',
  'Casey',
  'Dallas',
  'Emery',
  'Finley',
  'Harper',
  'Indigo',
  'Jules',
  'Kai',
  'Lane',
  'Morgan',
  'Noel',
  'Oakley',
  'Parker',
  'Quinn',
  'Reese',
  'Sage',
  'Tatum',
  'Wren',
];
const LAST = [
  'Ashdown',
  'Brightwell',
  'Cobbold',
  'Dunmore',
  'Elsworth',
  'Fairweather',
  'Greenhalgh',
  'Holloway',
  'Ingleby',
  'Jessop',
  'Kettering',
  'Lockwood',
  'Merriman',
  'Northcott',
  'Ormerod',
  'Pendleton',
  'Quarrie',
  'Rushworth',
  'Sowerby',
  'Thistlewood',
];
const HANDLE_CHARS = 'abcdefghijkmnpqrstuvwxyz23456789';

interface DemoPerson {
  id: string;
  username: string;
  name: string;
}

function digits(rand: () => number, length: number): string {
  let out = String(1 + Math.floor(rand() * 9));
  while (out.length < length) out += String(Math.floor(rand() * 10));
  return out;
}

function makePerson(rand: () => number): DemoPerson {
  let handle = 'xpb';
  for (let i = 0; i < 7; i++) handle += pick([...HANDLE_CHARS], rand);
  return { id: digits(rand, 18), username: handle, name: `${pick(FIRST, rand)} ${pick(LAST, rand)}` };
}

function snowflake(ms: number, rand: () => number): string {
  return (
    (BigInt(Math.floor(ms)) - TWITTER_EPOCH) * 4194304n +
    BigInt(Math.floor(rand() * 4194303))
  ).toString();
}

function tco(rand: () => number): string {
  let code = '';
  for (let i = 0; i < 10; i++)
    code += pick([...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'], rand);
  return `https://t.co/${code}`;
}

export interface DemoAccount {
  archetype: ArchetypeSpec;
  user: XUserResponse;
  pages: XTimelinePage[];
  state: RawCacheState;
}

type DraftKind = 'original' | 'replyOther' | 'replySelf' | 'repost' | 'quote';

/** Post times: a clock schedule, or weighted weekday and hour over active weeks. */
function postTimes(spec: ArchetypeSpec, rand: () => number): number[] {
  const end = DEMO_FETCHED_AT - 86_400_000;
  const endDay = Math.floor(end / 86_400_000);
  const mondayOfEnd = endDay - ((new Date(end).getUTCDay() + 6) % 7);
  const start = (mondayOfEnd - (spec.weeks - 1) * 7) * 86_400_000;
  const times: number[] = [];
  if (spec.schedule) {
    const { every, from, to, minute } = spec.schedule;
    for (let day = 0; day < spec.weeks * 7; day++) {
      for (let m = from * 60 + minute; m <= to * 60 + minute; m += every) {
        const t = start + day * 86_400_000 + m * 60_000;
        if (t <= end) times.push(t);
      }
    }
    return times;
  }
  for (let week = 0; week < spec.weeks; week++) {
    if (week > 0 && week < spec.weeks - 1 && rand() > spec.activeWeek) continue;
    const n = Math.round((spec.postsPerWeek / Math.min(1, spec.activeWeek + 0.25)) * (0.75 + rand() * 0.5));
    for (let i = 0; i < n; i++) {
      const day = pickIndex(spec.weekdays, rand);
      const hour = pickIndex(spec.hours, rand);
      const t = start + (week * 7 + day) * 86_400_000 + hour * 3_600_000 + Math.floor(rand() * 3_600_000);
      if (t <= end) times.push(t);
    }
  }
  return times.sort((a, b) => a - b);
}

/** Generates one archetype's user response and timeline pages (newest first, 100 a page). */
export function generateDemoAccount(spec: ArchetypeSpec): DemoAccount {
  const rand = mulberry32(spec.seed);
  const selfId = digits(rand, 18);
  const siteHost = spec.site ? new URL(spec.site).hostname : null;
  const siteTco = tco(rand);
  const people = Array.from({ length: spec.people }, () => makePerson(rand));
  const celebrities = Array.from({ length: 12 }, () => makePerson(rand));
  const user: XUserResponse = {
    data: {
      id: selfId,
      username: spec.handle,
      name: spec.name,
      description: spec.bio,
      created_at: '2019-05-14T10:00:00.000Z',
      protected: false,
      ...(spec.site
        ? {
            url: siteTco,
            entities: {
              url: { urls: [{ url: siteTco, expanded_url: spec.site, display_url: siteHost ?? '' }] },
            },
          }
        : {}),
      public_metrics: { followers_count: spec.followers, following_count: spec.following, tweet_count: 0 },
    },
  };

  const times = postTimes(spec, rand);
  const tweets: XTweet[] = [];
  const parents = new Map<string, XTweet>();
  const mentioned = new Map<string, DemoPerson>();
  const ownOriginals: { id: string; at: number }[] = [];
  const partners: DemoPerson[] = [];
  const mixKeys: DraftKind[] = ['original', 'replyOther', 'replySelf', 'repost', 'quote'];
  const mixWeights = mixKeys.map((k) => spec.mix[k]);
  let tipNumber = 100;

  for (const at of times) {
    let kind = mixKeys[pickIndex(mixWeights, rand)] as DraftKind;
    if (kind === 'replySelf' && ownOriginals.length === 0) kind = 'original';
    const id = snowflake(at, rand);
    const tweet: XTweet & Record<string, unknown> = {
      id,
      text: '',
      created_at: new Date(at).toISOString(),
      author_id: selfId,
      conversation_id: id,
      edit_history_tweet_ids: [id],
      lang: 'en',
      public_metrics: {
        retweet_count: Math.floor(rand() * 5),
        reply_count: Math.floor(rand() * 3),
        like_count: Math.floor(rand() * 30),
        quote_count: 0,
      },
    };
    const entities: {
      urls: {
        start: number;
        end: number;
        url: string;
        expanded_url: string;
        display_url: string;
        media_key?: string;
      }[];
      mentions: { start: number; end: number; username: string; id: string }[];
      hashtags: { start: number; end: number; tag: string }[];
    } = { urls: [], mentions: [], hashtags: [] };
    const mediaKeys: string[] = [];
    const addMention = (person: DemoPerson, text: string): string => {
      const start = text.length;
      const next = `${text}@${person.username} `;
      entities.mentions.push({
        start,
        end: start + person.username.length + 1,
        username: person.username,
        id: person.id,
      });
      mentioned.set(person.id, person);
      return next;
    };
    const addLink = (text: string, url: string): string => {
      const short = tco(rand);
      const start = text.length + 1;
      entities.urls.push({
        start,
        end: start + short.length,
        url: short,
        expanded_url: url,
        display_url: url.replace(/^https?:\/\//, '').slice(0, 30),
      });
      return `${text} ${short}`;
    };
    const addMedia = (text: string): string => {
      const key = `3_${digits(rand, 18)}`;
      mediaKeys.push(key);
      const short = tco(rand);
      const start = text.length + 1;
      entities.urls.push({
        start,
        end: start + short.length,
        url: short,
        expanded_url: `https://x.com/${spec.handle}/status/${id}/photo/1`,
        display_url: 'pic.x.com/demo',
        media_key: key,
      });
      return `${text} ${short}`;
    };
    const ownLink = (path: string) =>
      spec.site ? `${spec.site.replace(/\/$/, '')}/${path}` : 'https://elsewhere.example/';

    if (kind === 'repost') {
      const source = pick(celebrities, rand);
      const refId = snowflake(at - 3_600_000 * (1 + rand() * 20), rand);
      tweet.referenced_tweets = [{ type: 'retweeted', id: refId }];
      let text = 'RT ';
      text = addMention(source, text).trimEnd();
      tweet.text = `${text}: ${phrase(pick(['industryNews', 'motivation', 'articleLink'], rand), rand)}`;
      parents.set(refId, {
        id: refId,
        text: 'reposted',
        author_id: source.id,
        created_at: new Date(at - 3_600_000).toISOString(),
        conversation_id: refId,
      });
    } else if (kind === 'replyOther') {
      const reuse = partners.length > 0 && rand() < spec.repeat;
      const partner = reuse
        ? pick(partners, rand)
        : (people[Math.floor(rand() * people.length)] as DemoPerson);
      if (!reuse) partners.push(partner);
      const [lo, hi] = spec.latency;
      const latency = Math.exp(Math.log(lo) + rand() * (Math.log(hi) - Math.log(lo)));
      const parentAt = at - latency * 60_000;
      const parentId = snowflake(parentAt, rand);
      const underOwn =
        ownOriginals.length > 0 && rand() < spec.ownThread ? pick(ownOriginals.slice(-10), rand) : null;
      tweet.conversation_id = underOwn ? underOwn.id : parentId;
      tweet.in_reply_to_user_id = partner.id;
      tweet.referenced_tweets = [{ type: 'replied_to', id: parentId }];
      parents.set(parentId, {
        id: parentId,
        text: 'a question',
        author_id: partner.id,
        created_at: new Date(parentAt).toISOString(),
        conversation_id: underOwn ? underOwn.id : parentId,
      });
      tweet.text = addMention(partner, '') + phrase(pickKey(spec.replies, rand), rand);
    } else if (kind === 'replySelf') {
      const root = ownOriginals.at(-1) as { id: string; at: number };
      tweet.conversation_id = root.id;
      tweet.in_reply_to_user_id = selfId;
      tweet.referenced_tweets = [{ type: 'replied_to', id: root.id }];
      tweet.text = `${pick(['More on this:', 'Part 2:', 'And one more thing:', 'Update:'], rand)} ${phrase(pickKey(spec.originals, rand), rand)}`;
    } else {
      const topic = pickKey(spec.originals, rand);
      let text = phrase(topic, rand);
      if (topic === 'botTip') {
        const [lead, tip] = BANK.botTip as [string[], string[]];
        text = `${pick(lead, rand)}${tipNumber++}: ${pick(tip, rand)}`;
      }
      if (
        topic === 'offerSearchable' ||
        topic === 'b2bAsset' ||
        topic === 'ownArticle' ||
        topic === 'serviceLink' ||
        topic === 'botLink'
      ) {
        text = addLink(text, ownLink(`${topic.toLowerCase()}/${Math.floor(rand() * 90 + 10)}`));
      }
      if (topic === 'headline') text = addLink(text, ownLink(`news/${Math.floor(rand() * 9000 + 1000)}`));
      if (topic === 'industryNews' || topic === 'articleLink')
        text = addLink(
          text,
          `https://${pick(['trade-journal', 'finance-weekly', 'saas-review', 'pricing-lab'], rand)}.example/a/${Math.floor(rand() * 9000)}`,
        );
      if (
        topic === 'offerImage' ||
        topic === 'jobPhoto' ||
        topic === 'workshop' ||
        (topic === 'execUpdate' && rand() < 0.3)
      )
        text = addMedia(text);
      if (topic === 'shoutout' || topic === 'motivation') {
        text += ' ';
        const tags = topic === 'shoutout' ? 5 : 2;
        for (let i = 0; i < tags; i++) text = addMention(pick(people, rand), text);
        text = text.trimEnd();
      }
      if (topic === 'botTip') text += ' #socialmedia #marketing';
      for (const match of text.matchAll(/#(\w+)/g)) {
        entities.hashtags.push({
          start: match.index ?? 0,
          end: (match.index ?? 0) + match[0].length,
          tag: match[1] ?? '',
        });
      }
      if (kind === 'quote') {
        const quotedId = snowflake(at - 7_200_000, rand);
        const quotedAuthor = pick(celebrities, rand);
        tweet.referenced_tweets = [{ type: 'quoted', id: quotedId }];
        parents.set(quotedId, {
          id: quotedId,
          text: 'quoted',
          author_id: quotedAuthor.id,
          created_at: new Date(at - 7_200_000).toISOString(),
          conversation_id: quotedId,
        });
        mentioned.set(quotedAuthor.id, quotedAuthor);
      } else {
        ownOriginals.push({ id, at });
      }
      tweet.text = text;
    }
    if (spec.varied && kind !== 'repost' && rand() < 0.85) {
      const aside = ASIDES.map((slot) => pick(slot, rand)).join(' ');
      if (tweet.text.startsWith('@')) {
        tweet.text = `${tweet.text} ${aside}`;
      } else {
        // Put the aside first and move every entity along, so the offsets stay true.
        tweet.text = `${aside} ${tweet.text}`;
        for (const list of [entities.urls, entities.mentions, entities.hashtags]) {
          for (const entity of list) {
            entity.start += aside.length + 1;
            entity.end += aside.length + 1;
          }
        }
      }
    }
    if (entities.urls.length || entities.mentions.length || entities.hashtags.length) {
      tweet.entities = Object.fromEntries(Object.entries(entities).filter(([, list]) => list.length > 0));
    }
    if (mediaKeys.length) tweet.attachments = { media_keys: mediaKeys };
    tweets.push(tweet);
  }
  if (user.data?.public_metrics) user.data.public_metrics.tweet_count = tweets.length + 40;

  // Pages, newest first, as X returns them.
  const newestFirst = [...tweets].reverse();
  const pages: XTimelinePage[] = [];
  const stateEntries: RawCacheState['pages'] = [];
  for (let index = 0; index * 100 < newestFirst.length; index++) {
    const data = newestFirst.slice(index * 100, index * 100 + 100);
    const more = (index + 1) * 100 < newestFirst.length;
    const nextToken = more ? `demo${spec.seed}p${index + 2}` : null;
    const users = new Map<string, DemoPerson>();
    const refs: XTweet[] = [];
    for (const t of data) {
      for (const m of t.entities?.mentions ?? []) {
        const person = m.id ? mentioned.get(m.id) : undefined;
        if (person) users.set(person.id, person);
      }
      for (const r of t.referenced_tweets ?? []) {
        const parent = parents.get(r.id);
        if (parent) refs.push(parent);
        const author = parent?.author_id
          ? (mentioned.get(parent.author_id) ?? people.find((p) => p.id === parent.author_id))
          : undefined;
        if (author) users.set(author.id, author);
      }
    }
    const media = data.flatMap((t) =>
      (t.attachments?.media_keys ?? []).map((key) => ({ media_key: key, type: 'photo' })),
    );
    pages.push({
      data,
      includes: {
        users: [...users.values()].map((u) => ({ id: u.id, username: u.username, name: u.name })),
        ...(refs.length ? { tweets: refs } : {}),
        ...(media.length ? { media } : {}),
      },
      meta: {
        result_count: data.length,
        newest_id: data[0]?.id ?? '',
        oldest_id: data.at(-1)?.id ?? '',
        ...(nextToken ? { next_token: nextToken } : {}),
      },
    });
    stateEntries.push({
      file: `page-${String(index + 1).padStart(4, '0')}.json`,
      requestToken: index === 0 ? null : `demo${spec.seed}p${index + 1}`,
      nextToken,
      resultCount: data.length,
    });
  }
  const state: RawCacheState = {
    version: 1,
    handle: spec.handle.toLowerCase(),
    userId: selfId,
    fetchedAt: new Date(DEMO_FETCHED_AT).toISOString(),
    maxTweets: 3200,
    demoArchetype: spec.id,
    pages: stateEntries,
    stopReason: 'end',
  };
  return { archetype: spec, user, pages, state };
}

/** Every archetype's generated account. */
export function generateDemoAccounts(): DemoAccount[] {
  return ARCHETYPES.map(generateDemoAccount);
}
