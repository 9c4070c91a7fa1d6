/**
 * From what a person types to what Pagefind is asked. Pagefind requires every word of a query
 * that exists anywhere in the site, so a question full of small words ("what should my profile
 * description say") finds nothing, and it knows no synonyms. This module:
 * - drops the words that carry no topic (STOP_WORDS), unless nothing else is left;
 * - expands each remaining word or phrase with its synonym group (content/search-synonyms.yaml),
 *   so "DM" also asks for "direct message" (quoted, as an exact phrase);
 * - plans one search per term and alternative, which merge.ts ranks together (so a page that
 *   matches most of the question comes first, and one missing word never empties the list).
 * Expansion happens here, at query time, rather than in the index: see docs/search.md. Pure.
 */

/** Words that say how a question is asked, not what it is about. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all am an and any are as at be because been before being below between both
  but by can could did do does doing done down during each few for from further get gets getting go goes
  going had has have having he her here hers him his how i if in into is it its itself just me more most
  my myself need needs no nor not now of off on once only or other our ours out over own put same say says
  she should so some such than that the their theirs them then there these they this those through to too
  under until up very want wants was we were what when where which while who whom why will with would you
  your yours tell know make use using way ways thing things best good better really also one us himself herself
  themselves ourselves yourself itself me myself lot lots much many instead rather`
    .split(/\s+/)
    .filter(Boolean),
);

/** A search for a synonym counts for this much of one for the words as typed. */
export const SYNONYM_WEIGHT = 0.8;

/** Lowercase words (letters and digits; an apostrophe joins, a hyphen splits). */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words with the index of the space-separated chunk each came from ("follow-back" is one chunk). */
function tokenizeChunks(text: string): { token: string; chunk: number }[] {
  return text
    .split(/\s+/)
    .flatMap((chunk, index) => tokenize(chunk).map((token) => ({ token, chunk: index })));
}

/** One term of a query and the ways it may be written: the typed one first. */
export interface QueryTerm {
  typed: string;
  alternatives: string[];
}

export interface QueryPlan {
  terms: QueryTerm[];
  /** One Pagefind query per term and alternative, with how much it counts. */
  searches: { term: number; query: string; weight: number }[];
  /** Words to highlight on the page a result leads to. */
  highlight: string[];
}

/** A phrase as Pagefind reads it: exact when it has more than one word. */
export function asPagefindTerm(phrase: string): string {
  return phrase.includes(' ') ? `"${phrase}"` : phrase;
}

/** Synonym groups as token lists, longest member first, for matching inside a query. */
function groupsByLength(groups: readonly (readonly string[])[]) {
  return groups
    .map((group) => group.map((member) => tokenize(member)).filter((tokens) => tokens.length > 0))
    .flatMap((members) =>
      members.map((tokens) => ({ tokens, alternatives: members.map((m) => m.join(' ')) })),
    )
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

/** Plans the searches for a typed query; an empty plan (no terms) when nothing searchable was typed. */
export function planQuery(text: string, synonymGroups: readonly (readonly string[])[] = []): QueryPlan {
  const chunks = tokenizeChunks(text);
  const tokens = chunks.map((c) => c.token);
  const groups = groupsByLength(synonymGroups);
  const found: QueryTerm[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = groups.find((g) => g.tokens.every((t, k) => tokens[i + k] === t));
    if (match) {
      const typed = match.tokens.join(' ');
      found.push({ typed, alternatives: [typed, ...match.alternatives.filter((a) => a !== typed)] });
      i += match.tokens.length;
      continue;
    }
    // A hyphenated word ("follow-back") is searched as the phrase it is, not as two words.
    let end = i + 1;
    while (end < tokens.length && chunks[end]?.chunk === chunks[i]?.chunk) end++;
    const typed = tokens.slice(i, end).join(' ');
    found.push({ typed, alternatives: [typed] });
    i = end;
  }
  const meaningful = found.filter((term) => term.alternatives.length > 1 || !STOP_WORDS.has(term.typed));
  // A query of small words only ("how to") is searched as typed rather than not at all.
  const candidates = meaningful.length > 0 ? meaningful : found;
  // Two words of one synonym group ("bots auto-posting") are one term, not two; both count as typed.
  const sameGroup = (a: QueryTerm, b: QueryTerm) =>
    [...a.alternatives].sort().join('|') === [...b.alternatives].sort().join('|');
  const terms = candidates.filter(
    (term, index) => candidates.findIndex((other) => sameGroup(other, term)) === index,
  );
  const typedOf = (term: QueryTerm) =>
    new Set(candidates.filter((other) => sameGroup(other, term)).map((t) => t.typed));
  const searches = terms.flatMap((term, index) => {
    const typed = typedOf(term);
    return term.alternatives.map((alternative) => ({
      term: index,
      query: asPagefindTerm(alternative),
      weight: typed.has(alternative) ? 1 : SYNONYM_WEIGHT,
    }));
  });
  const highlight = [...new Set(terms.flatMap((term) => term.alternatives))].filter(
    (word) => !STOP_WORDS.has(word),
  );
  return { terms, searches, highlight };
}
