import { describe, expect, it } from 'vitest';
import { autoShortId, normaliseForId, splitPassages } from '../../src/lib/content/passages.ts';

const split = (body: string) => splitPassages(body, { sourceSlug: 'demo', file: 'demo.md' });
const ids = (body: string) => split(body).passages.map((p) => p.id);

const ORIGINAL = `## Start here

People matter more than links on X. Build relationships first.

Talk to two or three people every day,
and reach out before they do.

- Check who they follow
- Check the lists they are on

> A quoted remark about listening.
`;

describe('splitting a source into passages', () => {
  it('makes one passage per paragraph, list block and quote, in order, with their section', () => {
    const { passages, problems } = split(ORIGINAL);
    expect(problems).toEqual([]);
    expect(passages.map((p) => p.kind)).toEqual(['paragraph', 'paragraph', 'list', 'quote']);
    expect(passages.map((p) => p.ordinal)).toEqual([1, 2, 3, 4]);
    expect(passages.every((p) => p.section === 'Start here')).toBe(true);
    expect(passages[2]?.items).toEqual(['Check who they follow', 'Check the lists they are on']);
    expect(passages[3]?.text).toBe('A quoted remark about listening.');
  });

  it('records the line each passage starts on, offset by the frontmatter', () => {
    const { passages } = splitPassages(ORIGINAL, { sourceSlug: 'demo', file: 'demo.md', bodyLine: 6 });
    expect(passages.map((p) => p.line)).toEqual([8, 10, 13, 16]);
  });

  it('keeps a loose list with blank lines between items as one passage', () => {
    const { passages } = split('- one\n\n- two\n\n- three\n\nAfter the list.');
    expect(passages.map((p) => p.kind)).toEqual(['list', 'paragraph']);
    expect(passages[0]?.items).toEqual(['one', 'two', 'three']);
  });

  it('skips headings, rules and HTML comments, and never makes an empty passage', () => {
    const { passages } = split('# Title\n\n---\n\n<!-- a note\nover lines -->\n\nOnly this.\n\n   \n');
    expect(passages.map((p) => p.text)).toEqual(['Only this.']);
  });

  it('computes signals for every passage', () => {
    const [first] = split(
      'Reply to customers and start conversations instead of broadcasting deals.',
    ).passages;
    expect(first?.signals.topics).toEqual(expect.arrayContaining(['engagement', 'broadcast-deals']));
    expect(first?.signals.cues.map((c) => c.cue)).toEqual(
      expect.arrayContaining(['conversation', 'replying', 'broadcast', 'deals']),
    );
  });
});

describe('passage ids', () => {
  const before = new Map(split(ORIGINAL).passages.map((p) => [p.text.replace(/\s+/g, ' '), p.id]));
  const idOf = (body: string, startsWith: string) =>
    split(body).passages.find((p) => p.text.replace(/\s+/g, ' ').startsWith(startsWith))?.id;
  const originalId = (startsWith: string) =>
    [...before.entries()].find(([text]) => text.startsWith(startsWith))?.[1];

  it('look like <source-slug>/<short-id>', () => {
    for (const id of ids(ORIGINAL)) expect(id).toMatch(/^demo\/p-[a-z0-9]{7}$/);
  });

  it('do not change when a paragraph is inserted before them', () => {
    const edited = ORIGINAL.replace('## Start here\n', '## Start here\n\nA brand new opening paragraph.\n');
    expect(idOf(edited, 'People matter')).toBe(originalId('People matter'));
    expect(idOf(edited, 'Talk to two')).toBe(originalId('Talk to two'));
    expect(split(edited).passages).toHaveLength(5);
  });

  it('do not change when another paragraph is deleted', () => {
    const edited = ORIGINAL.replace('People matter more than links on X. Build relationships first.\n\n', '');
    expect(idOf(edited, 'Talk to two')).toBe(originalId('Talk to two'));
    expect(idOf(edited, 'A quoted')).toBe(originalId('A quoted'));
  });

  it('do not change when paragraphs are reordered', () => {
    const a = 'People matter more than links on X. Build relationships first.';
    const b = 'Talk to two or three people every day,\nand reach out before they do.';
    const edited = ORIGINAL.replace(a, '@@A@@').replace(b, a).replace('@@A@@', b);
    expect(split(edited).passages[0]?.text.startsWith('Talk')).toBe(true);
    expect(idOf(edited, 'People matter')).toBe(originalId('People matter'));
    expect(idOf(edited, 'Talk to two')).toBe(originalId('Talk to two'));
  });

  it('do not change when lines are re-wrapped, indented or emphasised differently', () => {
    const edited = ORIGINAL.replace(
      'Talk to two or three people every day,\nand reach out before they do.',
      'Talk   to two or three\npeople every day, and *reach out* before they do.  ',
    ).replace(/\n/g, '\r\n');
    expect(idOf(edited, 'Talk')).toBe(originalId('Talk to two'));
  });

  it('change when the passage itself is reworded, which is what an explicit marker is for', () => {
    const edited = ORIGINAL.replace('Build relationships first.', 'Build trust first.');
    expect(idOf(edited, 'People matter')).not.toBe(originalId('People matter'));
    const pinned = `People matter more than links on X. Build trust first. {#people-first}`;
    const { passages } = split(pinned);
    expect(passages[0]).toMatchObject({ id: 'demo/people-first', shortId: 'people-first', pinned: true });
    expect(passages[0]?.text).toBe('People matter more than links on X. Build trust first.');
  });

  it('accept a marker at the end of a list and apply it to the whole list', () => {
    const { passages } = split('- one\n- two {#both-items}');
    expect(passages[0]).toMatchObject({ id: 'demo/both-items', items: ['one', 'two'] });
  });

  it('report an invalid marker with the file, line and a fix, and fall back to the automatic id', () => {
    const { passages, problems } = split('Intro.\n\nSome text. {#Not Valid}');
    expect(problems).toHaveLength(0); // a marker with a space is not a marker at all
    const bad = split('Intro.\n\nSome text. {#Bad_Id}');
    expect(bad.problems[0]).toMatchObject({ file: 'demo.md', line: 3, field: '{#Bad_Id}' });
    expect(bad.problems[0]?.fix).toMatch(/lowercase/);
    expect(bad.passages[1]?.id).toBe(`demo/${autoShortId('Some text.')}`);
    expect(passages).toHaveLength(2);
  });

  it('report two passages with the same id, naming both lines', () => {
    const { problems, passages } = split('Same words.\n\nOther.\n\nSame   words.');
    expect(passages).toHaveLength(2);
    expect(problems[0]).toMatchObject({ line: 5 });
    expect(problems[0]?.message).toMatch(/line 1/);
    const pinnedTwice = split('One. {#dup}\n\nTwo. {#dup}');
    expect(pinnedTwice.problems[0]?.field).toBe('demo/dup');
  });

  it('ignore an escaped marker, which imported third-party text may contain', () => {
    const { passages } = split('Literal \\{#not-a-marker}');
    expect(passages[0]?.pinned).toBe(false);
  });

  it('normalise only formatting, never words', () => {
    expect(normaliseForId('**Hello**  \n  _world_')).toBe('hello world');
    expect(normaliseForId('- a\n- b')).toBe('a b');
    expect(normaliseForId('hello world')).not.toBe(normaliseForId('hello there world'));
  });
});

describe('real-world Markdown in sources', () => {
  it('reads setext headings as sections, not as passages', () => {
    const { passages } = split(
      'Why people matter\n=================\n\nFirst idea.\n\nSecond part\n-----------\n\nSecond idea.',
    );
    expect(passages.map((p) => [p.section, p.text])).toEqual([
      ['Why people matter', 'First idea.'],
      ['Second part', 'Second idea.'],
    ]);
  });

  it('resolves reference-style links and drops their definitions', () => {
    const { passages } = split(
      'Read [the survey][1] and [Forbes][].\n\n[1]: https://example.com/survey "Survey"\n[forbes]: <https://forbes.example>',
    );
    expect(passages).toHaveLength(1);
    expect(passages[0]?.text).toBe(
      'Read [the survey](https://example.com/survey) and [Forbes](https://forbes.example).',
    );
  });
});
