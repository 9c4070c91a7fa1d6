/**
 * Which of a playbook's business types an article talks about. Each type is described by the
 * words of its own page (title, summary, examples); each of those words is widened to its family
 * of everyday names (`business-words.ts`), so "a diner" finds the type that lists "a
 * neighbourhood restaurant". An article concerns a type when it names it often enough: twice in
 * its text, or once in its title. Pure.
 */
import { BUSINESS_WORD_FAMILIES, GENERAL_BUSINESS_WORDS } from './business-words.ts';

/** What detection needs to know of a business type. */
export interface BusinessTypeWords {
  id: string;
  title: string;
  summary: string;
  examples: readonly string[];
}

export interface BusinessTypeMention {
  id: string;
  /** Mentions, a title mention counting `TITLE_WEIGHT`. */
  score: number;
  /** The words found, with how often, most frequent first, for the editor's information. */
  words: { word: string; count: number }[];
}

const TITLE_WEIGHT = 3;
const MIN_SCORE = 2;
/** Types far behind the most mentioned one are passing references. */
const MIN_SHARE_OF_TOP = 0.34;
const MAX_TYPES = 3;

/** Lowercase, without accents, hyphens and possessives as spaces: how words are compared. */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** The singular of a phrase's last word ("bakeries" → "bakery", "cafes" → "cafe"). */
function singular(phrase: string): string {
  return phrase.replace(/(\w+)$/, (word) => {
    if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
    if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
    return word.endsWith('s') ? word.slice(0, -1) : word;
  });
}

/**
 * Family of each word, or null for the phrases that only block a shorter match. Words the table
 * writes in the plural ("trades", "home services") are kept as written, so "trade" alone (a trade
 * show) does not match them.
 */
const FAMILY_OF = new Map<string, string | null>();
for (const [family, words] of Object.entries(BUSINESS_WORD_FAMILIES)) {
  if (words === null) FAMILY_OF.set(normaliseWords(family), null);
  else for (const word of words) FAMILY_OF.set(normaliseWords(word), family);
}

/** The table's key for a phrase: as written when the table has it so, else its singular. */
function tableKey(phrase: string): string {
  return FAMILY_OF.has(phrase) ? phrase : singular(phrase);
}
const LONGEST_WORD = Math.max(...[...FAMILY_OF.keys()].map((w) => w.split(' ').length));

/** Relative clauses and participles end the noun phrase that names the business. */
const PHRASE_END =
  /\s(?:who|whose|that|which|where|when|with|at|of|for|in|on|by|from|to|doing|growing|fielding|tempted|building|using|mirroring|speaking|selling)\s.*$/;
const DETERMINERS = /^(?:(?:a|an|the|other|some|many|most|any|every|each|small|large|independent)\s+)+/;

/** The noun phrases a type's page uses for the businesses it is for. */
function phrasesOf(type: BusinessTypeWords): string[] {
  const forList = /^for\s+(.*)$/i.exec(type.summary.trim())?.[1] ?? '';
  // In "a large charity's press office" the business is the press office, not the charity.
  const examples = type.examples.map((example) => example.replace(/^.*['’]s\s+/, ''));
  return [type.title, forList, ...examples].flatMap((text) =>
    normaliseWords(text.replace(/\s(?:who|whose|that|which|with)\s.*$/i, ''))
      .split(/\s(?:and|or|&)\s/)
      .flatMap((chunk) => chunk.split(/\s{2,}/))
      .map((chunk) => ` ${chunk} `.replace(PHRASE_END, '').trim().replace(DETERMINERS, ''))
      .filter(Boolean),
  );
}

/** The business words inside a phrase, longest first, without overlaps. */
function wordsIn(phrase: string): string[] {
  const tokens = phrase.split(' ');
  const found: string[] = [];
  for (let start = 0; start < tokens.length; ) {
    let matched = 0;
    for (let length = Math.min(LONGEST_WORD, tokens.length - start); length >= 1 && !matched; length--) {
      const candidate = tableKey(tokens.slice(start, start + length).join(' '));
      if (FAMILY_OF.has(candidate)) {
        if (FAMILY_OF.get(candidate)) found.push(candidate);
        matched = length;
      }
    }
    start += matched || 1;
  }
  return found;
}

/** For each type, the families its page names and the phrases it names that no family holds. */
export function businessTypeVocabulary(types: readonly BusinessTypeWords[]) {
  return types.map((type) => {
    const families = new Set<string>();
    const literals = new Set<string>();
    for (const phrase of phrasesOf(type)) {
      const words = wordsIn(phrase);
      for (const word of words) families.add(FAMILY_OF.get(word) ?? word);
      const meaningful = phrase.split(' ').filter((w) => !GENERAL_BUSINESS_WORDS.has(singular(w)));
      if (words.length === 0 && meaningful.length > 0 && phrase.split(' ').length >= 2)
        literals.add(singular(phrase));
    }
    return { id: type.id, families, literals };
  });
}

/** Every business word and literal phrase in the text, longest first, each occurrence once. */
function mentionsIn(text: string, literals: ReadonlySet<string>): string[] {
  const tokens = normaliseWords(text).split(' ').filter(Boolean);
  const longest = Math.max(LONGEST_WORD, ...[...literals].map((l) => l.split(' ').length));
  const found: string[] = [];
  for (let start = 0; start < tokens.length; ) {
    let matched = 0;
    for (let length = Math.min(longest, tokens.length - start); length >= 1 && !matched; length--) {
      const written = tokens.slice(start, start + length).join(' ');
      const candidate = literals.has(singular(written)) ? singular(written) : tableKey(written);
      if (literals.has(candidate)) {
        found.push(candidate);
        matched = length;
      } else if (FAMILY_OF.has(candidate)) {
        if (FAMILY_OF.get(candidate)) found.push(candidate);
        matched = length;
      }
    }
    start += matched || 1;
  }
  return found;
}

/**
 * The business types an article concerns, most mentioned first: at most three, each named at
 * least twice in the text (or once in the title) and not far behind the most mentioned one.
 */
export function businessTypesMentioned(
  article: { title?: string; text: string },
  types: readonly BusinessTypeWords[],
): BusinessTypeMention[] {
  const vocabulary = businessTypeVocabulary(types);
  const literals = new Set(vocabulary.flatMap((v) => [...v.literals]));
  const counted = [
    ...mentionsIn(article.title ?? '', literals).map((word) => ({ word, weight: TITLE_WEIGHT })),
    ...mentionsIn(article.text, literals).map((word) => ({ word, weight: 1 })),
  ];
  const mentions = vocabulary.map(({ id, families, literals: own }) => {
    const words = new Map<string, number>();
    let score = 0;
    for (const { word, weight } of counted) {
      const family = FAMILY_OF.get(word);
      if (!(family ? families.has(family) : own.has(word))) continue;
      score += weight;
      words.set(word, (words.get(word) ?? 0) + 1);
    }
    return {
      id,
      score,
      words: [...words.entries()]
        .map(([word, count]) => ({ word, count }))
        .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)),
    };
  });
  const top = Math.max(0, ...mentions.map((m) => m.score));
  return mentions
    .filter((m) => m.score >= MIN_SCORE && m.score >= top * MIN_SHARE_OF_TOP)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, MAX_TYPES);
}
