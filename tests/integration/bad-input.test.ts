import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlaybook, copyFixture, PROJECT_ROOT } from '../support/build.ts';

const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/playbooks/mini');

/** Copies the fixture, breaks it, builds it, and returns the build's output; asserts it failed and wrote nothing. */
async function buildBroken(
  breakIt: (contentDir: string) => void,
  env: Record<string, string> = {},
): Promise<string> {
  const contentDir = copyFixture(fixture);
  breakIt(contentDir);
  const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-broken-')), 'dist');
  const result = await buildPlaybook({ contentDir, outDir, env });
  expect(result.code, result.output).not.toBe(0);
  expect(fs.existsSync(outDir), 'a failed build must not leave a half-written site').toBe(false);
  return result.output;
}

const edit = (file: string, change: (text: string) => string) =>
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));

describe('bad input fails the build with a message naming the file, the field and the fix', () => {
  it('a citation of an unknown passage', async () => {
    const output = await buildBroken((dir) =>
      edit(path.join(dir, 'pages/start-here.mdx'), (t) => t.replace('- beta/robots', '- beta/robot')),
    );
    expect(output).toContain(
      'pages/start-here.mdx [cites[0]] cites "beta/robot", which is not a passage of any source.',
    );
    expect(output).toContain('did you mean "beta/robots"?');
  });

  it('an inline citation of an unknown passage, with its line', async () => {
    const output = await buildBroken((dir) =>
      edit(path.join(dir, 'pages/start-here.mdx'), (t) =>
        t.replace('alpha-notes/research-list', 'alpha-notes/no-such-passage'),
      ),
    );
    expect(output).toMatch(/pages\/start-here\.mdx:17 \[<Cite id="alpha-notes\/no-such-passage">\] cites/);
  });

  it('two passages with the same id', async () => {
    const output = await buildBroken((dir) =>
      edit(path.join(dir, 'sources/beta.md'), (t) => `${t}\nAnother passage entirely. {#robots}\n`),
    );
    expect(output).toMatch(
      /sources\/beta\.md:\d+ \[beta\/robots\] is the same passage id as the passage at line 7\./,
    );
    expect(output).toContain('choose another {#…} marker');
  });

  it('two pages with the same id', async () => {
    const output = await buildBroken((dir) =>
      fs.copyFileSync(path.join(dir, 'pages/stale.mdx'), path.join(dir, 'pages/stale.md')),
    );
    expect(output).toMatch(
      /pages\/stale\.mdx? \[\(file name\)\] gives the guide id "stale", which .*pages\/stale\.mdx? already has\./,
    );
  });

  it('frontmatter that breaks the schema: a missing field and a wrong type', async () => {
    const output = await buildBroken((dir) =>
      edit(path.join(dir, 'pages/start-here.mdx'), (t) =>
        t.replace('owner: "Fixture editor"\n', '').replace('reviewBy: 2027-10-01', 'reviewBy: next year'),
      ),
    );
    expect(output).toContain('pages/start-here.mdx [owner]');
    expect(output).toContain('add the required field "owner" (expected string)');
    expect(output).toContain('pages/start-here.mdx [reviewBy] expected a date written as YYYY-MM-DD');
  });

  it('a field the schema does not know, such as a typo', async () => {
    const output = await buildBroken((dir) =>
      edit(path.join(dir, 'sources/beta.md'), (t) => t.replace('about:', 'abuot:')),
    );
    expect(output).toContain('sources/beta.md [about] ');
    expect(output).toContain('remove or rename "abuot"');
  });

  it('an empty source', async () => {
    const output = await buildBroken((dir) =>
      fs.writeFileSync(
        path.join(dir, 'sources/empty.md'),
        '---\ntitle: "Empty"\nsummary: "s"\nabout: "a"\n---\n\n   \n',
      ),
    );
    expect(output).toContain('sources/empty.md has no passages: the body is empty.');
  });

  it('a file that is not UTF-8', async () => {
    const output = await buildBroken((dir) => {
      const latin1 = Buffer.from(
        '---\ntitle: "Caf\xe9"\nsummary: "s"\nabout: "a"\n---\n\nCaf\xe9 au lait.\n',
        'latin1',
      );
      fs.writeFileSync(path.join(dir, 'sources/latin1.md'), latin1);
    });
    expect(output).toContain('sources/latin1.md is not UTF-8 text (first invalid byte at offset 15).');
    expect(output).toContain('re-save the file with UTF-8 encoding');
  });

  it('frontmatter that is not valid YAML, with its line', async () => {
    const output = await buildBroken((dir) =>
      edit(path.join(dir, 'sources/beta.md'), (t) =>
        t.replace('summary: "A second fixture source."', 'summary: "unclosed'),
      ),
    );
    expect(output).toMatch(/sources\/beta\.md(:\d+)? \[\(frontmatter\)\] has invalid YAML/);
  });

  it('a playbook config with a bad site URL', async () => {
    const output = await buildBroken((dir) =>
      edit(path.join(dir, 'playbook.config.json'), (t) =>
        t.replace('https://consultancy.example.org', 'consultancy'),
      ),
    );
    expect(output).toContain('playbook.config.json [site] site must be an absolute URL');
  });

  it('a page that would publish a handle, name or id from the raw account data', async () => {
    const rawDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-raw-'));
    fs.mkdirSync(path.join(rawDir, 'leaky'));
    fs.writeFileSync(
      path.join(rawDir, 'leaky/user.json'),
      JSON.stringify({
        data: { id: '1456789012345678901', username: 'leaky_plumber_42', name: 'Pat Leakington' },
      }),
    );
    const output = await buildBroken(
      (dir) =>
        edit(
          path.join(dir, 'pages/start-here.mdx'),
          (t) => `${t}\nAsk Pat Leakington (@leaky_plumber_42) about it.\n`,
        ),
      { PLAYBOOK_RAW_DIR: rawDir },
    );
    expect(output).toContain('identifier(s) from the raw account data reached the built site');
    expect(output).toContain('guides/start-here/index.html');
    expect(output).not.toContain('leaky_plumber_42');
  });
});
