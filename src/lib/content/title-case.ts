/**
 * Headlines in sentence case. Articles arrive with headlines in title case ("Why Twitter Has
 * Overtaken Linkedin As The…"), often with a name mis-cased on the way; the playbook's own titles
 * are in sentence case, and the two side by side look careless. The import shows the headline in
 * sentence case and keeps the original for attribution (`originalTitle`).
 *
 * Lowercasing a title must not lowercase its names, and no list of names is ever complete, so the
 * article is asked: a word it capitalises in mid-sentence and never writes in lowercase is a name,
 * spelt as the article spells it most often ("LinkedIn", not the headline's "Linkedin"). Known
 * platform names and acronyms (two or more capitals: CEO, B2B) keep their capitals too.
 */

/** Names the playbook's subject brings up, spelt the way their owners spell them. */
const KNOWN_NAMES = [
  'X',
  'I',
  'Twitter',
  'LinkedIn',
  'Facebook',
  'Instagram',
  'YouTube',
  'TikTok',
  'WhatsApp',
  'Google',
  'Bluesky',
  'Mastodon',
  'Reddit',
  'iPhone',
];

/**
 * Short words a title-case headline leaves in lowercase (style guides differ), so their case says
 * nothing about the headline's style.
 */
const MINOR_WORDS = new Set(
  'a an and as at but by for from in into nor of on onto or over per the to up via vs with'.split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** What comes between the end of a sentence (or a colon) and the next word. */
const SENTENCE_BREAK = /[.!?:]["”'’)]*\s+["“'‘(]*$/;

/** Names found in an article's text, by lowercase spelling: words capitalised in mid-sentence and never written in lowercase. */
export function namesInText(text: string): Map<string, string> {
  const spellings = new Map<string, Map<string, number>>();
  const lowercase = new Set<string>();
  for (const line of text.split('\n')) {
    // A sentence starts at the line's first word and after . ! ? or a colon.
    // Passage markers ({#id}) and addresses are not prose.
    const content = line
      .replace(/\\?\{#[^}]*\}|\bhttps?:\/\/\S+/g, ' ')
      .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/, '');
    let sentenceStart = true;
    let last = 0;
    for (const match of content.matchAll(WORD)) {
      const between = content.slice(last, match.index);
      if (SENTENCE_BREAK.test(between)) sentenceStart = true;
      last = match.index + match[0].length;
      // A possessive counts as the name itself: "LinkedIn's" spells "LinkedIn".
      const word = match[0].replace(/['’]s$/u, '');
      const key = word.toLowerCase();
      if (!/\p{Lu}/u.test(word)) lowercase.add(key);
      else if (!sentenceStart && /\p{L}/u.test(word)) {
        const counts = spellings.get(key) ?? new Map<string, number>();
        counts.set(word, (counts.get(word) ?? 0) + 1);
        spellings.set(key, counts);
      }
      sentenceStart = false;
    }
  }
  const names = new Map<string, string>();
  for (const [key, counts] of spellings) {
    if (lowercase.has(key)) continue;
    const [spelling] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    if (spelling) names.set(key, spelling);
  }
  return names;
}

function knownNames(extra: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map(KNOWN_NAMES.map((name) => [name.toLowerCase(), name]));
  for (const [key, spelling] of extra) names.set(key, spelling);
  return names;
}

/** An acronym or a word with a capital inside (CEO, B2B, McDonald): its capitals are meant. */
function keepsItsCapitals(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);
}

/**
 * Whether a title is in title case: at least two words that are neither short linking words nor
 * names, and three in four of them capitalised. "My seminal moment for Twitter" is not; "Why
 * Twitter Has Overtaken Linkedin As The Sales Social Network Of Choice" is, and so is a headline
 * in capitals throughout.
 */
export function isTitleCase(title: string, names: ReadonlyMap<string, string> = new Map()): boolean {
  const all = knownNames(names);
  const words = [...title.matchAll(WORD)].map((m) => m[0]).filter((w) => /\p{L}/u.test(w));
  if (isShouted(words)) return true;
  const telling = words
    .slice(1)
    .filter((w) => !MINOR_WORDS.has(w.toLowerCase()) && !all.has(w.toLowerCase()) && !keepsItsCapitals(w));
  if (telling.length < 2) return false;
  const capitalised = telling.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / telling.length >= 0.75;
}

function isShouted(words: readonly string[]): boolean {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  return words.length >= 3 && letters.length > 0 && letters === letters.toUpperCase();
}

/**
 * The title in sentence case when it is in title case, unchanged otherwise: the first word and
 * the first word after a colon or a question capitalised, names spelt as `names` (from
 * `namesInText`) or the known names spell them, acronyms kept, every other word in lowercase.
 */
export function sentenceCaseTitle(title: string, names: ReadonlyMap<string, string> = new Map()): string {
  if (!isTitleCase(title, names)) return title;
  const all = knownNames(names);
  const shouted = isShouted([...title.matchAll(WORD)].map((m) => m[0]));
  let capitaliseNext = true;
  let last = 0;
  return title.replace(WORD, (word, offset: number) => {
    const between = title.slice(last, offset);
    last = offset + word.length;
    if (SENTENCE_BREAK.test(between)) capitaliseNext = true;
    const first = capitaliseNext;
    capitaliseNext = false;
    if (!/\p{L}/u.test(word)) return word;
    const name = all.get(word.toLowerCase());
    if (name) return name;
    if (!shouted && keepsItsCapitals(word)) return word;
    const lower = word.toLowerCase();
    return first ? `${lower.charAt(0).toUpperCase()}${lower.slice(1)}` : lower;
  });
}
