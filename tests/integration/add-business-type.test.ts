/**
 * The README's promise: a newcomer adds a business type by adding one file, and the chooser
 * offers it on the next build, with no code change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlaybookOrThrow } from '../../src/lib/node/content/read-playbook.ts';
import {
  allAnswerPaths,
  CHOOSER_QUESTIONS,
  recommend,
  segmentsToAnswers,
} from '../../src/lib/playbook/chooser.ts';
import { buildPlaybook, miniWithTaxonomy, scratchDir } from '../support/build.ts';

describe('adding a business type', () => {
  it('takes one file, and the next build has its page and offers it in the chooser', async () => {
    const contentDir = miniWithTaxonomy();
    const template = fs.readFileSync(path.join(contentDir, 'business-types/corner-shop.mdx'), 'utf8');
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
    fs.writeFileSync(path.join(contentDir, 'business-types/event-organisers.mdx'), newType);

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

    const outDir = path.join(scratchDir('added'), 'dist');
    const result = await buildPlaybook({ contentDir, outDir });
    expect(result.code, result.output).toBe(0);
    expect(
      fs.readFileSync(path.join(outDir, 'business-types/event-organisers/index.html'), 'utf8'),
    ).toContain('Event organisers');
    expect(fs.readFileSync(path.join(outDir, 'business-types/index.html'), 'utf8')).toContain(
      'href="/mini/business-types/event-organisers/"',
    );
    const resultPage = fs.readFileSync(
      path.join(outDir, 'chooser', ...(winning ?? []), 'index.html'),
      'utf8',
    );
    expect(resultPage).toMatch(
      /Your answers are closest to <a href="\/mini\/business-types\/event-organisers\/">Event organisers<\/a>/,
    );
  }, 180_000);
});
