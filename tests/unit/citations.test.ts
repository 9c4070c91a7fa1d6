import { describe, expect, it } from 'vitest';
import {
  citedByIndex,
  closestId,
  inlineCitations,
  unknownCitationProblems,
} from '../../src/lib/content/citations.ts';
import { checkIntegrity, pagesDueForReview } from '../../src/lib/content/integrity.ts';

describe('finding citations', () => {
  it('finds inline <Cite> tags with any quoting, and their lines', () => {
    const body = 'One <Cite id="a/b" />.\nTwo <Cite id=\'c/d\'/> and <Cite  id={"e/f"} />.';
    expect(inlineCitations(body)).toEqual([
      { id: 'a/b', line: 1 },
      { id: 'c/d', line: 2 },
      { id: 'e/f', line: 2 },
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
          inline: [{ id: 'src/nothing-like-it-at-all', line: 9 }],
        },
      ],
      new Set(['src/robot', 'src/people']),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'plays/x.mdx', field: 'cites[0]' });
    expect(problems[0]?.fix).toContain('did you mean "src/robot"');
    expect(problems[1]).toMatchObject({ line: 9, field: '<Cite id="src/nothing-like-it-at-all">' });
    expect(problems[1]?.fix).not.toContain('did you mean');
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
  const page = (
    collection: 'plays' | 'businessTypes' | 'modes',
    id: string,
    data: Record<string, unknown>,
  ) => ({
    collection,
    id,
    file: `${collection}/${id}.mdx`,
    title: id,
    path: `/${collection}/${id}/`,
    cites: [],
    inline: [],
    data,
  });

  it('reports references to modes, plays and business types that do not exist', () => {
    const problems = checkIntegrity(
      [],
      [
        page('modes', 'broadcast-only', {}),
        page('plays', 'good-play', {
          kind: 'play',
          modes: ['broadcast-only'],
          related: ['missing-play'],
          businessTypes: [],
        }),
        page('businessTypes', 'maker', {
          mode: 'shouting',
          plays: ['good-play'],
          antiPatterns: ['good-play'],
          switchWhen: [],
        }),
      ],
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'plays/good-play.mdx related[0]',
      'businessTypes/maker.mdx mode',
      'businessTypes/maker.mdx antiPatterns[0]',
    ]);
  });

  it('reports two pages claiming the same permanent link', () => {
    const problems = checkIntegrity(
      [],
      [page('modes', 'a', { permalink: 'same' }), page('modes', 'same', {})],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('/p/same/');
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
