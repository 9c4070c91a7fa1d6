/**
 * The leak check on real builds. A small playbook imports an archive as owners hand it over (no
 * profile.js, empty files left out, mentioned accounts named @page, @media, @home and @support)
 * and holds X's "all fields" example response (topic annotations such as "Services") in its raw
 * data: it builds, and its built pages, CSS and search index hold those ordinary words without a
 * false alarm. Planted real identifiers are found in text, attributes and the search index, and a
 * page that shows one fails the build and takes the site away.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { findLeaks, formatLeaks } from '../../../src/lib/node/accounts/leak-check.ts';
import { stagingPrefix } from '../../../src/lib/node/build/safe-build.ts';
import { ROOT, runScript } from '../../fixtures/accounts/run-script.ts';
import {
  type BuildResult,
  buildPlaybook,
  copyFixture,
  miniWithTaxonomy,
  scratchDir,
} from '../../support/build.ts';

const NO_PROFILE = path.join(ROOT, 'tests/fixtures/accounts/archives/no-profile');
const ALL_FIELDS = path.join(ROOT, 'tests/fixtures/accounts/api/all-fields-tweet.json');
const SALT = 'leak-build-test-salt-0123456789';

let contentDir: string;
let rawDir: string;
let clean: BuildResult;
let leaky: BuildResult;
let pseudonym: string;

beforeAll(async () => {
  contentDir = miniWithTaxonomy();
  rawDir = scratchDir('leak-raw');
  fs.mkdirSync(path.join(rawDir, 'twitterdev'), { recursive: true });
  fs.copyFileSync(ALL_FIELDS, path.join(rawDir, 'twitterdev', 'page-0001.json'));
  const imported = await runScript(
    'accounts-import.ts',
    ['--archive', NO_PROFILE, '--business-type', 'corner-shop', '--site', 'https://corner-diner.example'],
    { PLAYBOOK_SALT: SALT, PLAYBOOK_CONTENT_DIR: contentDir, PLAYBOOK_RAW_DIR: rawDir },
  );
  expect(imported.code, imported.stderr).toBe(0);
  pseudonym = /accounts\/([a-z]+-[a-z]+-[0-9a-f]{4})\.json/.exec(imported.stdout)?.[1] ?? '';

  // The same playbook with one guide that thanks a customer by handle.
  const leakyContent = copyFixture(contentDir);
  fs.writeFileSync(
    path.join(leakyContent, 'pages/thanks.mdx'),
    [
      '---',
      'title: "Thanks"',
      'summary: "A guide that names a customer."',
      'owner: "Fixture editor"',
      'lastReviewed: 2026-10-01',
      'reviewBy: 2027-10-01',
      '---',
      '',
      'Thanks to @jo_bakes_22 for the review.',
      '',
    ].join('\n'),
  );
  const env = { PLAYBOOK_RAW_DIR: rawDir };
  [clean, leaky] = await Promise.all([
    buildPlaybook({ contentDir, outDir: scratchDir('leak-clean'), env }),
    buildPlaybook({ contentDir: leakyContent, outDir: scratchDir('leak-leaky'), env }),
  ]);
}, 300_000);

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));

describe('a playbook with an imported archive and word-like handles in its raw data', () => {
  it('builds, and its account page says what the archive leaves unknown', () => {
    expect(clean.code, clean.output).toBe(0);
    const page = read(clean.outDir, `accounts/${pseudonym}/index.html`);
    expect(page).toContain('unknown (the data holds no profile)');
    expect(page).toContain('the bio and its website link (the archive has no profile.js)');
    expect(page).not.toMatch(/The bio does not|no website link/);
  });

  it('passes although the raw data has @page, @media, @home and @support and the site uses those words', () => {
    const ids = JSON.parse(read(rawDir, `archive-${pseudonym}/identifiers.json`));
    expect(ids.handles).toEqual(expect.arrayContaining(['page', 'media', 'home', 'support']));
    // The site's own CSS and pages hold the same words, as at-rules, attributes and text.
    const css = filesUnder(clean.outDir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    expect(css).toMatch(/@media/);
    const html = filesUnder(clean.outDir).filter((f) => f.endsWith('.html'));
    expect(html.some((f) => fs.readFileSync(f, 'utf8').includes('aria-current="page"'))).toBe(true);
    expect(fs.existsSync(path.join(clean.outDir, 'pagefind'))).toBe(true);
    const leaks = findLeaks(clean.outDir, rawDir);
    expect(leaks, formatLeaks(leaks)).toEqual([]);
  });

  it('passes with X’s topic-annotation words (Services, Brand Vertical) and the handles as plain words planted', () => {
    const dist = copyFixture(clean.outDir);
    const file = path.join(dist, 'guides/start-here/index.html');
    fs.writeFileSync(
      file,
      read(dist, 'guides/start-here/index.html').replace(
        '</main>',
        '<p data-topic="Brand Vertical">Services, Brand Category, Happy New Year. Our home page, media and support.</p></main>',
      ),
    );
    const leaks = findLeaks(dist, rawDir);
    expect(leaks, formatLeaks(leaks)).toEqual([]);
  });

  it('finds a real handle, id, URL and name planted in text, in an attribute and in the search index', () => {
    const dist = copyFixture(clean.outDir);
    const page = `accounts/${pseudonym}/index.html`;
    fs.writeFileSync(
      path.join(dist, page),
      read(dist, page)
        .replace('</main>', '<p>Thanks @jo_bakes_22, see you Saturday.</p></main>')
        .replace(
          '<main',
          '<main data-post="2033870964126646272" data-site="https://corner-diner.example/book"',
        ),
    );
    const fragments = path.join(dist, 'pagefind/fragment');
    const [first] = fs.readdirSync(fragments);
    const fragmentFile = path.join(fragments, first ?? '');
    const fragment = gunzipSync(fs.readFileSync(fragmentFile)).toString('utf8');
    fs.writeFileSync(
      fragmentFile,
      gzipSync(Buffer.from(fragment.replace('"content":"', '"content":"Twitter Dev says '))),
    );
    const found = findLeaks(dist, rawDir)
      .map((l) => `${l.file.replace(/[^/]+\.pf_fragment$/, '<fragment>')} ${l.kind} ${l.place}`)
      .sort();
    expect(found).toEqual([
      `${page} handle text`,
      `${page} host attribute`,
      `${page} id attribute`,
      `${page} url attribute`,
      'pagefind/fragment/<fragment> name search index',
    ]);
  });

  it('fails the build and keeps the leaking site out of the output folder when a page shows a raw handle', () => {
    expect(leaky.code).not.toBe(0);
    // Found in the page and in the search index Pagefind made from it.
    expect(leaky.output).toMatch(/2 identifier\(s\) from the raw account data reached the built site:/);
    expect(leaky.output).toMatch(/- guides\/thanks\/index\.html: handle jo…2 \(11 chars\) in its text/);
    expect(leaky.output).toMatch(/- pagefind\/fragment\/[^:]+: handle jo…2 \(11 chars\) in its search index/);
    // The output folder was empty before the build (a fresh scratch folder) and stays so.
    expect(fs.readdirSync(leaky.outDir)).toEqual([]);
    // Its own staging folder is gone (the parent folder also holds other tests' builds).
    const staging = stagingPrefix(leaky.outDir);
    expect(fs.readdirSync(path.dirname(leaky.outDir)).filter((name) => name.startsWith(staging))).toEqual([]);
  });
});
