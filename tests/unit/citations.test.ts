import { describe, expect, it } from 'vitest';
import {
  citedByIndex,
  closestId,
  inlineCitations,
  unknownCitationProblems,
} from '../../src/lib/content/citations.ts';
import { checkIntegrity, pagesDueForReview } from '../../src/lib/content/integrity.ts';
import { demoPlaybook, entry } from '../support/demo-playbook.ts';

describe('finding citations', () => {
  it('finds inline <Cite> tags with any quoting, and their lines', () => {
    const body = 'One <Cite id="a/b" />.\nTwo <Cite id=\'c/d\'/> and <Cite  id={"e/f"} />.';
    expect(inlineCitations(body)).toEqual([
      { id: 'a/b', line: 1, form: 'tag' },
      { id: 'c/d', line: 2, form: 'tag' },
      { id: 'e/f', line: 2, form: 'tag' },
    ]);
  });

  it('finds Markdown [@source/passage] citations in order with the tags, but not in code or bare handles', () => {
    const body = [
      'Answer within the day [@people-over-links/reply-fast]; see <Cite id="a/b" />.',
      'Write `[@not/cited]` to cite, or:',
      '',
      '```md',
      'Deals go out daily [@also/not-cited].',
      '```',
      'Follow [@acme] and mention [@deals-101/p3][@deals-101/p4].',
    ].join('\n');
    expect(inlineCitations(body)).toEqual([
      { id: 'people-over-links/reply-fast', line: 1, form: 'markdown' },
      { id: 'a/b', line: 1, form: 'tag' },
      { id: 'deals-101/p3', line: 7, form: 'markdown' },
      { id: 'deals-101/p4', line: 7, form: 'markdown' },
    ]);
  });

  it('reports an unknown passage with the file, the field and a close suggestion', () => {
    const problems = unknownCitationProblems(
      [
        {
          file: 'plays/x.mdx',
          title: 'X',
          path: '/plays/x/',
          cites: ['src/robots'],
          inline: [
            { id: 'src/nothing-like-it-at-all', line: 9, form: 'tag' },
            { id: 'src/peple', line: 12, form: 'markdown' },
          ],
        },
      ],
      new Set(['src/robot', 'src/people']),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatchObject({ file: 'plays/x.mdx', field: 'cites[0]' });
    expect(problems[0]?.fix).toContain('did you mean "src/robot"');
    expect(problems[1]).toMatchObject({ line: 9, field: '<Cite id="src/nothing-like-it-at-all">' });
    expect(problems[1]?.fix).not.toContain('did you mean');
    expect(problems[2]).toMatchObject({ line: 12, field: '[@src/peple]' });
    expect(problems[2]?.fix).toContain('did you mean "src/people"');
  });

  it('suggests nothing when no id is reasonably close', () => {
    expect(closestId('zzz/qqq', new Set(['people-over-links/engage-three-daily']))).toBeUndefined();
  });

  it('indexes which pages cite each passage, counting a page once', () => {
    const a = {
      cites: ['s/1'],
      inline: [
        { id: 's/1', line: 3 },
        { id: 's/2', line: 4 },
      ],
    };
    const b = { cites: ['s/2'], inline: [] };
    const index = citedByIndex([a, b]);
    expect(index.get('s/1')).toEqual([a]);
    expect(index.get('s/2')).toEqual([a, b]);
  });
});

describe('the integrity check', () => {
  it('finds nothing wrong with the demo playbook', () => {
    expect(checkIntegrity(demoPlaybook())).toEqual([]);
  });

  it('reports references to modes, plays and business types that do not exist', () => {
    const playbook = demoPlaybook();
    entry(playbook.plays, 'weekly-review').data.related = ['missing-play'];
    const maker = entry(playbook.businessTypes, 'niche-product-maker').data;
    maker.mode = 'shouting';
    maker.antiPatterns = ['weekly-review'];
    expect(checkIntegrity(playbook).map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/business-types/niche-product-maker.md mode',
      'content/business-types/niche-product-maker.md antiPatterns[0]',
      'content/plays/weekly-review.md related[0]',
    ]);
  });

  it('reports two pages claiming the same permanent link', () => {
    const playbook = demoPlaybook();
    entry(playbook.modes, 'hybrid').data.permalink = 'conversational';
    const problems = checkIntegrity(playbook);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('/p/conversational/');
  });

  it('reports example accounts whose business type or mode the playbook does not have', () => {
    const playbook = demoPlaybook();
    const [account] = playbook.accounts;
    if (!account) throw new Error('the demo has example accounts');
    account.data.businessType = 'bakery';
    account.data.classification.mode = 'shouting';
    expect(checkIntegrity(playbook).map((p) => `${p.file} ${p.field}`)).toEqual([
      `${account.file} businessType`,
      `${account.file} classification.mode`,
    ]);
  });

  it('reports modes whose account rules cannot make bands', () => {
    const playbook = demoPlaybook();
    entry(playbook.modes, 'hybrid').data.accounts.replyShareFrom = 0.4;
    expect(checkIntegrity(playbook).map((p) => `${p.file} ${p.field}`)).toEqual([
      expect.stringMatching(/modes\/(hybrid|conversational)\.md accounts\.replyShareFrom$/),
    ]);
  });

  it('lists pages past their review-by date, but not withdrawn ones', () => {
    const due = pagesDueForReview(
      [
        { data: { reviewBy: '2026-01-01' } },
        { data: { reviewBy: '2030-01-01' } },
        { data: { reviewBy: '2025-01-01', withdrawn: {} } },
      ],
      '2026-06-01',
    );
    expect(due).toEqual([{ data: { reviewBy: '2026-01-01' } }]);
  });
});
