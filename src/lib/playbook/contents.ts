/**
 * The contents list of a long page. Mode and business type pages run to 9,000–18,000 px on a
 * phone; a list of their sections at the top lets a reader jump to the one they came for. The
 * list is built from the headings the page renders: the MDX body's (Astro's `render()` returns
 * them) and the page's own, in page order. Only level-2 headings are listed, and only on pages
 * with at least `CONTENTS_MIN_SECTIONS` of them: a shorter page is read whole.
 */
import { slugify } from '../slug.ts';

/** One section of a page: the id of its heading and the heading's text. */
export interface Section {
  id: string;
  text: string;
}

/** A heading as Astro's `render()` returns those of a Markdown or MDX body. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A page with fewer level-2 sections than this has no contents list. */
export const CONTENTS_MIN_SECTIONS = 4;

/** The level-2 headings of a rendered body, as sections. */
export function sectionsOf(headings: readonly RenderedHeading[]): Section[] {
  return headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text.trim() }));
}

/**
 * The entries of the contents list: every section, in order, once (a repeated id would be a
 * second link to the same place), or none when the page has fewer than `min` sections.
 */
export function contentsList(sections: readonly Section[], min = CONTENTS_MIN_SECTIONS): Section[] {
  const seen = new Set<string>();
  const entries = sections.filter((s) => s.text !== '' && !seen.has(s.id) && seen.add(s.id));
  return entries.length >= min ? entries : [];
}

/**
 * Ids for headings that have none (a source's section titles): `prefix` and the title's slug,
 * "-2", "-3"… after a repeated one, so that every id on the page is unique. The prefix keeps them
 * apart from the page's other ids (a source's passage anchors are slugs too).
 */
export function headingIds(titles: readonly string[], prefix: string): string[] {
  const used = new Map<string, number>();
  return titles.map((title) => {
    const base = `${prefix}${slugify(title) || 'section'}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/**
 * The sections of a source page: a heading before each passage whose section differs from the
 * one before it, keyed by that passage's index, with ids from `headingIds` ("section-…").
 */
export function passageSections(passages: readonly { section?: string | undefined }[]): Map<number, Section> {
  const starts = passages.flatMap((passage, index) =>
    passage.section && passage.section !== passages[index - 1]?.section
      ? [{ index, text: passage.section }]
      : [],
  );
  const ids = headingIds(
    starts.map((start) => start.text),
    'section-',
  );
  return new Map(
    starts.map((start, k) => [start.index, { id: ids[k] ?? `section-${k + 1}`, text: start.text }]),
  );
}
