/**
 * The playbook's own integrity check. Astro only logs a broken reference and still exits 0, so
 * the build runs this first and refuses to go on when it finds a problem.
 */
import type { Source } from '../../schemas/source.ts';
import type { Problem } from '../errors.ts';
import type { PageCollection } from '../playbook/routes.ts';
import { type CitingPage, unknownCitationProblems } from './citations.ts';

export interface CheckedPage extends CitingPage {
  collection: PageCollection;
  id: string;
  data: Record<string, unknown>;
}

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** All problems across sources and pages: citations, duplicate ids, and links between taxonomy files. */
export function checkIntegrity(sources: Source[], pages: CheckedPage[]): Problem[] {
  const passageIds = new Set(sources.flatMap((s) => s.passages.map((p) => p.id)));
  const problems = unknownCitationProblems(pages, passageIds);
  problems.push(...permalinkProblems(pages), ...referenceProblems(pages));
  return problems;
}

function permalinkProblems(pages: CheckedPage[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, CheckedPage>();
  for (const page of pages) {
    const explicit = typeof page.data.permalink === 'string' ? page.data.permalink : undefined;
    const permalink = explicit ?? page.id;
    if (!explicit && !/^[a-z0-9][a-z0-9-]{1,40}$/.test(permalink)) {
      problems.push({
        file: page.file,
        field: 'permalink',
        message: `is missing, and the file name "${page.id}" cannot be a permanent link (2-41 lowercase letters, digits or hyphens).`,
        fix: 'add `permalink: <short-id>` to the frontmatter.',
      });
      continue;
    }
    const owner = owners.get(permalink);
    if (owner) {
      problems.push({
        file: page.file,
        field: explicit ? 'permalink' : '(file name)',
        message: `gives the permanent link /p/${permalink}/, which ${owner.file} already has.`,
        fix: 'set a distinct `permalink:` in one of the two files (permanent links never change once published).',
      });
    } else {
      owners.set(permalink, page);
    }
  }
  return problems;
}

function referenceProblems(pages: CheckedPage[]): Problem[] {
  const ids = (collection: PageCollection, kind?: string) =>
    new Set(
      pages.filter((p) => p.collection === collection && (!kind || p.data.kind === kind)).map((p) => p.id),
    );
  const modes = ids('modes');
  const businessTypes = ids('businessTypes');
  const plays = ids('plays', 'play');
  const antiPatterns = ids('plays', 'anti-pattern');
  const allPlays = ids('plays');
  const paths = new Set(pages.map((p) => p.path));
  const problems: Problem[] = [];

  const expect = (
    page: CheckedPage,
    field: string,
    values: string[],
    known: Set<string>,
    what: string,
    folder: string,
  ) => {
    // A scalar field (`mode`) is passed as a one-element list and named without an index.
    const scalar = typeof page.data[field] === 'string';
    values.forEach((value, index) => {
      if (!known.has(value)) {
        problems.push({
          file: page.file,
          field: scalar ? field : `${field}[${index}]`,
          message: `names ${what} "${value}", which does not exist.`,
          fix: `use the file name (without extension) of a file in ${folder}/, or add that file.`,
        });
      }
    });
  };

  for (const page of pages) {
    const d = page.data;
    if (page.collection === 'businessTypes') {
      expect(page, 'mode', asStrings([d.mode]), modes, 'the mode', 'modes');
      expect(page, 'plays', asStrings(d.plays), plays, 'the play', 'plays (kind: play)');
      expect(
        page,
        'antiPatterns',
        asStrings(d.antiPatterns),
        antiPatterns,
        'the anti-pattern',
        'plays (kind: anti-pattern)',
      );
      const switches = Array.isArray(d.switchWhen) ? (d.switchWhen as { to?: unknown }[]) : [];
      expect(page, 'switchWhen.to', asStrings(switches.map((s) => s.to)), modes, 'the mode', 'modes');
    }
    if (page.collection === 'plays') {
      expect(page, 'modes', asStrings(d.modes), modes, 'the mode', 'modes');
      expect(
        page,
        'businessTypes',
        asStrings(d.businessTypes),
        businessTypes,
        'the business type',
        'business-types',
      );
      expect(page, 'related', asStrings(d.related), allPlays, 'the play', 'plays');
    }
    const withdrawn = d.withdrawn as { replacedBy?: string } | undefined;
    if (withdrawn?.replacedBy && !paths.has(withdrawn.replacedBy)) {
      problems.push({
        file: page.file,
        field: 'withdrawn.replacedBy',
        message: `points to ${withdrawn.replacedBy}, which is not a page of this playbook.`,
        fix: 'give the site path of an existing page, e.g. /plays/<id>/.',
      });
    }
  }
  return problems;
}

/** Pages whose review-by date is before `today` (YYYY-MM-DD), oldest first. */
export function pagesDueForReview<P extends { data: Record<string, unknown> }>(
  pages: P[],
  today: string,
): P[] {
  return pages
    .filter((p) => typeof p.data.reviewBy === 'string' && p.data.reviewBy < today && !p.data.withdrawn)
    .sort((a, b) => String(a.data.reviewBy).localeCompare(String(b.data.reviewBy)));
}

/** True when a page is past its review-by date. */
export function isDueForReview(reviewBy: string, today: string): boolean {
  return reviewBy < today;
}
