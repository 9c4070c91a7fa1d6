/**
 * Derived features of a post's text: the only things about the text that survive anonymization.
 * Each cue is a plain regular expression so that a reader can see what counts; they are English
 * only and deliberately broad, and a miss only lowers a share.
 */

/** Prices, deals, bookings, orders: the post is selling something. */
export const OFFER_CUE =
  /(\b\d{1,2}\s?% off\b|\bsale\b|\bdiscount|\bdeals?\b|\bpromo|\bcoupon|\bcode [A-Z0-9]{3,}\b|\bfree (shipping|delivery)\b|\bshop now\b|\border (now|today|yours)\b|\bbuy now\b|\blimited (time|stock|edition)\b|\bback in stock\b|\bpre-?order|\bbook (now|a table|online|your)\b|\bspecial offer\b|\btonight'?s special\b|[$€£]\s?\d)/i;

/** Thanks and public help. */
export const THANKS_CUE = /\b(thank(s| you)|thx|cheers|appreciate[ds]?|grateful)\b/i;
export const SUPPORT_CUE =
  /\b(sorry (to hear|about|for)|happy to help|dm (us|me)|send (us|me) a (dm|message)|we'?ll (look|check|sort|fix|get)|let (us|me) know|glad (it|you|to)|hope (this|that) helps|how can (we|i) help|(is|are|was|has been) (fixed|sorted|resolved))\b/i;

/** Follower chasing: follow-backs, trains, bait. */
export const FOLLOWER_BAIT_CUE =
  /(\bfollow ?(back|for ?follow|4 ?follow)\b|\bf4f\b|#(followback|teamfollowback|followtrain|gainwithxtra|f4f)\b|\bgain (more )?followers\b|\bdrop (your|ur) (handle|link|@)|\bfollow (everyone|all) who\b|\b(like|retweet|rt|repost) (if|and follow)\b|\bfollow train\b|\bwho wants (more )?followers\b|\bfollow me and i'?ll follow\b)/i;

/** Templated "top interactors" shout-outs, as posted by circle and stats apps. */
export const SHOUTOUT_CUE =
  /(\b(my )?top (\d+ )?(interactors|engagers|supporters|fans|friends)\b|\bbiggest (fans|supporters)\b|\bmy (twitter|x) circle\b|\binteraction circle\b|\bweekly stats\b.*\bfollowers?\b)/i;

/** Bio words that state an objective or a next step for the reader. */
const BIO_OBJECTIVE =
  /\b(book|order|shop|buy|call|dm|message|contact|e-?mail|visit|subscribe|sign up|join|get in touch|free (quote|estimate|consultation|trial)|hire|we help|i help|helping|support|quotes?|demo|newsletter|download|ask|open (daily|\d))\b/i;

const WEB_ADDRESS =
  /\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|io|co|uk|de|fr|shop|store|app|dev|biz|info|example)\b/i;

/** Words of text, without mentions, hashtags, links and emoji. */
export function plainWords(text: string): string[] {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#$][\w]+/g, ' ')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((word) => /\p{L}/u.test(word));
}

/** The yes/no bio checks of the profile facts. */
export function bioChecks(
  bio: string,
  hasWebsite: boolean,
): { saysWhat: boolean; linksSite: boolean; statesObjective: boolean } {
  return {
    saysWhat: plainWords(bio).length >= 6,
    linksSite: hasWebsite || WEB_ADDRESS.test(bio),
    statesObjective: BIO_OBJECTIVE.test(bio),
  };
}

/**
 * Text reduced to its template: lower case, no mentions, links, numbers or punctuation. Two posts
 * with the same template differ only in the names, links and figures filled in.
 */
export function templateText(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(@\w+\s+)+/, '')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/\d+/g, ' ')
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit digest of a template, for grouping exact repeats. */
export function templateKey(template: string): number {
  return fnv1a(template, 0x9e3779b9);
}

/**
 * A 64-bit SimHash of the template's words, as two 32-bit halves. Texts that differ in a word
 * or two land a few bits apart; unrelated texts land about 32 bits apart.
 */
export function simHash(template: string): [number, number] {
  const words = template.split(' ').filter(Boolean);
  const counts = new Int32Array(64);
  for (const word of words) {
    const hi = fnv1a(word, 0x1234567);
    const lo = fnv1a(word, 0x7654321);
    for (let bit = 0; bit < 32; bit++) {
      counts[bit] = (counts[bit] as number) + ((hi >>> bit) & 1 ? 1 : -1);
      counts[bit + 32] = (counts[bit + 32] as number) + ((lo >>> bit) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((counts[bit] as number) > 0) hi |= 1 << bit;
    if ((counts[bit + 32] as number) > 0) lo |= 1 << bit;
  }
  return [hi >>> 0, lo >>> 0];
}

/** Number of differing bits between two 32-bit values. */
export function popcount32(value: number): number {
  let v = value >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
