import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingLinks } from '../../src/lib/node/content/heading-links.ts';

// Sätteri answers synchronously unless a plugin is async; awaiting covers both.
const render = async (markdown: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [headingLinks()] })).html;

describe('section links on Markdown headings', () => {
  it('gives ## and ### an id, the anchored class and a # link named after the heading', async () => {
    const html = await render('## Answer first\n\ntext\n\n### Then *research* them\n');
    expect(html).toContain(
      '<h2 id="answer-first" class="anchored">Answer first<a class="heading-anchor" href="#answer-first" aria-label="Link to this section: Answer first" data-pagefind-ignore=""></a></h2>',
    );
    expect(html).toContain(
      '<h3 id="then-research-them" class="anchored">Then <em>research</em> them<a class="heading-anchor" href="#then-research-them" aria-label="Link to this section: Then research them"',
    );
  });

  it('numbers a repeated heading as Astro does, and its link follows', async () => {
    const html = await render('## Examples\n\n## Examples\n');
    expect(html).toContain(
      '<h2 id="examples-1" class="anchored">Examples<a class="heading-anchor" href="#examples-1"',
    );
  });

  it('gives other levels an id but no link, and a fresh numbering to each document', async () => {
    expect(await render('# Title\n\n#### Detail\n')).toBe(
      '<h1 id="title">Title</h1>\n<h4 id="detail">Detail</h4>\n',
    );
    expect(await render('## Examples\n')).toContain('id="examples"');
  });
});
