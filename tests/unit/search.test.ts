import { describe, expect, it } from 'vitest';
import { landingAnchor, resultHref } from '../../src/lib/search/anchor.ts';
import {
  entriesByFacetValue,
  entriesByKind,
  searchableFolders,
  searchEntries,
  searchIndexGlob,
} from '../../src/lib/search/entries.ts';
import { facetValues } from '../../src/lib/search/facets.ts';
import { rankByTerms } from '../../src/lib/search/merge.ts';
import { planQuery, SYNONYM_WEIGHT, tokenize } from '../../src/lib/search/query.ts';
import { readSearchState, writeSearchState } from '../../src/lib/search/url-state.ts';
import { demoPlaybook } from '../support/demo-playbook.ts';

const GROUPS = [
  ['DM', 'direct message'],
  ['bio', 'profile description'],
  ['bot', 'bots', 'auto-posting'],
];

describe('planning a query', () => {
  it('drops the words that say how a question is asked, and keeps what it is about', () => {
    expect(planQuery('what should my profile say').terms.map((t) => t.typed)).toEqual(['profile']);
    expect(planQuery('How to').terms.map((t) => t.typed)).toEqual(['how', 'to']);
    expect(planQuery('  ').searches).toEqual([]);
  });

  it('expands a word or a phrase with its synonym group, phrases quoted, synonyms counting less', () => {
    const plan = planQuery('send a DM', GROUPS);
    expect(plan.terms.map((t) => t.alternatives)).toEqual([['send'], ['dm', 'direct message']]);
    expect(plan.searches).toEqual([
      { term: 0, query: 'send', weight: 1 },
      { term: 1, query: 'dm', weight: 1 },
      { term: 1, query: '"direct message"', weight: SYNONYM_WEIGHT },
    ]);
    expect(planQuery('what goes in the profile description', GROUPS).terms[0]?.alternatives).toEqual([
      'profile description',
      'bio',
    ]);
  });

  it('treats two words of one group as one term, and a hyphenated word as a phrase', () => {
    expect(planQuery('bots auto-posting', GROUPS).terms).toHaveLength(1);
    expect(planQuery('follow-back bait').searches.map((s) => s.query)).toEqual(['"follow back"', 'bait']);
  });

  it('highlights every form searched, never a small word', () => {
    expect(planQuery('what is a DM', GROUPS).highlight).toEqual(['dm', 'direct message']);
    expect(tokenize('Café’s DMs—now')).toEqual(['cafés', 'dms', 'now']);
  });
});

describe('ranking the searches together', () => {
  it('puts a page about most of the question above one that has a single word of it', () => {
    const ranked = rankByTerms(
      [
        {
          term: 0,
          weight: 1,
          hits: [
            { id: 'a', score: 5 },
            { id: 'b', score: 2 },
          ],
        },
        { term: 1, weight: 1, hits: [{ id: 'b', score: 2 }] },
        { term: 1, weight: SYNONYM_WEIGHT, hits: [{ id: 'b', score: 3 }] },
      ],
      2,
    );
    expect(ranked.map((r) => [r.hit.id, r.matched])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
    // b: best of 2 and 3 × 0.8 for term 1, plus 2 for term 0, with both terms matched.
    expect(ranked[0]?.score).toBeCloseTo(4.4);
    expect(ranked[1]?.score).toBeCloseTo(5 * 0.25);
  });
});

describe('landing on the answer', () => {
  const anchors = [
    { element: 'h2', id: 'today-heading', location: 10 },
    { element: 'section', id: 'p-abc1234', location: 40 },
    { element: 'a', id: 'p-abc1234-label', location: 40 },
    { element: 'section', id: 'pinned', location: 90 },
  ];

  it('lands on the last place-worthy element before the best match: the passage, not the heading above it', () => {
    const words = [
      { location: 55, balanced_score: 9 },
      { location: 12, balanced_score: 3 },
    ];
    expect(landingAnchor(anchors, words)?.id).toBe('p-abc1234');
    expect(landingAnchor(anchors, [{ location: 3, balanced_score: 1 }])).toBeUndefined();
  });

  it('links to the page with the words to highlight and the anchor', () => {
    expect(
      resultHref('/sources/x/', ['direct message', 'dm'], { element: 'section', id: 'p-1', location: 0 }),
    ).toBe('/sources/x/?highlight=direct%20message%20dm#p-1');
    expect(resultHref('/plays/y/', [], undefined)).toBe('/plays/y/');
  });
});

describe('the address bar', () => {
  it('reads and writes the query and the facets, in a fixed order, ignoring others', () => {
    const state = readSearchState('?mode=Hybrid&q=bio&utm=x&kind=Play');
    expect(state).toEqual({ query: 'bio', filters: { kind: 'Play', mode: 'Hybrid' } });
    expect(writeSearchState(state)).toBe('?q=bio&kind=Play&mode=Hybrid');
    expect(writeSearchState({ query: '', filters: {} })).toBe('');
  });
});

describe('what search returns', () => {
  const playbook = demoPlaybook();
  const entries = searchEntries({
    modes: playbook.modes,
    businessTypes: playbook.businessTypes,
    plays: playbook.plays,
    guides: playbook.pages,
    sources: playbook.sources,
    accounts: playbook.accounts.map((a) => a.data),
  });

  it('is every content page, never a withdrawn one, each with its kind', () => {
    const paths = entries.map((e) => e.path);
    expect(paths).toContain('/plays/business-bio/');
    expect(paths).toContain('/strategies/compare/');
    expect(paths).not.toContain('/plays/tweet-every-hour/');
    expect(paths.filter((p) => p.startsWith('/accounts/'))).toHaveLength(playbook.accounts.length);
    expect(entriesByKind(entries).map((g) => g.label)).toEqual([
      'Play',
      'Anti-pattern',
      'Business type',
      'Mode',
      'Guide',
      'Source',
      'Example account',
    ]);
  });

  it('lives in the folders Pagefind reads, and nowhere else', () => {
    const folders = searchableFolders();
    for (const entry of entries) expect(folders, entry.path).toContain(entry.path.split('/')[1]);
    expect(folders).not.toContain('chooser');
    expect(searchIndexGlob()).toMatch(/^\{[a-z,-]+\}\/\*\*\/\*\.html$/);
  });

  it('tags pages with the business types and modes they concern, shown by their titles', () => {
    const forTrades = (entriesByFacetValue(entries, 'type').get('local-trades') ?? []).map((e) => e.path);
    expect(forTrades).toContain('/business-types/local-trades/');
    expect(forTrades.some((p) => p.startsWith('/plays/'))).toBe(true);
    // Each entry once under its kind, and under each of its modes once.
    const byKind = entriesByFacetValue(entries, 'kind');
    expect([...byKind.values()].reduce((sum, list) => sum + list.length, 0)).toBe(entries.length);
    for (const [mode, list] of entriesByFacetValue(entries, 'mode')) {
      expect(new Set(list).size, mode).toBe(list.length);
      for (const entry of list) expect(entry.facets.modes, entry.path).toContain(mode);
    }
    const bio = entries.find((e) => e.path === '/plays/business-bio/');
    if (!bio) throw new Error('business-bio is a search entry');
    const values = facetValues(bio.facets, {
      modes: new Map(playbook.modes.map((m) => [m.id, m.data.title])),
      businessTypes: new Map(playbook.businessTypes.map((b) => [b.id, b.data.title])),
    });
    expect(values.kind).toEqual(['Play']);
    expect(values.mode.every((title) => /^[A-Z]/.test(title))).toBe(true);
  });
});
