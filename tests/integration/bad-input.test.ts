/**
 * Bad input stops the build itself: a real `astro build` of a broken copy of the mini playbook
 * fails, says what is wrong, and leaves no half-written site. The messages for every other kind
 * of bad input come from the same check without a build (tests/unit/content-check.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlaybook, copyFixture, MINI_PLAYBOOK, scratchDir } from '../support/build.ts';

const fixture = MINI_PLAYBOOK;

/** Copies the fixture, breaks it, builds it, and returns the build's output; asserts it failed and wrote nothing. */
async function buildBroken(
  breakIt: (contentDir: string) => void,
  env: Record<string, string> = {},
): Promise<string> {
  const contentDir = copyFixture(fixture);
  breakIt(contentDir);
  const outDir = path.join(scratchDir('broken'), 'dist');
  const result = await buildPlaybook({ contentDir, outDir, env });
  expect(result.code, result.output).not.toBe(0);
  expect(fs.existsSync(outDir), 'a failed build must not leave a half-written site').toBe(false);
  return result.output;
}

const edit = (file: string, change: (text: string) => string) =>
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));

describe('bad input fails the build with a message naming the file, the field and the fix', () => {
  it('a citation of an unknown passage, in a page kept in a sub-folder, with no stack trace', async () => {
    const output = await buildBroken((dir) => {
      fs.mkdirSync(path.join(dir, 'pages/drafts'));
      fs.writeFileSync(
        path.join(dir, 'pages/drafts/hidden.mdx'),
        fs
          .readFileSync(path.join(dir, 'pages/start-here.mdx'), 'utf8')
          .replace('- beta/robots', '- beta/robot')
          .replace('permalink: start', 'permalink: hidden')
          .replace('  - /guides/begin/\n', '  - /guides/hidden-begin/\n'),
      );
    });
    expect(output).toContain(
      'pages/drafts/hidden.mdx [cites[0]] cites "beta/robot", which is not a passage of any source.',
    );
    expect(output).toContain('did you mean "beta/robots"?');
    expect(output).not.toMatch(/TypeError|\n\s+at .*\.(ts|js):\d+/);
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
    const rawDir = scratchDir('raw');
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
