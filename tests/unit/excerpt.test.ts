import { describe, expect, it } from 'vitest';
import { passageExcerpt } from '../../src/lib/content/excerpt.ts';

describe('passage excerpts', () => {
  it('strip Markdown and join list items', () => {
    expect(
      passageExcerpt(
        { text: '- a\n- b', items: ['Check *who* they follow', 'Read [lists](https://x.example)'] },
        100,
      ),
    ).toBe('Check who they follow; Read lists');
  });

  it('cut long text at a word boundary with an ellipsis', () => {
    expect(passageExcerpt({ text: 'People matter more than links, always and everywhere.' }, 30)).toBe(
      'People matter more than links…',
    );
  });
});
