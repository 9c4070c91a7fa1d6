/**
 * Where on a page a search result should land. Pagefind records every element with an id as an
 * anchor, with the position of the first word after it; a match lands on the last anchor at or
 * before it, so a phrase from a source's passage opens that passage, and a play's step opens
 * the step, rather than the nearest heading. Pure.
 */

/** What the choice needs of a Pagefind anchor. */
export interface Anchor {
  element: string;
  id: string;
  location: number;
}

/** What the choice needs of a matched word. */
export interface WordLocation {
  location: number;
  balanced_score: number;
}

/** Elements that mark a place worth landing on: sections, headings, list items (play steps). */
const LANDING_ELEMENTS = new Set(['section', 'article', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'p']);

/** The anchor for the best-scoring match, or undefined when the match is above every anchor. */
export function landingAnchor(
  anchors: readonly Anchor[],
  words: readonly WordLocation[],
): Anchor | undefined {
  const best = [...words].sort((a, b) => b.balanced_score - a.balanced_score || a.location - b.location)[0];
  if (!best) return undefined;
  let chosen: Anchor | undefined;
  for (const anchor of anchors) {
    if (!LANDING_ELEMENTS.has(anchor.element)) continue;
    if (anchor.location <= best.location && (!chosen || anchor.location >= chosen.location)) chosen = anchor;
  }
  return chosen;
}

/** A result's link: the page, the words to highlight there, and the anchor to land on. */
export function resultHref(
  pageUrl: string,
  highlight: readonly string[],
  anchor: Anchor | undefined,
): string {
  const [path = pageUrl] = pageUrl.split('#');
  const query = highlight.length > 0 ? `?highlight=${encodeURIComponent(highlight.join(' '))}` : '';
  return `${path}${query}${anchor ? `#${encodeURIComponent(anchor.id)}` : ''}`;
}
