import { describe, expect, it } from 'vitest';
import { citationHtml, linkMarkdownBody } from '../../src/lib/playbook/body-html.ts';
import type { PassageWithSource } from '../../src/lib/playbook/site-index.ts';
import { withBase } from '../../src/lib/playbook/site-paths.ts';

const passage = (id: string, ordinal: number, text: string): PassageWithSource => ({
  passage: {
    id,
    sourceSlug: id.split('/')[0] ?? '',
    shortId: id.split('/')[1] ?? '',
    pinned: true,
    kind: 'paragraph',
    ordinal,
    text,
    line: 1,
    signals: { topics: [], stance: 0, cues: [] },
  },
  sourceTitle: 'People over links: why "replies" matter',
  sourceShortTitle: 'People over links',
});

const context = {
  page: 'content/pages/notes.md',
  passages: new Map([
    ['people-over-links/reply-fast', passage('people-over-links/reply-fast', 4, 'Reply within the day.')],
  ]),
  pagePaths: new Set(['/plays/choose-your-mode/', '/guides/how-to-use/']),
  href: (path: string) => withBase('/kit/', path),
};

describe('Markdown bodies', () => {
  it('turn [@id] into the citation link <Cite> draws, escaping the tooltip', () => {
    const html = linkMarkdownBody('<p>Answer fast [@people-over-links/reply-fast].</p>', context);
    const found = context.passages.get('people-over-links/reply-fast');
    if (!found) throw new Error('fixture');
    const cite = citationHtml('people-over-links/reply-fast', found, context.href);
    expect(html).toBe(`<p>Answer fast ${cite}.</p>`);
    expect(cite).toBe(
      '<a class="cite" data-pagefind-ignore href="/kit/sources/people-over-links/#reply-fast" title="People over links: why &quot;replies&quot; matter: Reply within the day.">(<cite>People over links</cite>, ¶&nbsp;4)</a>',
    );
  });

  it('leave code, bare handles and external links as written', () => {
    const body =
      '<p>Write <code>[@people-over-links/reply-fast]</code> to cite; follow [@acme] on <a href="https://x.com/acme">X</a> or <a href="#top">up</a>.</p><pre><code>[@nope/nothing] <a href="/nowhere/">x</a></code></pre>';
    expect(linkMarkdownBody(body, context)).toBe(body);
  });

  it('give site links the base, keeping their anchors, and refuse a path that is no page', () => {
    expect(
      linkMarkdownBody(
        '<p><a href="/plays/choose-your-mode/#step-2">the card</a> <img src="/og/a.png" alt=""></p>',
        context,
      ),
    ).toBe(
      '<p><a href="/kit/plays/choose-your-mode/#step-2">the card</a> <img src="/kit/og/a.png" alt=""></p>',
    );
    expect(() => linkMarkdownBody('<p><a href="/plays/no-such-play/">x</a></p>', context)).toThrow(
      'content/pages/notes.md: the link to /plays/no-such-play/ leads to no page of the playbook.',
    );
  });

  it('refuse a citation of a passage that does not exist, naming the page', () => {
    expect(() => linkMarkdownBody('<p>[@people-over-links/slow]</p>', context)).toThrow(
      'content/pages/notes.md: [@people-over-links/slow] cites a passage that does not exist.',
    );
  });
});
