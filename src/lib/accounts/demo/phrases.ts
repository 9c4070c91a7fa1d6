/**
 * What the demo accounts say. Texts are built from several slots (one phrase picked from each),
 * so that the human-written examples rarely repeat and the template-driven ones (bots, news
 * headlines) do, as they would on X.
 */
import { pick } from './random.ts';

/** Phrase banks by topic, each a list of slots. */
export const PHRASE_BANK: Record<string, string[][]> = {
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

/** A text on `topic`: one phrase from each slot, empty ones left out. */
export function phrase(topic: string, rand: () => number): string {
  const slots = PHRASE_BANK[topic];
  if (!slots) throw new Error(`demo phrase bank has no "${topic}"`);
  return slots
    .map((slot) => pick(slot, rand))
    .filter(Boolean)
    .join(' ');
}

/** An aside people add to a post ("Rain again today. Stay warm."). */
export function aside(rand: () => number): string {
  return ASIDES.map((slot) => pick(slot, rand)).join(' ');
}
