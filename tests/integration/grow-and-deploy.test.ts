/**
 * Two promises of the README, on one build of the mini playbook with its taxonomy:
 * - a newcomer adds a business type by adding one file, and the chooser offers it on the next
 *   build, with no code change;
 * - the same content deploys under a sub-folder set at deploy time (PLAYBOOK_BASE, PLAYBOOK_SITE),
 *   with every link, asset, anchor and chooser path inside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlaybookOrThrow } from '../../src/lib/node/content/read-playbook.ts';
import {
  allAnswerPaths,
  CHOOSER_QUESTIONS,
  recommend,
  segmentsToAnswers,
} from '../../src/lib/playbook/chooser.ts';
import { buildPlaybook, miniWithTaxonomy, scratchDir } from '../support/build.ts';
import { checkLinks } from '../support/link-check.ts';

let contentDir: string;
let outDir: string;
const read = (page: string) => fs.readFileSync(path.join(outDir, page), 'utf8');

/** The one file a newcomer writes: a copy of a business type with other attributes. */
function addEventOrganisers(dir: string): void {
  const template = fs.readFileSync(path.join(dir, 'business-types/corner-shop.mdx'), 'utf8');
  const newType = template
    .replace(/^title: .*$/m, 'title: Event organisers')
    .replace(
      /^summary: .*$/m,
      'summary: For people who run conferences, fairs and meet-ups and talk with attendees before, during and after.',
    )
    .replace(/salesCycle: \w+/, 'salesCycle: medium')
    .replace(/buyersWantRelationship: "\w+"/, 'buyersWantRelationship: "some"')
    .replace(/audienceOnX: \w+/, 'audienceOnX: many')
    .replace(/hoursPerWeek: [\w-]+/, 'hoursPerWeek: over-6')
    .replace(/publicQuestions: \w+/, 'publicQuestions: often')
    .replace(/leaderVoice: "\w+"/, 'leaderVoice: "maybe"');
  fs.writeFileSync(path.join(dir, 'business-types/event-organisers.mdx'), newType);
}

beforeAll(async () => {
  contentDir = miniWithTaxonomy();
  addEventOrganisers(contentDir);
  outDir = path.join(scratchDir('grown'), 'dist');
  const result = await buildPlaybook({
    contentDir,
    outDir,
    env: { PLAYBOOK_BASE: 'playbook', PLAYBOOK_SITE: 'https://example.org' },
  });
  expect(result.code, result.output).toBe(0);
});

describe('adding a business type', () => {
  it('takes one file, and the next build has its page and offers it in the chooser', () => {
    // Which answers should now lead to it, by the same pure function the pages use.
    const businessTypes = readPlaybookOrThrow(contentDir, ['businessTypes']).businessTypes.map((entry) => ({
      id: entry.id,
      ...entry.data,
    }));
    const winning = allAnswerPaths()
      .filter((segments) => segments.length === CHOOSER_QUESTIONS.length)
      .find(
        (segments) =>
          recommend(segmentsToAnswers(segments).answers, businessTypes)?.ranked[0]?.businessType.id ===
          'event-organisers',
      );
    expect(winning, 'some set of answers should lead to the new business type').toBeDefined();
    expect(read('business-types/event-organisers/index.html')).toContain('Event organisers');
    expect(read('business-types/index.html')).toContain('href="/playbook/business-types/event-organisers/"');
    expect(read(path.join('chooser', ...(winning ?? []), 'index.html'))).toMatch(
      /Your answers are closest to <a href="\/playbook\/business-types\/event-organisers\/">Event organisers<\/a>/,
    );
  });
});

describe('deploying under a sub-folder set at deploy time', () => {
  it('keeps every link, asset, anchor and chooser path inside the base path set at build time', () => {
    const report = checkLinks(outDir, '/playbook/', 'https://example.org');
    expect(report.broken).toEqual([]);
    expect(report.links).toBeGreaterThan(1000);
    const chooser = read('chooser/index.html');
    expect(chooser).toContain('data-base="/playbook/chooser/"');
    expect(chooser).toContain('formaction="/playbook/chooser/on-the-spot/"');
    expect(read('search/index.html')).toContain('data-bundle="/playbook/pagefind/"');
    expect(read('sitemap-index.xml')).toContain('https://example.org/playbook/');
    expect(read('index.html')).not.toContain('"/mini/');
  });
});
