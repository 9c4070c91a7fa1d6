/**
 * The signals lexicon: which words mark a topic, and which cues push a passage towards
 * broadcasting (negative weight) or conversation (positive weight).
 *
 * To extend it, add a topic or a cue here; nothing else changes. Patterns are regular
 * expression sources matched case-insensitively on word boundaries (`\b…\b` is added), so
 * `engag\w*` covers engage, engaged and engagement. Keep patterns specific: a topic is only
 * useful if it does not fire on every passage.
 *
 * Stance cues are read in context (`stance.ts`): `STANCE_MODIFIERS` lists the words that deny a
 * cue ("not", "stop", "instead of"), limit it ("don't just"), find fault with it ("… is not good
 * use"), report someone else's view, or turn a sentence ("but"). Write cues in the plain words
 * people use for each side: deals, specials, discount codes; listening, replying, talking with
 * people. A word that is usually something else ("only one way to…", "thanks to") needs a
 * pattern narrow enough to miss that.
 */

export interface TopicDefinition {
  id: string;
  label: string;
  /** What the topic covers, shown on the sources page. */
  description: string;
  patterns: string[];
}

export interface StanceCue {
  /** The pattern, also shown to readers as the cue that moved the score. */
  pattern: string;
  /** Shown instead of the raw pattern. */
  label: string;
  /** -1 (pure broadcast) … +1 (pure conversation). */
  weight: number;
}

export const TOPICS: TopicDefinition[] = [
  {
    id: 'engagement',
    label: 'Engagement',
    description: 'Conversations, replies and interaction with other people.',
    patterns: [
      'conversations?',
      'engag\\w*',
      'repl(?:y|ies|ying|ied)',
      'respond\\w*',
      'interact\\w*',
      'dialogue',
      'two[- ]way',
      'talk(?:s|ing)? (?:to|with)',
      'chat(?:s|ting)? with',
      'give[- ]and[- ]take',
    ],
  },
  {
    id: 'broadcast-deals',
    label: 'Broadcast and deals',
    description: 'One-way posting of offers, deals, sales and announcements.',
    patterns: [
      'broadcast\\w*',
      'deals?',
      'offers?',
      'discounts?',
      'announce\\w*',
      'one[- ]way',
      'monologue',
      'coupons?',
      'specials',
      'giveaways?',
      'clearance',
      '(?:press|news) releases?',
    ],
  },
  {
    id: 'bio-profile',
    label: 'Bio and profile',
    description: 'What the profile and bio say about the business.',
    patterns: ['bios?', 'biograph\\w*', 'profiles?'],
  },
  {
    id: 'automation',
    label: 'Automation',
    description: 'Scheduled, automated or robotic posting and interaction.',
    patterns: ['automat\\w*', 'robots?', 'bots?', 'schedul\\w*', 'top interactors?', 'auto-\\w+'],
  },
  {
    id: 'listening',
    label: 'Listening',
    description: 'Paying attention to what others say and acting on feedback.',
    patterns: ['listen\\w*', 'feedback', 'hear\\w*', 'pay(?:s|ing)? attention', 'monitor\\w*'],
  },
  {
    id: 'prospect-research',
    label: 'Prospect research',
    description: 'Learning about buyers from whom they follow, what they post and the lists they are on.',
    patterns: [
      'prospect\\w*',
      'research\\w*',
      'buyers?',
      'lists? (?:they|she|he)',
      'who (?:they|she|he) follows?',
      'follows? (?:them|her|him)',
    ],
  },
  {
    id: 'self-promotion',
    label: 'Self-promotion',
    description: 'Promoting your own posts, products and links.',
    patterns: ['self-promot\\w*', 'promot\\w*', 'blog posts?', 'pitch\\w*', 'plugs?'],
  },
  {
    id: 'vanity-metrics',
    label: 'Vanity metrics',
    description: 'Follower counts, influence scores and other numbers that do not prove business results.',
    patterns: [
      'follower counts?',
      'numbers game',
      'klout',
      'influence scores?',
      'vanity',
      '\\d[\\d,]* followers',
      'how many followers',
    ],
  },
  {
    id: 'linkedin-comparison',
    label: 'LinkedIn comparison',
    description: 'How X compares with LinkedIn for business and sales.',
    patterns: ['linkedin'],
  },
  {
    id: 'executive-voice',
    label: 'Executive voice',
    description: 'Leaders, founders and executives speaking for themselves.',
    patterns: ['executives?', 'ceos?', 'chief executive', 'founders?', 'leaders?', 'gatekeepers?', 'senior'],
  },
  {
    id: 'customer-support',
    label: 'Support and thanks',
    description: 'Answering customers, thanking them and supporting them after a sale.',
    patterns: [
      'support',
      'thank\\w*',
      'acknowledg\\w*',
      'customer service',
      'complain\\w*',
      'after (?:the|a) (?:sale|purchase)',
    ],
  },
  {
    id: 'relationships',
    label: 'Relationships and referrals',
    description: 'Trust, relationships, advocates and referral networks built over time.',
    patterns: ['relationships?', 'trust\\w*', 'referr\\w*', 'advocates?', 'connect\\w*', 'network\\w*'],
  },
  {
    id: 'drive-to-site',
    label: 'Driving traffic to your site',
    description: 'Using posts to send readers to the business’s own site.',
    patterns: ['(?:web)?sites?', 'traffic', 'links?', 'landing pages?'],
  },
  {
    id: 'authenticity',
    label: 'Being human',
    description: 'Showing the whole person rather than a faceless brand.',
    patterns: [
      'human\\w*',
      'be yourself',
      'whole person',
      'personalit\\w*',
      'authentic\\w*',
      'real people',
      'brand logo',
      'faceless',
    ],
  },
  {
    id: 'think-before-sharing',
    label: 'Think before sharing',
    description: 'Being "on" in public, and not oversharing trivia.',
    patterns: [
      'overshar\\w*',
      'trivia',
      'think(?:ing)? (?:about|before) (?:what|sharing)',
      'extension of (?:your|the) office',
      'always on',
      '“on”',
      '"on"',
    ],
  },
  {
    id: 'social-selling',
    label: 'Social selling',
    description: 'Sales people finding and talking with prospects on social networks.',
    patterns: ['social selling', 'salespeople', 'sales ?people', 'sellers?', 'sales team'],
  },
];

export const STANCE_CUES: StanceCue[] = [
  // Broadcasting, in the words people who do it use: one-way pushing of offers and news.
  { pattern: 'broadcast\\w*', label: 'broadcast', weight: -1 },
  {
    pattern:
      'one-way|one way (?:broadcasts?|communications?|streets?|channels?|conversations?|messag\\w*|tools?|bursts?|medi(?:um|a)|push\\w*)',
    label: 'one-way',
    weight: -1,
  },
  { pattern: 'one[- ]to[- ]many', label: 'one-to-many', weight: -0.8 },
  { pattern: 'monologue', label: 'monologue', weight: -0.8 },
  { pattern: 'talk(?:ed|ing)? at', label: 'talking at people', weight: -0.8 },
  { pattern: 'deals?', label: 'deals', weight: -0.6 },
  {
    pattern: 'discount\\w*|coupons?|promo codes?|\\d+ ?(?:%|percent) off|half[- ]off',
    label: 'discounts',
    weight: -0.6,
  },
  { pattern: 'specials', label: 'specials', weight: -0.6 },
  {
    pattern:
      '(?:special|limited[- ]time|time[- ]limited|exclusive|last[- ]minute) offers?|flash sales?|clearance\\w*|giveaways?|free shipping',
    label: 'time-limited offers',
    weight: -0.6,
  },
  { pattern: 'promot(?:e|es|ed|ing|ions?|ional)|promos?', label: 'promotions', weight: -0.5 },
  { pattern: '(?:press|news) releases?|headlines', label: 'press releases', weight: -0.5 },
  { pattern: 'announce\\w*', label: 'announcements', weight: -0.5 },
  {
    pattern:
      'push(?:es|ed|ing)? out|blast\\w*|fir(?:e|es|ed|ing) out|tweet(?:s|ed|ing)? out|get(?:ting)? (?:the|your) (?:word|message|information) out',
    label: 'pushing messages out',
    weight: -0.6,
  },
  { pattern: 'advertis\\w*|publici[sz]\\w*|publicity', label: 'advertising', weight: -0.4 },
  {
    pattern: 'on sale|for sale|sale items|(?:one-day|flash|holiday|seasonal) sales?',
    label: 'sales',
    weight: -0.5,
  },
  {
    pattern: 'marketing (?:tool|channel)|sales (?:channel|tool)|promotional (?:tool|channel|account)',
    label: 'marketing channel',
    weight: -0.5,
  },
  { pattern: 'post(?:s|ed|ing)? (?:\\w+ )?updates', label: 'posting updates', weight: -0.3 },
  { pattern: 'remind(?:s|ed|ing|ers?)?', label: 'reminders', weight: -0.3 },
  {
    pattern:
      'driv(?:e|es|ing) (?:more )?(?:people|customers|traffic|footfall|sales)|bring (?:in )?(?:more )?customers',
    label: 'driving customers in',
    weight: -0.4,
  },
  { pattern: 'rss feeds?|auto-?tweets?|autopost\\w*', label: 'feeds posted automatically', weight: -0.5 },
  { pattern: 'mirror\\w*', label: 'mirroring other channels', weight: -0.5 },
  { pattern: 'keywords?', label: 'keywords', weight: -0.4 },
  { pattern: 'recommendation engine', label: 'recommendation engine', weight: -0.4 },
  {
    pattern: 'distribut\\w*|reach (?:them |customers |people )?at scale|the masses',
    label: 'distribution',
    weight: -0.4,
  },
  {
    pattern: 'zero sales cycle|short(?:est)? sales cycle|no sales cycle',
    label: 'short sales cycle',
    weight: -0.6,
  },
  { pattern: 'automat\\w*', label: 'automation', weight: -0.4 },
  // Conversation, in its plain words: talking with people, listening, replying, two-way.
  { pattern: 'conversations?|conversational', label: 'conversation', weight: 1 },
  { pattern: 'two[- ]way', label: 'two-way', weight: 1 },
  { pattern: 'give[- ]and[- ]take', label: 'give and take', weight: 0.8 },
  { pattern: 'dialogue', label: 'dialogue', weight: 0.8 },
  { pattern: 'relationships?', label: 'relationships', weight: 0.8 },
  { pattern: 'engag\\w*', label: 'engagement', weight: 0.7 },
  { pattern: 'repl(?:y|ies|ying|ied)|respond\\w*|responses?', label: 'replying', weight: 0.7 },
  { pattern: 'listen\\w*', label: 'listening', weight: 0.7 },
  {
    pattern:
      'talk(?:s|ed|ing)? (?:to|with) (?:the )?(?:people|customers|them|your|their|each other|individual)\\w*|chat(?:s|ted|ting)? with|get(?:ting)? to know',
    label: 'talking with people',
    weight: 0.7,
  },
  {
    pattern: 'one[- ](?:on|to)[- ]one|personali[sz]ed|personal (?:welcome|touch|response|reply|message)s?',
    label: 'one-to-one',
    weight: 0.5,
  },
  { pattern: '(?:answer|ask)(?:s|ed|ing)? (?:\\w+ )?questions', label: 'answering questions', weight: 0.6 },
  { pattern: 'interact\\w*', label: 'interaction', weight: 0.6 },
  {
    pattern: 'feedback|monitor\\w*|what (?:people|customers|they) (?:are )?say(?:ing)?',
    label: 'feedback',
    weight: 0.5,
  },
  { pattern: 'trust\\w*', label: 'trust', weight: 0.5 },
  { pattern: 'connect\\w*', label: 'connecting', weight: 0.5 },
  { pattern: 'communit\\w*', label: 'community', weight: 0.5 },
  { pattern: 'customer service|complain\\w*', label: 'customer service', weight: 0.4 },
  {
    pattern: 'help(?:s|ed|ing)? (?:people|customers|others|them|followers|clients|someone|buyers)|helpful',
    label: 'helping',
    weight: 0.4,
  },
  { pattern: 'human\\w*', label: 'humanity', weight: 0.4 },
  // "thanks to the new menu" is a preposition, not a thank-you.
  {
    pattern: 'thank(?:s|ed|ing|ful)?(?!\\s+to\\s+(?:the|that|this|a|an|its|their|our|twitter|x|social)\\b)',
    label: 'thanks',
    weight: 0.3,
  },
];

/**
 * Words that change what a cue says about the author's stance. A cue preceded, in the same
 * clause and within `NEGATION_WINDOW` words, by a negation counts the other way ("not a
 * broadcast channel", "stop pushing deals"); by a limiting negation ("don't just", "not only")
 * it counts the other way at half strength: the author allows it but wants more. In a sentence
 * turned by a contrast word ("…, but …"), what follows the turn is what the author stands by,
 * so it counts more than what comes before. Questions assert less than statements.
 */
export const STANCE_MODIFIERS = {
  negations: [
    'not',
    'no',
    'never',
    'nor',
    'neither',
    'without',
    'cannot',
    "\\w+n['’]t",
    'stop(?:s|ped|ping)?',
    'avoid(?:s|ed|ing)?',
    'instead of',
    'rather than',
    'forget(?:ting)?(?: about)?',
    'ignor(?:e|es|ed|ing)',
    'lack(?:s|ed|ing)?(?: of)?',
    'less',
    'against',
    'hate',
    'distaste for',
    '(?:tired|sick) of',
    'fail(?:s|ed)? to',
  ],
  /**
   * Words that find fault with what follows in their clause, however far: "too many businesses
   * are just blasting out press releases", "or worse, an automated feed".
   */
  faults: [
    'too many',
    'too much',
    'too often',
    'or worse',
    'the (?:problem|trouble) with',
    'mistake of',
    'nothing more than',
    'little more than',
    'limited to',
    'tempt(?:ed|ing|ation)',
    'habit of',
  ],
  /**
   * Words that report someone else's view: what follows in the sentence is weighed at half, as
   * the author may be about to disagree ("Jane makes the case that Twitter is for conversation").
   */
  attributions: [
    'makes? the case',
    'argues?',
    'claims?',
    'according to',
    '(?:people|mavens|experts|gurus|they|many) (?:keep |often |always )?(?:say|saying|talk(?:ing)? about|think|tell us)',
    // Findings of a report or a study describe what others do, not what the author advises.
    '(?:shows?|showed|shown|found|finds|reveals?|revealed|suggests?|suggested) that',
  ],
  /**
   * Negations that affirm what follows: "no substitute for a real reply", "not to mention the
   * replies", "not including replies" (a count, not a judgement). Taken out before a negation is
   * looked for.
   */
  affirmingNegations: [
    '(?:is |are )?(?:no|not an?|never an?) (?:substitute|replacement) for',
    'nothing (?:beats|replaces)',
    "(?:can't|cannot|can not) beat",
    'not to mention',
    'not (?:including|counting)',
    'no doubt',
    'no wonder',
  ],
  /** A negation followed by one of these limits rather than denies: "don't just", "not only". */
  limiters: ['just', 'only', 'simply', 'merely', 'purely', 'all about'],
  /**
   * What a sentence says of its subject when it finds fault with it: cues before such words count
   * the other way ("Repeatedly shoving links at followers is not good use of social media").
   */
  critiques: [
    "(?:is|are|was|were|'s|'re)\\s+(?:not|n't|never)\\s+(?:a\\s+)?(?:good|great|effective|enough|the (?:best|right) \\w+)",
    '(?:is|are)\\s+(?:bad|lazy|annoying|spam|spammy|pointless|useless|a (?:mistake|waste))',
    "(?:does|do|will|wo)(?:n't| not) work",
    'tends? not to',
    'the worst',
    'backfire\\w*',
    'as spam',
    'runs? the risk',
  ],
  /**
   * "… is not (a real) …": a cue right after these, denied of a subject that carries a cue of the
   * other side, finds fault with the subject ("automated shout-outs are not conversations").
   */
  denyingCopulas: ["(?:is|are|was|were|'s|'re)(?:\\s+not|n't)\\s+(?:(?:a|an|the|real|true|genuine)\\s+)*"],
  /** Words that turn a sentence: the clause after them is the one the author stands by. */
  contrasts: ['but', 'however', 'yet', 'instead'],
} as const;

/** How many words before a cue a negation may stand and still apply to it. */
export const NEGATION_WINDOW = 6;
