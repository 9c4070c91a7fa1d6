import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlaybook, PROJECT_ROOT, scratchDir } from '../support/build.ts';
import { checkLinks } from '../support/link-check.ts';

const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/playbooks/mini');
let outDir: string;
let output: string;
const read = (page: string) => fs.readFileSync(path.join(outDir, page), 'utf8');

beforeAll(async () => {
  outDir = scratchDir('mini');
  const result = await buildPlaybook({ contentDir: fixture, outDir });
  output = result.output;
  expect(result.code, result.output).toBe(0);
});

describe('a second playbook built from its own content folder', () => {
  it('takes its name, tagline and base path from its own config file', () => {
    const home = read('index.html');
    expect(home).toContain('<title>Mini Playbook</title>');
    expect(home).toContain('A second, tiny playbook built from a fixture folder');
    expect(home).toContain('href="/mini/sources/"');
    expect(home).not.toContain('X Playbook');
  });

  it('renders each source with an anchor per passage, pinned or automatic', () => {
    const page = read('sources/alpha-notes/index.html');
    expect(page).toContain('id="reply-to-buyers"');
    expect(page).toContain('id="research-list"');
    expect(page).toMatch(/id="p-[a-z0-9]{7}"/);
    expect(page).toContain("Where today's X differs");
  });

  it("shows each article's stance with the cues behind it, and the editor's reading where the file gives one", () => {
    const alpha = read('sources/alpha-notes/index.html');
    expect(alpha).toMatch(
      /Stance of the article: (?:leans )?(?:broadcast|conversational|neutral) \([+−]?[\d.]+\), mostly from [a-z -]+ \([+−][\d.]+\)/,
    );
    const beta = read('sources/beta/index.html');
    expect(beta).toMatch(
      /Stance of the article: leans conversational, as the editor reads it \(detected: neutral, −?[\d.]+, from not trust \(−[\d.]+\), not automation \(\+[\d.]+\)\)/,
    );
    const list = read('sources/index.html');
    expect(list).toContain('stance: leans conversational');
    expect(list).not.toMatch(/leans leans|leans neutral/);
  });

  it('lists the pages citing a passage under it, by frontmatter and inline citation', () => {
    const alpha = read('sources/alpha-notes/index.html');
    const reply = alpha.slice(alpha.indexOf('id="reply-to-buyers"'), alpha.indexOf('id="research-list"'));
    expect(reply).toContain('Cited by');
    expect(reply).toContain('href="/mini/guides/start-here/"');
    const beta = read('sources/beta/index.html');
    expect(beta).toContain('href="/mini/guides/start-here/"');
    expect(beta).toContain('href="/mini/guides/stale/"');
  });

  it("reads Astro's content data store from its file as the pages render, rather than bundling it", () => {
    expect(output).toContain('content data store read from its file as the pages render');
  });

  it('builds a page kept in a sub-folder at the address its file name gives', () => {
    const page = read('guides/further-reading/index.html');
    expect(page).toContain('<h1>Further reading</h1>');
    expect(read('sources/alpha-notes/index.html')).toContain('href="/mini/guides/further-reading/"');
  });

  it('gives the headings of a plain Markdown guide section links, as MDX guides have', () => {
    const guide = read('guides/plain-markdown/index.html');
    expect(guide).toMatch(
      /<h2 id="answer-first" class="anchored">Answer first<a class="heading-anchor" href="#answer-first" aria-label="Link to this section: Answer first" data-pagefind-ignore(="")?><\/a><\/h2>/,
    );
    // A repeated heading gets its own id, and its link points at it, not at the first one.
    expect(guide).toContain(
      '<h2 id="answer-first-1" class="anchored">Answer first<a class="heading-anchor" href="#answer-first-1"',
    );
    expect(guide).toMatch(
      /<h3 id="then-research-them" class="anchored">Then <em>research<\/em> them<a class="heading-anchor" href="#then-research-them" aria-label="Link to this section: Then research them"/,
    );
  });

  it('renders an inline citation as an attributed link to the passage anchor, from MDX and Markdown alike', () => {
    const cite =
      /<a class="cite"[^>]*href="\/mini\/sources\/alpha-notes\/#reply-to-buyers"[^>]*>\(<cite>Alpha notes on talking to customers<\/cite>, ¶&nbsp;1\)<\/a>/;
    expect(read('guides/start-here/index.html')).toMatch(cite);
    const markdown = read('guides/plain-markdown/index.html');
    expect(markdown).toMatch(cite);
    // A site link gets the base; a citation written in code stays as written.
    expect(markdown).toContain(
      '<a href="/mini/guides/start-here/">start page</a> and <a href="/mini/sources/beta/#robots">the robots passage</a>',
    );
    expect(markdown).toContain('<code>[@alpha-notes/reply-to-buyers]</code>');
    expect(read('sources/alpha-notes/index.html')).toContain('href="/mini/guides/plain-markdown/"');
  });

  it('shows third-party source text as text, never as markup or script', () => {
    const page = read('sources/alpha-notes/index.html');
    expect(page).toContain('&lt;script&gt;document.title = &#39;pwned&#39;&lt;/script&gt;');
    expect(page).not.toContain('<script>document.title');
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('{curly}');
  });

  it('shows governance: change notes, a due-for-review notice, and a withdrawn page pointing to its replacement', () => {
    expect(read('guides/start-here/index.html')).toContain('First version.');
    expect(read('guides/stale/index.html')).toContain('data-review-due');
    expect(read('guides/start-here/index.html')).not.toContain('data-review-due');
    const withdrawn = read('guides/old-advice/index.html');
    expect(withdrawn).toContain('data-withdrawn');
    expect(withdrawn).toContain('href="/mini/guides/start-here/"');
    expect(output).toMatch(/page\(s\) due for review[\s\S]*stale\.mdx/);
  });

  it('writes a Pagefind index, a sitemap and a 404 page', () => {
    expect(fs.existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(fs.readdirSync(path.join(outDir, 'pagefind/index')).length).toBeGreaterThan(0);
    expect(read('sitemap-index.xml')).toContain('https://consultancy.example.org/mini/sitemap-0.xml');
    expect(read('404.html')).toContain('Page not found');
  });

  it('gives every page a permanent short link and keeps renamed pages reachable at their old path', () => {
    expect(read('p/start/index.html')).toContain('content="0; url=/mini/guides/start-here/"');
    expect(read('p/stale/index.html')).toContain('url=/mini/guides/stale/');
    expect(read('guides/begin/index.html')).toContain('href="/mini/guides/start-here/"');
    expect(read('sitemap-0.xml')).not.toContain('/p/');
  });

  it('has no broken internal link or anchor under its base path', () => {
    const report = checkLinks(outDir, '/mini/', 'https://consultancy.example.org');
    expect(report.broken).toEqual([]);
    expect(report.links).toBeGreaterThan(20);
  });
});
