/**
 * The offline manifest's files, listed in two parts as the build lists them (the site beside
 * Pagefind, the search index after it): the same manifest as one listing of the finished output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { precachedFiles, writeOfflineFiles } from '../../src/lib/node/offline/offline-files.ts';
import { OFFLINE_MANIFEST_FILE, type OfflineManifest } from '../../src/lib/offline/manifest.ts';
import { SEARCH_INDEX_FOLDER } from '../../src/lib/search/entries.ts';

const workerSource = fileURLToPath(new URL('../../src/client/service-worker.ts', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function outputWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-offline-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const site = {
  'index.html': '<!doctype html><title>Home</title><p>Home</p>',
  'plays/a/index.html': '<!doctype html><title>A</title><p>A play</p>',
  'p/a1/index.html':
    '<!doctype html><meta http-equiv="refresh" content="0; url=/plays/a/"><link rel="canonical" href="/plays/a/">',
  // Beside the index, with a name that starts like it: part of the site.
  [`${SEARCH_INDEX_FOLDER}-notes/index.html`]: '<!doctype html><title>Notes</title>',
  '_astro/site.css': 'body{margin:0}',
  'og/plays-a.png': 'not precached',
};
const index = {
  [`${SEARCH_INDEX_FOLDER}/pagefind.js`]: 'export {}',
  [`${SEARCH_INDEX_FOLDER}/fragment/en_1.pf_fragment`]: 'fragment',
  [`${SEARCH_INDEX_FOLDER}/pagefind-ui.js`]: 'not precached',
};

describe('the offline manifest listed in two parts', () => {
  it('splits the output into the site and its search index, each file in one part', () => {
    const dir = outputWith({ ...site, ...index });
    const paths = (part: 'all' | 'site' | 'search index') =>
      precachedFiles(dir, part)
        .map((file) => file.path)
        .sort();
    expect(paths('site')).toEqual(
      [
        '_astro/site.css',
        'index.html',
        'p/a1/index.html',
        'plays/a/index.html',
        `${SEARCH_INDEX_FOLDER}-notes/index.html`,
      ].sort(),
    );
    expect(paths('search index')).toEqual(
      [`${SEARCH_INDEX_FOLDER}/fragment/en_1.pf_fragment`, `${SEARCH_INDEX_FOLDER}/pagefind.js`].sort(),
    );
    expect([...paths('site'), ...paths('search index')].sort()).toEqual(paths('all'));
  });

  it('writes the same manifest from the site listed early as from one listing at the end', async () => {
    const dir = outputWith(site);
    // As in the build: the site is listed while Pagefind writes the index, which then appears.
    const early = precachedFiles(dir, 'site');
    for (const [name, text] of Object.entries(index)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const read = () =>
      JSON.parse(fs.readFileSync(path.join(dir, OFFLINE_MANIFEST_FILE), 'utf8')) as OfflineManifest;
    await writeOfflineFiles(dir, workerSource, early);
    const inParts = read();
    await writeOfflineFiles(dir, workerSource);
    const atOnce = read();
    expect(inParts).toEqual(atOnce);
    expect(inParts.files.map((file) => file.url)).toContain(`${SEARCH_INDEX_FOLDER}/pagefind.js`);
    expect(inParts.files.find((file) => file.url === 'p/a1/')?.redirect).toBe('/plays/a/');
  });
});
