/**
 * Citations: finding them in pages, checking they point somewhere, and indexing who cites what.
 * Pure, so the build check, the pages and the tests share one definition.
 */
import type { Problem } from '../errors.ts';

/** MDX: `<Cite id="a/b" />`, `<Cite id='a/b'/>`, `<Cite id={"a/b"} />`. */
const CITE_TAG = /<Cite\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;

/**
 * Markdown: `[@source-slug/passage-id]`, the citation key in brackets as Pandoc writes it. The
 * slash sets it apart from an X handle in brackets. Rendered by src/lib/playbook/body-html.ts.
 */
export const MARKDOWN_CITE = /\[@([^\]\s/]+\/[^\]\s]+)\]/g;

/** Fenced code blocks and code spans: what is written there is shown, never cited. */
const MARKDOWN_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))|(`+)(?!`)[\s\S]*?[^`]\2(?!`)/gm;

export interface InlineCitation {
  id: string;
  /** 1-based line within the text searched. */
  line: number;
  /** `tag` for `<Cite id>` (MDX), `markdown` for `[@id]` (Markdown). */
  form: 'tag' | 'markdown';
}

/** Inline citations in a page body, both forms, in order. */
export function inlineCitations(body: string): InlineCitation[] {
  const found: (InlineCitation & { at: number })[] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  for (const match of body.matchAll(CITE_TAG)) {
    const id = match[1] ?? match[2] ?? match[3] ?? '';
    found.push({ id, line: lineAt(match.index), form: 'tag', at: match.index });
  }
  if (body.includes('[@')) {
    // Code blanked out (same length, same lines), so indexes and lines still match the body.
    const prose = body.replace(MARKDOWN_CODE, (code) => code.replace(/[^\n]/g, ' '));
    for (const match of prose.matchAll(MARKDOWN_CITE))
      found.push({ id: match[1] ?? '', line: lineAt(match.index), form: 'markdown', at: match.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _, ...citation }) => citation);
}

/** A page as the citation check and the "cited by" lists see it. */
export interface CitingPage {
  /** Display path of the file, for messages. */
  file: string;
  title: string;
  /** Site path of the page. */
  path: string;
  /** Frontmatter `cites`. */
  cites: string[];
  /** Inline citations found in the body, with lines relative to the file. */
  inline: InlineCitation[];
}

/** Every cited passage id of a page, frontmatter first, without repeats. */
export function citedIds(page: { cites: readonly string[]; inline: readonly { id: string }[] }): string[] {
  return [...new Set([...page.cites, ...page.inline.map((c) => c.id)])];
}

/** Problems for citations of passages that do not exist, with the closest existing id suggested. */
export function unknownCitationProblems(pages: CitingPage[], passageIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    page.cites.forEach((id, index) => {
      if (!passageIds.has(id)) problems.push(unknownProblem(page.file, `cites[${index}]`, id, passageIds));
    });
    for (const cite of page.inline) {
      if (!passageIds.has(cite.id)) {
        problems.push({
          ...unknownProblem(
            page.file,
            cite.form === 'tag' ? `<Cite id="${cite.id}">` : `[@${cite.id}]`,
            cite.id,
            passageIds,
          ),
          line: cite.line,
        });
      }
    }
  }
  return problems;
}

function unknownProblem(file: string, field: string, id: string, passageIds: ReadonlySet<string>): Problem {
  const suggestion = closestId(id, passageIds);
  return {
    file,
    field,
    message: `cites "${id}", which is not a passage of any source.`,
    fix: suggestion
      ? `did you mean "${suggestion}"? Passage ids are listed on each source page (anchor links) and in the sources' {#…} markers.`
      : 'check the id on the source page; if the passage was edited, its automatic id changed: pin it with a {#id} marker.',
  };
}

/** Closest id by edit distance, preferring the same source; none when nothing is reasonably close. */
export function closestId(id: string, candidates: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(3, Math.floor(id.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** passage id → pages citing it, in the order given. */
export function citedByIndex<P extends { cites: readonly string[]; inline: readonly { id: string }[] }>(
  pages: P[],
): Map<string, P[]> {
  const index = new Map<string, P[]>();
  for (const page of pages) {
    for (const id of citedIds(page)) {
      const list = index.get(id) ?? [];
      list.push(page);
      index.set(id, list);
    }
  }
  return index;
}
