import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/node/content/read-playbook.ts';

const loadSources = (dir: string) => {
  const { playbook, problems } = readPlaybook(dir, ['sources']);
  return { sources: playbook.sources.map((entry) => entry.data), problems };
};

import { PROJECT_ROOT } from '../support/build.ts';

let contentDir: string;
let work: string;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-import-'));
  contentDir = path.join(work, 'content');
  fs.mkdirSync(path.join(contentDir, 'sources'), { recursive: true });
});

function runImport(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'scripts/sources-import.ts'), ...args],
    {
      cwd: work,
      env: { ...process.env, PLAYBOOK_CONTENT_DIR: contentDir },
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const write = (name: string, contents: string | Buffer) => {
  const file = path.join(work, name);
  fs.writeFileSync(file, contents);
  return file;
};

const ARTICLE = `Why local plumbers should answer questions on X
Customers ask where to find a plumber they can trust. Reply to them, and start conversations with your neighbours.
Tips that work:
- Put your business name and site in your bio
- Thank every customer after the job
Broadcasting deals alone will not build that trust.
`;

describe('importing a user’s own article as a source', () => {
  it('writes a source with the title from the first line, detected topics and stance, that the build can load', () => {
    const { code, stdout } = runImport(write('plumbers.txt', ARTICLE));
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /imported .*plumbers\.txt → .*why-local-plumbers-should-answer-questions-on-x\.md/,
    );
    const { sources, problems } = loadSources(contentDir);
    expect(problems).toEqual([]);
    const [source] = sources;
    expect(source?.title).toBe('Why local plumbers should answer questions on X');
    expect(source?.imported?.topics).toEqual(
      expect.arrayContaining(['engagement', 'bio-profile', 'customer-support']),
    );
    expect(source?.imported?.stance).toBeGreaterThan(0);
    expect(source?.passages.map((p) => p.kind)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph']);
    // The stance in words, the cues that moved it most, and how to correct it.
    expect(stdout).toMatch(
      /stance (?:leans )?(?:broadcast|neutral|conversational) \([+−]?[\d.]+\), mostly from [a-z ]+ \([+−][\d.]+\).*set editorStance in its frontmatter/,
    );
  });

  it('is idempotent: importing the same file again changes nothing', () => {
    const file = write('plumbers.txt', ARTICLE);
    runImport(file);
    const target = path.join(contentDir, 'sources/why-local-plumbers-should-answer-questions-on-x.md');
    const first = fs.readFileSync(target, 'utf8');
    const mtime = fs.statSync(target).mtimeMs;
    const again = runImport(file);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('unchanged');
    expect(fs.readFileSync(target, 'utf8')).toBe(first);
    expect(fs.statSync(target).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(path.join(contentDir, 'sources'))).toHaveLength(1);
  });

  it('keeps HTML, scripts, javascript: links and MDX-like braces as inert text', () => {
    const file = write(
      'hostile.md',
      '# Hostile <b>title</b>\n\nHello <script>alert(1)</script> {props.secret} [x](javascript:alert(2)).\n\nA fake marker {#evil}\n\n---\ntitle: not frontmatter\n---\n',
    );
    expect(runImport(file).code).toBe(0);
    const { sources, problems } = loadSources(contentDir);
    expect(problems).toEqual([]);
    const passages = sources[0]?.passages ?? [];
    expect(passages[0]?.text).toContain('<script>alert(1)</script> {props.secret}');
    expect(passages.every((p) => !p.pinned)).toBe(true);
    expect(sources[0]?.title).toBe('Hostile <b>title</b>');
  });

  it('refuses an empty file, a file that is not UTF-8, and an unsupported format, writing nothing', () => {
    const empty = runImport(write('empty.txt', '\n\n  \n'));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('empty.txt is empty');
    const latin1 = runImport(write('latin1.txt', Buffer.from('Caf\xe9 notes\nSome text.\n', 'latin1')));
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toContain('is not UTF-8 text (first invalid byte at offset 3)');
    const docx = runImport(write('article.docx', 'x'));
    expect(docx.code).toBe(1);
    expect(docx.stderr).toContain('only plain text (.txt) and Markdown (.md)');
    expect(fs.readdirSync(path.join(contentDir, 'sources'))).toEqual([]);
  });

  it('will not overwrite a hand-written source with the same slug unless told to', () => {
    fs.writeFileSync(
      path.join(contentDir, 'sources/notes.md'),
      '---\ntitle: "Notes"\nsummary: "s"\nabout: "a"\n---\n\nMine.\n',
    );
    const refused = runImport(write('notes.txt', 'Notes\nTheirs.\n'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists and was written by hand');
    expect(fs.readFileSync(path.join(contentDir, 'sources/notes.md'), 'utf8')).toContain('Mine.');
    expect(runImport('--force', path.join(work, 'notes.txt')).code).toBe(0);
  });

  it('explains its usage with --help and exits 2 without files', () => {
    expect(runImport('--help').stdout).toContain('Usage: npm run sources:import');
    const none = runImport();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give at least one');
  });
});

describe('importing an article saved from a web page', () => {
  const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/articles');
  const withDemoBusinessTypes = () =>
    fs.cpSync(path.join(PROJECT_ROOT, 'content/business-types'), path.join(contentDir, 'business-types'), {
      recursive: true,
    });

  it('finds the headline, author and date, detects the business type, and lists every line it left out', () => {
    withDemoBusinessTypes();
    const { code, stdout } = runImport(path.join(FIXTURES, 'diner-specials.txt'));
    expect(code).toBe(0);
    expect(stdout).toContain('"How our diner fills the lunch rush with daily specials on Twitter"');
    expect(stdout).toContain('author: Rosa Delgado; published: 2014-03-04');
    expect(stdout).toMatch(/business types: local-hospitality \(diner ×2, restaurant ×1\)/);
    expect(stdout).toContain('left out 24 line(s) of page chrome:');
    expect(stdout).toContain('line 9 (byline): by: Rosa Delgado');
    expect(stdout).toContain('line 31 (comment form): Leave a Reply');
    expect(stdout).toContain('line 11 (cookie notice): This site uses cookies');
    const { sources, problems } = loadSources(contentDir);
    expect(problems).toEqual([]);
    expect(sources[0]).toMatchObject({
      author: 'Rosa Delgado',
      published: '2014-03-04',
      businessTypes: ['local-hospitality'],
      titleIsDescriptive: false,
    });
    expect(sources[0]?.stance).toBeLessThan(-0.15);
  });

  it('says when it wrote a descriptive title, and takes --title for one file only', () => {
    const file = path.join(FIXTURES, 'corner-shop-no-headline.txt');
    const described = runImport('--dry-run', file);
    expect(described.code).toBe(0);
    expect(described.stdout).toContain('(no headline found: a descriptive title; replace it with --title)');
    expect(described.stdout).toContain('titleIsDescriptive: true');
    expect(fs.readdirSync(path.join(contentDir, 'sources'))).toEqual([]);

    const titled = runImport('--title', 'Listening sold our bread', file);
    expect(titled.code).toBe(0);
    expect(fs.existsSync(path.join(contentDir, 'sources/listening-sold-our-bread.md'))).toBe(true);

    const twoFiles = runImport('--title', 'One title', file, path.join(FIXTURES, 'diner-specials.txt'));
    expect(twoFiles.code).toBe(2);
    expect(twoFiles.stderr).toContain('--title names one article');
  });

  it('refuses to run when a business type page is broken, naming the file and the field', () => {
    withDemoBusinessTypes();
    const broken = path.join(contentDir, 'business-types/local-trades.md');
    fs.writeFileSync(broken, fs.readFileSync(broken, 'utf8').replace(/^examples:/m, 'sample:'));
    const { code, stderr } = runImport(path.join(FIXTURES, 'diner-specials.txt'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/local-trades\.md.*\[examples\]/);
    expect(fs.readdirSync(path.join(contentDir, 'sources'))).toEqual([]);
  });
});
