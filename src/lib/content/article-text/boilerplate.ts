/**
 * The lines of a saved web page that belong to the page, not to the article: comment forms,
 * share prompts, subscribe boxes, cookie notices, "related posts", navigation and the site's
 * default header text. Each rule matches a whole line (after Markdown links and emphasis are
 * reduced to their text), so an article sentence that merely mentions sharing or cookies stays.
 * To recognise more chrome, add a pattern to the rule it belongs to. Pure.
 */

export type DropReason =
  | 'comment form'
  | 'share prompt'
  | 'subscribe box'
  | 'cookie notice'
  | 'related posts'
  | 'site navigation'
  | 'site header'
  | 'date line'
  | 'byline'
  | 'duplicate line'
  | 'teaser'
  | 'embedded post buttons';

interface BoilerplateRule {
  reason: DropReason;
  /** Sources of regular expressions matched against the whole trimmed line, case-insensitively. */
  lines: string[];
}

const SOCIAL =
  '(?:facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|email|e-mail|telegram|tumblr|threads|bluesky|mastodon)';

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    reason: 'comment form',
    lines: [
      'leave a (?:reply|comment|response)(?: to .*)?(?: cancel reply)?',
      'cancel reply',
      '(?:post|add|write|submit) (?:a |your )?comment',
      '(?:\\d+|no|one|two|three) (?:comments?|responses?|replies|thoughts on .*)(?: so far)?',
      'comments?(?: \\(\\d+\\))?',
      'be the first to comment.*',
      'comments are closed\\.?',
      'your email address will not be published.*',
      'required fields are marked.*',
      '(?:name|email|e-mail|website|url|comment|message)\\s*\\*?',
      'save my name, email,? and website.*',
      'notify me of (?:follow-up comments|new posts).*',
      'you must be (?:logged|signed) in to (?:post|leave) a comment.*',
      'this site uses akismet.*',
      '(?:log in|sign in) to (?:reply|comment)',
      'reply(?: ↓)?',
      'δ',
    ],
  },
  {
    reason: 'share prompt',
    lines: [
      'share(?: this)?(?: post| article| page| story)?(?: on)?[:!]?',
      'send to kindle',
      `share (?:on|via|to) ${SOCIAL}.*`,
      'click to (?:share|email|print).*',
      '(?:tweet|pin|email|print)(?: this| it)?(?: (?:post|article|page))?!?',
      'like this:?',
      'like loading\\W*',
      'loading\\W*',
      'spread the word!?',
      'sharing is caring.*',
      `(?:${SOCIAL}[\\s,|·•/]*){2,}`,
    ],
  },
  {
    reason: 'subscribe box',
    lines: [
      'subscribe(?: now| today)?!?',
      'subscribe (?:to|via) (?:our|the|my)? ?(?:newsletter|blog|mailing list|feed|rss|posts?).*',
      'sign up (?:for|to) (?:our|the|my) (?:newsletter|mailing list|updates).*',
      '(?:get|receive) (?:the latest|our|new|fresh) .* (?:in|to|straight to|delivered to) your inbox.*',
      'enter your (?:e-?mail|email address).*',
      'join \\d[\\d,]* (?:other )?(?:subscribers|readers).*',
      `follow (?:us|me)(?: on ${SOCIAL}.*)?!?`,
      'rss(?: 2\\.0)?(?: feed)?',
      'download (?:our|the|a|your) free .*',
      'if you (?:enjoyed|liked|found .{1,20} in) this (?:post|article|piece).*',
    ],
  },
  {
    reason: 'related posts',
    lines: [
      'related(?: posts| articles| stories| reading| content)?:?',
      'you (?:may|might) also (?:like|enjoy).*',
      '(?:recent|popular|latest|more) (?:posts|stories|articles)(?: from .*)?:?',
      'read next:?',
    ],
  },
  {
    reason: 'site navigation',
    lines: [
      'skip to (?:main )?(?:content|navigation)',
      '(?:main )?menu',
      'toggle navigation',
      'search(?: for)?:?(?: …)?',
      'home',
      'home\\s*[»›>/|].*',
      '[←«]?\\s*(?:previous|next|older|newer)(?: (?:post|article|entry|posts|entries))?\\s*[→»]?(?::.*)?',
      'back to top',
      'scroll to top',
      '(?:continue|keep) reading.*',
      'read more\\W*',
      '\\(?page \\d+ of \\d+\\)?',
      '(?:\\d+ )+page \\d+(?: of \\d+)?',
      '(?:posted|filed) (?:in|under):? .*',
      '(?:categor(?:y|ies)|tags?|tagged|topics):? .*',
      'print(?: this)?(?: page| article)?',
      'advertisement',
      '(?:image|photo|picture)(?: credit)?:? (?:via|by|from|courtesy of) .*',
      'sponsored(?: content)?',
      'your browser is out[- ]of[- ]date!?',
      'update (?:your|my) browser.*',
      '(?:©|copyright ©?) .*',
      'all rights reserved\\.?',
    ],
  },
  {
    reason: 'site header',
    lines: [
      'just another wordpress(?:\\.com)? (?:site|blog|weblog)',
      '(?:proudly )?powered by .*',
      'a (?:wordpress|blogger|blogspot) (?:site|blog)',
      // An image's alternative text copied with the page: "Acme Blog Logo", "site default header".
      '(?:\\S+ ){0,4}(?:logo|(?:default |site )?header(?: image)?|banner(?: image)?)',
    ],
  },
];

/** A cookie notice: a line that speaks of cookies and what the site does with them. */
const COOKIE_NOTICE =
  /\bcookies?\b.*\b(?:use|uses|using|accept|consent|policy|settings|preferences|experience|browsing|agree)\b|\b(?:use|uses|using|accept|consent|agree)\b.*\bcookies?\b/i;
/** The buttons of a cookie banner, dropped only just after a cookie notice. */
const COOKIE_BUTTON =
  /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|decline|got it!?|ok(?:ay)?|i agree|agree|allow(?: all)?|cookie settings|manage (?:preferences|cookies|settings)|learn more|privacy policy)$/i;
/** The buttons of an embedded post, copied with its text: "… less than a minute ago via web Favorite Retweet Reply". */
const EMBEDDED_POST_BUTTONS =
  /\s*(?:(?:less than a minute|about an? \w+|\d+ (?:seconds?|minutes?|hours?|days?)) ago)?\s*(?:via [^\n]*?)?\s*(?:Favorite|Like)\s+Retweet\s+Reply\s*$/;

const compiled = BOILERPLATE_RULES.map((rule) => ({
  reason: rule.reason,
  regex: new RegExp(`^(?:${rule.lines.join('|')})$`, 'iu'),
}));

/** The line as a reader sees it: no Markdown links, images, emphasis, heading or list marks. */
export function visibleText(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+•]|\d{1,3}[.)])\s+/, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why a line is page chrome, or undefined when it may be article text. */
export function boilerplateReason(line: string): DropReason | undefined {
  const text = visibleText(line);
  if (!text) return undefined;
  if (text.length <= 400 && COOKIE_NOTICE.test(text)) return 'cookie notice';
  if (text.length > 160) return undefined;
  return compiled.find((rule) => rule.regex.test(text))?.reason;
}

/** True for a cookie banner's button (only meaningful right after a cookie notice). */
export function isCookieButton(line: string): boolean {
  return COOKIE_BUTTON.test(visibleText(line));
}

/** True for a teaser of the article (an excerpt repeated from below, cut off with "[…]"). */
export function isTeaser(line: string): boolean {
  return /\[(?:…|\.\.\.)\]\s*$/.test(line.trim());
}

/** The line without an embedded post's buttons, and whether there were any. */
export function withoutEmbeddedPostButtons(line: string): { line: string; stripped: boolean } {
  const match = EMBEDDED_POST_BUTTONS.exec(line);
  if (!match || match.index === 0) return { line, stripped: false };
  return { line: line.slice(0, match.index).trimEnd(), stripped: true };
}

/** A title-like line listed under a "related posts" heading. */
export function isListedTitle(line: string): boolean {
  const text = visibleText(line);
  return text.length > 0 && text.length <= 120 && !/[.!?:;]["”’)]*$/.test(text);
}
