import { describe, expect, it } from 'vitest';
import {
  CONTENTS_MIN_SECTIONS,
  contentsList,
  headingIds,
  passageSections,
  sectionsOf,
} from '../../src/lib/playbook/contents.ts';

const section = (id: string) => ({ id, text: id.toUpperCase() });

describe('the contents list of a page', () => {
  it('lists the level-2 headings of a rendered body, in order', () => {
    expect(
      sectionsOf([
        { depth: 2, slug: 'why', text: 'Why ' },
        { depth: 3, slug: 'detail', text: 'Detail' },
        { depth: 2, slug: 'when-to-switch', text: 'When to switch' },
      ]),
    ).toEqual([
      { id: 'why', text: 'Why' },
      { id: 'when-to-switch', text: 'When to switch' },
    ]);
  });

  it(`is there from ${CONTENTS_MIN_SECTIONS} sections on, and empty on a shorter page`, () => {
    expect(CONTENTS_MIN_SECTIONS).toBe(4);
    expect(contentsList(['a', 'b', 'c'].map(section))).toEqual([]);
    expect(contentsList(['a', 'b', 'c', 'd'].map(section)).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('links each place once and skips headings without text', () => {
    const entries = contentsList([...['a', 'b', 'a', 'c', 'd'].map(section), { id: 'e', text: '' }]);
    expect(entries.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('ids for headings that have none', () => {
  it('are the prefix and the slug, numbered from the second repeat on', () => {
    expect(headingIds(['The claim', 'What they say', 'The claim', 'The claim', '¿?'], 'section-')).toEqual([
      'section-the-claim',
      'section-what-they-say',
      'section-the-claim-2',
      'section-the-claim-3',
      'section-section',
    ]);
  });

  it('give a source a heading where its section changes, keyed by the passage that opens it', () => {
    const sections = passageSections([
      { section: undefined },
      { section: 'People before links' },
      { section: 'People before links' },
      { section: 'A daily practice' },
      { section: 'People before links' },
    ]);
    expect([...sections]).toEqual([
      [1, { id: 'section-people-before-links', text: 'People before links' }],
      [3, { id: 'section-a-daily-practice', text: 'A daily practice' }],
      [4, { id: 'section-people-before-links-2', text: 'People before links' }],
    ]);
  });
});
