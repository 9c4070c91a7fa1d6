/**
 * Lexicon patterns matched as whole words, and the one-scan way of finding which of many
 * patterns occur in a text: one global regex of all of them finds where any starts, and each
 * pattern's sticky regex is tried only there (about four times faster on 48,000 passages than a
 * scan per pattern). Pure.
 */

/** No letter or digit just before: the pattern starts a word. */
export const NOT_WORD = '(?<![\\p{L}\\p{N}])';
/** No letter or digit just after: the pattern ends a word. */
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** `pattern` (a regex source) as whole words, case-insensitive. */
export function wordRegex(pattern: string, flags: 'iu' | 'giu' | 'yiu'): RegExp {
  return new RegExp(`${NOT_WORD}(?:${pattern || '(?!)'})${NOT_WORD_AFTER}`, flags);
}

/** Any of `patterns` as whole words, as one alternation. */
export function anyOf(patterns: readonly string[]): string {
  return patterns.map((pattern) => `(?:${pattern})`).join('|');
}

/**
 * Every index where a match of the global regex `any` starts. Matches may overlap, so after
 * each the scan goes on one character (one code point) later, not after the match.
 */
export function matchStarts(text: string, any: RegExp): number[] {
  const starts: number[] = [];
  any.lastIndex = 0;
  for (let match = any.exec(text); match !== null; match = any.exec(text)) {
    starts.push(match.index);
    any.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return starts;
}

/** Whether the sticky regex matches at one of `starts`. */
export function matchesAtAny(text: string, sticky: RegExp, starts: readonly number[]): boolean {
  for (const start of starts) {
    sticky.lastIndex = start;
    if (sticky.test(text)) return true;
  }
  return false;
}
