/**
 * What the content check says about bad input, file by file: the build and `npm run content:check`
 * both run this check first, so its messages are the ones a content editor sees. Each case breaks
 * one thing in a copy of the mini playbook and reads the problems, without building the site
 * (tests/integration/bad-input.test.ts shows a build stopping on them).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/errors.ts';
import { checkContent } from '../../src/lib/node/content/check-content.ts';
import { loadPlaybookConfig } from '../../src/lib/node/content/playbook-config.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/playbooks/mini');
const taxonomy = path.resolve(import.meta.dirname, '../fixtures/playbooks/mini-taxonomy');

/** Copies the fixture, breaks it, and returns the check's problems as the build prints them. */
function problemsAfter(breakIt: (contentDir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-check-'));
  fs.cpSync(fixture, dir, { recursive: true });
  fs.cpSync(taxonomy, dir, { recursive: true, filter: (source) => !source.endsWith('README.md') });
  breakIt(dir);
  const { problems } = checkContent(dir);
  expect(problems.length, 'the broken copy must have problems').toBeGreaterThan(0);
  return problems.map(formatProblem).join('\n');
}

const edit = (file: string, change: (text: string) => string) =>
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));

describe('the content check names the file, the field and the fix', () => {
  it('finds nothing wrong with the mini playbook as it is, alone or with its taxonomy', () => {
    expect(checkContent(fixture).problems).toEqual([]);
    const withTaxonomy = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-check-'));
    fs.cpSync(fixture, withTaxonomy, { recursive: true });
    fs.cpSync(taxonomy, withTaxonomy, { recursive: true, filter: (source) => !source.endsWith('README.md') });
    expect(checkContent(withTaxonomy).problems).toEqual([]);
  });

  it('a citation of an unknown passage', () => {
    const output = problemsAfter((dir) =>
      edit(path.join(dir, 'pages/start-here.mdx'), (t) => t.replace('- beta/robots', '- beta/robot')),
    );
    expect(output).toContain(
      'pages/start-here.mdx [cites[0]] cites "beta/robot", which is not a passage of any source.',
    );
    expect(output).toContain('did you mean "beta/robots"?');
  });

  it('a citation in a page kept in a sub-folder, which the site builds too', () => {
    const output = problemsAfter((dir) => {
      fs.mkdirSync(path.join(dir, 'pages/drafts'));
      fs.writeFileSync(
        path.join(dir, 'pages/drafts/hidden.mdx'),
        '---\ntitle: Hidden\nsummary: s\nowner: o\nlastReviewed: 2026-01-01\nreviewBy: 2027-01-01\ncites: [beta/nope]\n---\n\nText.\n',
      );
    });
    expect(output).toContain('pages/drafts/hidden.mdx [cites[0]] cites "beta/nope"');
  });

  it('an inline citation of an unknown passage, with its line', () => {
    const output = problemsAfter((dir) =>
      edit(path.join(dir, 'pages/start-here.mdx'), (t) =>
        t.replace('alpha-notes/research-list', 'alpha-notes/no-such-passage'),
      ),
    );
    expect(output).toMatch(/pages\/start-here\.mdx:17 \[<Cite id="alpha-notes\/no-such-passage">\] cites/);
  });

  it('an inline Markdown citation of an unknown passage, with its line', () => {
    const output = problemsAfter((dir) =>
      fs.writeFileSync(
        path.join(dir, 'pages/notes.md'),
        '---\ntitle: Notes\nsummary: s\nowner: o\nlastReviewed: 2026-01-01\nreviewBy: 2027-01-01\n---\n\nFirst line.\n\nReply first [@alpha-notes/reply-to-buyer].\n',
      ),
    );
    expect(output).toMatch(/pages\/notes\.md:11 \[\[@alpha-notes\/reply-to-buyer\]\] cites/);
    expect(output).toContain('did you mean "alpha-notes/reply-to-buyers"?');
  });

  it("a citation or page link written in the other file type's way", () => {
    const output = problemsAfter((dir) => {
      fs.writeFileSync(
        path.join(dir, 'pages/notes.md'),
        '---\ntitle: Notes\nsummary: s\nowner: o\nlastReviewed: 2026-01-01\nreviewBy: 2027-01-01\n---\n\nReply first <Cite id="beta/robots" />.\nSee <PageLink to="/guides/start-here/">the start</PageLink>.\n',
      );
      edit(path.join(dir, 'pages/start-here.mdx'), (t) => `${t}\nAnd [@beta/robots].\n`);
    });
    expect(output).toMatch(
      /pages\/notes\.md:9 \[<Cite id="beta\/robots">\] is an MDX component in a Markdown \(\.md\) file, where it would not render\.\s+Fix: write \[@beta\/robots\] instead/,
    );
    expect(output).toMatch(
      /pages\/notes\.md:10 \[<PageLink>\] is an MDX component[^\n]*\s+Fix: write a Markdown link, \[the words\]\(\/guides\/start-here\/\), instead/,
    );
    expect(output).toMatch(
      /pages\/start-here\.mdx:19 \[\[@beta\/robots\]\] is a Markdown citation in an MDX file[^\n]*\s+Fix: write <Cite id="beta\/robots" \/> instead/,
    );
  });

  it('two passages with the same id', () => {
    const output = problemsAfter((dir) =>
      edit(path.join(dir, 'sources/beta.md'), (t) => `${t}\nAnother passage entirely. {#robots}\n`),
    );
    expect(output).toMatch(
      /sources\/beta\.md:\d+ \[beta\/robots\] is the same passage id as the passage at line 9\./,
    );
    expect(output).toContain('choose another {#…} marker');
  });

  it('two pages with the same id, also when one sits in a sub-folder', () => {
    const sameFolder = problemsAfter((dir) =>
      fs.copyFileSync(path.join(dir, 'pages/stale.mdx'), path.join(dir, 'pages/stale.md')),
    );
    expect(sameFolder).toMatch(
      /pages\/stale\.mdx? \[\(file name\)\] gives the guide id "stale", which .*pages\/stale\.mdx? already has\./,
    );
    const nested = problemsAfter((dir) => {
      fs.mkdirSync(path.join(dir, 'pages/archive'));
      fs.copyFileSync(path.join(dir, 'pages/stale.mdx'), path.join(dir, 'pages/archive/stale.mdx'));
    });
    expect(nested).toMatch(/pages\/(archive\/)?stale\.mdx \[\(file name\)\] gives the guide id "stale"/);
    expect(nested).toContain('folders only organise files, the id is the file name');
  });

  it('frontmatter that breaks the schema: a missing field and a wrong type', () => {
    const output = problemsAfter((dir) =>
      edit(path.join(dir, 'pages/start-here.mdx'), (t) =>
        t.replace('owner: "Fixture editor"\n', '').replace('reviewBy: 2027-10-01', 'reviewBy: next year'),
      ),
    );
    expect(output).toContain('pages/start-here.mdx [owner]');
    expect(output).toContain('add the required field "owner" (expected string)');
    expect(output).toContain('pages/start-here.mdx [reviewBy] expected a date written as YYYY-MM-DD');
  });

  it('a field the schema does not know, such as a typo', () => {
    const output = problemsAfter((dir) =>
      edit(path.join(dir, 'sources/beta.md'), (t) => t.replace('about:', 'abuot:')),
    );
    expect(output).toContain('sources/beta.md [about] ');
    expect(output).toContain('remove or rename "abuot"');
  });

  it("a stance the editor set that is not one of the stance's words", () => {
    const output = problemsAfter((dir) =>
      edit(path.join(dir, 'sources/beta.md'), (t) =>
        t.replace('editorStance: leans conversational', 'editorStance: mostly broadcast'),
      ),
    );
    expect(output).toContain('sources/beta.md [editorStance]');
    expect(output).toContain('leans broadcast');
  });

  it('an empty source', () => {
    const output = problemsAfter((dir) =>
      fs.writeFileSync(
        path.join(dir, 'sources/empty.md'),
        '---\ntitle: "Empty"\nsummary: "s"\nabout: "a"\n---\n\n   \n',
      ),
    );
    expect(output).toContain('sources/empty.md has no passages: the body is empty.');
  });

  it('a file that is not UTF-8', () => {
    const output = problemsAfter((dir) => {
      const latin1 = Buffer.from(
        '---\ntitle: "Caf\xe9"\nsummary: "s"\nabout: "a"\n---\n\nCaf\xe9 au lait.\n',
        'latin1',
      );
      fs.writeFileSync(path.join(dir, 'sources/latin1.md'), latin1);
    });
    expect(output).toContain('sources/latin1.md is not UTF-8 text (first invalid byte at offset 15).');
    expect(output).toContain('re-save the file with UTF-8 encoding');
  });

  it('frontmatter that is not valid YAML, with its line', () => {
    const output = problemsAfter((dir) =>
      edit(path.join(dir, 'sources/beta.md'), (t) =>
        t.replace('summary: "A second fixture source."', 'summary: "unclosed'),
      ),
    );
    expect(output).toMatch(/sources\/beta\.md(:\d+)? \[\(frontmatter\)\] has invalid YAML/);
  });

  it('a mode file without the rule the account audit needs, naming what it lacks', () => {
    const output = problemsAfter((dir) =>
      edit(path.join(dir, 'modes/talk-first.mdx'), (t) => t.replace('accounts:\n  replyShareFrom: 0\n', '')),
    );
    expect(output).toContain('modes/talk-first.mdx [accounts]');
    expect(output).toContain('add the required field "accounts"');
  });

  it('a business type whose mode does not exist', () => {
    const output = problemsAfter((dir) =>
      edit(path.join(dir, 'business-types/corner-shop.mdx'), (t) =>
        t.replace('mode: talk-first', 'mode: shout-first'),
      ),
    );
    expect(output).toContain(
      'business-types/corner-shop.mdx [mode] names the mode "shout-first", which does not exist.',
    );
  });

  it('a playbook config with a bad site URL', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-config-'));
    fs.cpSync(fixture, dir, { recursive: true });
    edit(path.join(dir, 'playbook.config.json'), (t) =>
      t.replace('https://consultancy.example.org', 'consultancy'),
    );
    expect(() => loadPlaybookConfig(dir, {})).toThrow(
      /playbook\.config\.json \[site\] site must be an absolute URL/,
    );
  });

  it('a search synonyms file with a one-word group, a word in two groups, or broken YAML', () => {
    const output = problemsAfter((dir) =>
      fs.writeFileSync(
        path.join(dir, 'search-synonyms.yaml'),
        'groups:\n  - [DM]\n  - [bio, profile]\n  - [Bio, about]\n',
      ),
    );
    expect(output).toContain(
      'search-synonyms.yaml [groups[0]] a group needs at least two words or phrases that mean the same',
    );
    expect(output).toContain('search-synonyms.yaml [groups[2][0]] "Bio" is already in group 2');
    const yaml = problemsAfter((dir) =>
      fs.writeFileSync(path.join(dir, 'search-synonyms.yaml'), 'groups:\n  - [DM, "direct message]\n'),
    );
    expect(yaml).toMatch(/search-synonyms\.yaml is not valid YAML/);
    expect(yaml).toContain('write one group per line');
  });
});
