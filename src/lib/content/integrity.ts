/**
 * The playbook's own integrity check. Astro only logs a broken reference and still exits 0, so
 * the build runs this first and refuses to go on when it finds a problem. It takes the playbook
 * as the one reader (`readPlaybook`) returns it: typed entries of every collection.
 */
import { modeRuleProblems } from '../accounts/mode-rules.ts';
import type { Problem } from '../errors.ts';
import { pagePath } from '../playbook/routes.ts';
import { type CitingPage, unknownCitationProblems } from './citations.ts';
import { PERMALINK_ID, sourcePermalink } from './permalinks.ts';
import { type Playbook, type PlaybookPage, playbookPages } from './playbook.ts';

/** A page as the citation check sees it. */
function citingPage(page: PlaybookPage): CitingPage {
  return {
    file: page.file,
    title: page.data.title,
    path: pagePath(page.collection, page.id),
    cites: page.data.cites,
    inline: page.inline,
  };
}

/** All problems across the playbook: citations, permanent links, links between files, mode rules, accounts. */
export function checkIntegrity(playbook: Playbook): Problem[] {
  const pages = playbookPages(playbook);
  const passageIds = new Set(playbook.sources.flatMap((s) => s.data.passages.map((p) => p.id)));
  const problems = unknownCitationProblems(pages.map(citingPage), passageIds);
  if (playbook.sources.length === 0) {
    problems.push({
      file: `${playbook.contentDir}/sources/`,
      message: 'holds no sources: a playbook needs at least one source article to cite.',
      fix: 'add a Markdown file per article, or import one with `npm run sources:import -- article.txt`.',
    });
  }
  problems.push(
    ...permalinkProblems(pages, playbook.sources),
    ...referenceProblems(playbook, pages),
    ...modeRuleProblems(playbook.modes),
    ...accountProblems(playbook),
  );
  return problems;
}

function permalinkProblems(pages: PlaybookPage[], sources: Playbook['sources']): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, { file: string }>();
  const claims = [
    ...pages.map((page) => ({ file: page.file, id: page.id, explicit: page.data.permalink, source: false })),
    ...sources.map((source) => ({
      file: source.file,
      id: source.id,
      explicit: source.data.permalink,
      source: true,
    })),
  ];
  for (const page of claims) {
    const explicit = page.explicit;
    const permalink = page.source ? sourcePermalink(page.id, explicit) : (explicit ?? page.id);
    if (!explicit && !PERMALINK_ID.test(permalink)) {
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

interface Expectation {
  file: string;
  /** Field name; values are reported as `field[i]` unless `scalar`. */
  field: string;
  values: readonly string[];
  known: ReadonlySet<string>;
  what: string;
  folder: string;
  scalar?: boolean;
}

function missingReferences(e: Expectation): Problem[] {
  return e.values.flatMap((value, index) =>
    e.known.has(value)
      ? []
      : [
          {
            file: e.file,
            field: e.scalar ? e.field : `${e.field}[${index}]`,
            message: `names ${e.what} "${value}", which does not exist.`,
            fix: `use the file name (without extension) of a file in ${e.folder}/, or add that file.`,
          },
        ],
  );
}

function referenceProblems(playbook: Playbook, pages: PlaybookPage[]): Problem[] {
  const modes = new Set(playbook.modes.map((m) => m.id));
  const businessTypes = new Set(playbook.businessTypes.map((b) => b.id));
  const plays = new Set(playbook.plays.filter((p) => p.data.kind === 'play').map((p) => p.id));
  const antiPatterns = new Set(playbook.plays.filter((p) => p.data.kind === 'anti-pattern').map((p) => p.id));
  const allPlays = new Set(playbook.plays.map((p) => p.id));
  const paths = new Set(pages.map((p) => pagePath(p.collection, p.id)));
  const modeRef = { known: modes, what: 'the mode', folder: 'modes' };
  const businessTypeRef = { known: businessTypes, what: 'the business type', folder: 'business-types' };

  const problems: Problem[] = [];
  for (const { file, data } of playbook.businessTypes) {
    problems.push(
      ...missingReferences({ file, field: 'mode', values: [data.mode], scalar: true, ...modeRef }),
      ...missingReferences({
        file,
        field: 'plays',
        values: data.plays,
        known: plays,
        what: 'the play',
        folder: 'plays (kind: play)',
      }),
      ...missingReferences({
        file,
        field: 'antiPatterns',
        values: data.antiPatterns,
        known: antiPatterns,
        what: 'the anti-pattern',
        folder: 'plays (kind: anti-pattern)',
      }),
      ...missingReferences({
        file,
        field: 'switchWhen.to',
        values: data.switchWhen.map((s) => s.to),
        ...modeRef,
      }),
    );
  }
  for (const { file, data } of playbook.plays) {
    problems.push(
      ...missingReferences({ file, field: 'modes', values: data.modes, ...modeRef }),
      ...missingReferences({
        file,
        field: 'businessTypes',
        values: data.businessTypes,
        ...businessTypeRef,
      }),
      ...missingReferences({
        file,
        field: 'related',
        values: data.related,
        known: allPlays,
        what: 'the play',
        folder: 'plays',
      }),
    );
  }
  for (const { file, data } of playbook.sources) {
    problems.push(
      ...missingReferences({
        file,
        field: 'businessTypes',
        values: data.businessTypes,
        ...businessTypeRef,
      }),
    );
  }
  for (const page of pages) {
    const replacedBy = page.data.withdrawn?.replacedBy;
    if (replacedBy && !paths.has(replacedBy)) {
      problems.push({
        file: page.file,
        field: 'withdrawn.replacedBy',
        message: `points to ${replacedBy}, which is not a page of this playbook.`,
        fix: 'give the site path of an existing page, e.g. /plays/<id>/.',
      });
    }
  }
  return problems;
}

/** Example accounts must name a business type and modes this playbook has. */
function accountProblems(playbook: Playbook): Problem[] {
  const modes = new Set(playbook.modes.map((m) => m.id));
  const businessTypes = new Set(playbook.businessTypes.map((b) => b.id));
  const fix = 'rerun `npm run audit -- --all` after changing modes or business types, or remove the record.';
  return playbook.accounts.flatMap(({ file, data }) => [
    ...missingReferences({
      file,
      field: 'businessType',
      values: [data.businessType],
      scalar: true,
      known: businessTypes,
      what: 'the business type',
      folder: 'business-types',
    }),
    ...[
      ['classification.mode', data.classification.mode],
      ['audit.recommendedMode', data.audit.recommendedMode],
    ].flatMap(([field = '', value = '']) =>
      modes.has(value)
        ? []
        : [{ file, field, message: `names the mode "${value}", which this playbook does not have.`, fix }],
    ),
  ]);
}

/** Pages whose review-by date is before `today` (YYYY-MM-DD), oldest first. */
export function pagesDueForReview<P extends { data: { reviewBy: string; withdrawn?: unknown } }>(
  pages: readonly P[],
  today: string,
): P[] {
  return pages
    .filter((p) => p.data.reviewBy < today && !p.data.withdrawn)
    .sort((a, b) => a.data.reviewBy.localeCompare(b.data.reviewBy));
}

/** True when a page is past its review-by date. */
export function isDueForReview(reviewBy: string, today: string): boolean {
  return reviewBy < today;
}
