/**
 * Realistic searches, written from the situations the guidance itself describes, each with the
 * pages that answer it (any of them in the top three counts). Add a case whenever a user-visible
 * miss is fixed. Used by tests/e2e/search-relevance.browser.test.ts against the real index.
 */
export interface RelevanceCase {
  query: string;
  /** Site paths (without the base) of pages that answer the query. */
  answers: string[];
}

const play = (id: string) => `/plays/${id}/`;
const type = (id: string) => `/business-types/${id}/`;

export const RELEVANCE_CASES: RelevanceCase[] = [
  {
    query: 'a customer complains in public',
    answers: [play('answer-public-questions'), play('listen-and-fix'), play('turn-broadcast-into-support')],
  },
  { query: 'what should my profile description say', answers: [play('business-bio')] },
  { query: 'what goes in our bio', answers: [play('business-bio')] },
  {
    query: 'discount codes',
    answers: [play('keyword-tagged-deals'), play('deal-calendar'), type('niche-product-maker')],
  },
  {
    query: 'bots auto-posting',
    answers: [play('automation-as-only-interaction'), play('schedule-but-stay-home')],
  },
  {
    query: 'should the CEO tweet himself',
    answers: [play('leader-owns-voice'), type('executive-voice'), play('ghostwritten-leader')],
  },
  {
    query: 'send a DM to a prospect',
    answers: [play('reach-out-first'), play('contact-them-on-x'), play('learn-before-you-talk')],
  },
  { query: 'plumber', answers: [type('local-trades')] },
  { query: 'restaurant specials', answers: [type('local-hospitality'), play('deal-calendar')] },
  { query: 'social selling', answers: [type('b2b-sales-team'), play('research-prospect-network')] },
  {
    query: 'prospecting on twitter',
    answers: [type('b2b-sales-team'), play('research-prospect-network'), play('learn-before-you-talk')],
  },
  {
    query: 'we only post links to our own site',
    answers: [
      play('self-promotion-seven-times-a-day'),
      play('drive-to-own-site'),
      play('balance-links-and-conversation'),
    ],
  },
  {
    query: 'how many followers do we need',
    answers: [play('chasing-follower-counts'), type('social-media-practitioner')],
  },
  { query: 'influence score', answers: [play('chasing-follower-counts')] },
  { query: 'thank customers who buy', answers: [play('thank-each-buyer')] },
  {
    query: 'nobody reads or answers the account',
    answers: [
      play('automation-as-only-interaction'),
      play('faceless-brand-only-presence'),
      play('one-way-posting-when-you-want-relationships'),
    ],
  },
  { query: 'find buyers talking about their problems', answers: [play('join-buyer-conversations')] },
  { query: 'referrals for a consultant', answers: [play('referral-network'), type('consultancy')] },
  { query: 'weekly review of results', answers: [play('weekly-review')] },
  { query: 'news publisher', answers: [type('media-publisher'), play('mirror-other-channels')] },
  {
    query: 'which mode fits my business',
    answers: [play('choose-your-mode'), '/guides/how-to-use/', '/strategies/compare/'],
  },
  { query: 'one hour workshop with a client', answers: [play('choose-your-mode')] },
  { query: 'lunch photos and pets', answers: [play('oversharing-trivia')] },
  { query: 'the office test before posting', answers: [play('think-before-posting')] },
  { query: 'schedule the week of offers', answers: [play('deal-calendar'), play('schedule-but-stay-home')] },
  { query: 'maker of a niche product', answers: [type('niche-product-maker')] },
  { query: 'what changed on X since the articles', answers: ['/guides/today-on-x/'] },
  {
    query: 'talking to other marketers instead of customers',
    answers: [play('peers-not-prospects'), play('network-with-buyers')],
  },
  { query: 'research who a buyer follows', answers: [play('research-prospect-network')] },
  {
    query: 'a real person behind the logo',
    answers: [play('show-the-whole-person'), play('faceless-brand-only-presence')],
  },
  {
    query: 'customers started asking questions on our offers account',
    answers: [type('broadcast-to-support'), play('turn-broadcast-into-support')],
  },
];
