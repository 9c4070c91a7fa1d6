/**
 * Ranking several Pagefind searches as one list. Pagefind requires every word of a query, so a
 * question whose words are spread over a page's neighbours finds the wrong pages or none. Each
 * term (and each of its synonyms) is searched on its own instead, and a page's score is the sum
 * of its best score for each term, scaled by the share of the terms it matched: a page about
 * most of the question beats one that mentions all of its words in passing, and nothing is
 * dropped because one word is missing. Pure: it works on ids and scores, so the client keeps
 * Pagefind's result objects beside it.
 */

/** What the ranking needs of a Pagefind result. */
export interface Hit {
  id: string;
  score: number;
}

/** One search: the term it was for, how much it counts (1 for the words as typed) and its hits. */
export interface TermSearch<H extends Hit> {
  term: number;
  weight: number;
  hits: readonly H[];
}

export interface RankedHit<H extends Hit> {
  hit: H;
  score: number;
  /** How many of the query's terms the page matched. */
  matched: number;
}

/** The coordination exponent: with 2, a page matching half the terms keeps a quarter of its score. */
const COORDINATION = 2;

export function rankByTerms<H extends Hit>(
  searches: readonly TermSearch<H>[],
  termCount: number,
): RankedHit<H>[] {
  const pages = new Map<string, { hit: H; best: Map<number, number> }>();
  for (const { term, weight, hits } of searches) {
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { hit, best: new Map<number, number>() };
      page.best.set(term, Math.max(page.best.get(term) ?? 0, hit.score * weight));
      pages.set(hit.id, page);
    }
  }
  const total = Math.max(1, termCount);
  return [...pages.values()]
    .map(({ hit, best }) => {
      const sum = [...best.values()].reduce((a, b) => a + b, 0);
      return { hit, matched: best.size, score: sum * (best.size / total) ** COORDINATION };
    })
    .sort((a, b) => b.score - a.score || b.matched - a.matched);
}
