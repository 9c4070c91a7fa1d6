/**
 * The signals lexicon: which words mark a topic, and which cues push a passage towards
 * broadcasting (negative weight) or conversation (positive weight).
 *
 * To extend it, add a topic or a cue here; nothing else changes. Patterns are regular
 * expression sources matched case-insensitively on word boundaries (`\b…\b` is added), so
 * `engag\w*` covers engage, engaged and engagement. Keep patterns specific: a topic is only
 * useful if it does not fire on every passage.
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
    patterns: ['listen\\w*', 'feedback', 'hear\\w*', 'pay(?:s|ing)? attention'],
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
  { pattern: 'broadcast\\w*', label: 'broadcast', weight: -1 },
  { pattern: 'one[- ]way', label: 'one-way', weight: -1 },
  { pattern: 'monologue', label: 'monologue', weight: -0.8 },
  { pattern: 'deals?', label: 'deals', weight: -0.6 },
  { pattern: 'announce\\w*', label: 'announcements', weight: -0.5 },
  { pattern: 'mirror\\w*', label: 'mirroring other channels', weight: -0.5 },
  { pattern: 'keywords?', label: 'keywords', weight: -0.4 },
  { pattern: 'recommendation engine', label: 'recommendation engine', weight: -0.4 },
  {
    pattern: 'zero sales cycle|short(?:est)? sales cycle|no sales cycle',
    label: 'short sales cycle',
    weight: -0.6,
  },
  { pattern: 'automat\\w*', label: 'automation', weight: -0.4 },
  { pattern: 'conversations?', label: 'conversation', weight: 1 },
  { pattern: 'two[- ]way', label: 'two-way', weight: 1 },
  { pattern: 'dialogue', label: 'dialogue', weight: 0.8 },
  { pattern: 'relationships?', label: 'relationships', weight: 0.8 },
  { pattern: 'engag\\w*', label: 'engagement', weight: 0.7 },
  { pattern: 'repl(?:y|ies|ying|ied)|respond\\w*', label: 'replying', weight: 0.7 },
  { pattern: 'listen\\w*', label: 'listening', weight: 0.7 },
  { pattern: 'interact\\w*', label: 'interaction', weight: 0.6 },
  { pattern: 'feedback', label: 'feedback', weight: 0.5 },
  { pattern: 'trust\\w*', label: 'trust', weight: 0.5 },
  { pattern: 'connect\\w*', label: 'connecting', weight: 0.5 },
  { pattern: 'communit\\w*', label: 'community', weight: 0.5 },
  { pattern: 'help\\w*', label: 'helping', weight: 0.4 },
  { pattern: 'human\\w*', label: 'humanity', weight: 0.4 },
  { pattern: 'thank\\w*', label: 'thanks', weight: 0.3 },
];
