import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fileContentHash } from '../../src/lib/node/offline/offline-files.ts';
import {
  cacheKey,
  cacheName,
  folderRedirect,
  parseCacheName,
  staleCaches,
} from '../../src/lib/offline/cache-keys.ts';
import {
  contentHash,
  entryUrl,
  isPrecached,
  manifestVersion,
  nextBatch,
  type OutputFile,
  offlineManifest,
  type PrecacheEntry,
  redirectTarget,
} from '../../src/lib/offline/manifest.ts';
import {
  isPrecacheReport,
  isPrecacheRequest,
  offlineNotice,
  precacheReport,
} from '../../src/lib/offline/messages.ts';

const file = (path: string, hash = 'h', size = 10): OutputFile => ({ path, hash, size });

describe('which files are precached', () => {
  it('keeps every page, script, style, the synonyms and all of Pagefind that search uses', () => {
    for (const path of [
      'index.html',
      '404.html',
      'plays/business-bio/index.html',
      'chooser/short/some/index.html',
      '_astro/BaseLayout.Bdwn4f2v.css',
      '_astro/search-panel.CmdVHS_K.js',
      'favicon.svg',
      'search/synonyms.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_c3be8ffcfb.pf_meta',
      'pagefind/wasm.en.pagefind',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/index/en_4f3a.pf_index',
      'pagefind/fragment/en_a1b2.pf_fragment',
      'pagefind/filter/en_9c8d.pf_filter',
    ])
      expect(isPrecached(path), path).toBe(true);
  });

  it('leaves out share images, crawler files, unused Pagefind interfaces, hidden files and itself', () => {
    for (const path of [
      'og/plays/business-bio.png',
      'og-images/home.png',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'robots.txt',
      '_headers',
      '_redirects',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-modular-ui.css',
      'pagefind/pagefind-highlight.js',
      '.offline-manifest.json.123.456.tmp',
      'plays/.DS_Store',
      'service-worker.js',
      'offline-manifest.json',
    ])
      expect(isPrecached(path), path).toBe(false);
    // Only a folder named for share images: a page whose address starts with "og" stays.
    expect(isPrecached('ogham/index.html')).toBe(true);
  });

  it('lists a page at its folder address, the home page at the base itself', () => {
    expect(entryUrl('index.html')).toBe('');
    expect(entryUrl('plays/business-bio/index.html')).toBe('plays/business-bio/');
    expect(entryUrl('404.html')).toBe('404.html');
    expect(entryUrl('pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
  });

  it('writes a sorted manifest with the total size, left-out files excluded', () => {
    const manifest = offlineManifest([
      file('plays/x/index.html', 'a', 100),
      file('robots.txt', 'b', 5),
      file('index.html', 'c', 50),
      file('_astro/a.js', 'd', 7),
    ]);
    expect(manifest.files).toEqual([
      { url: '', hash: 'c', size: 50 },
      { url: '_astro/a.js', hash: 'd', size: 7 },
      { url: 'plays/x/', hash: 'a', size: 100 },
    ]);
    expect(manifest.bytes).toBe(157);
  });
});

describe('pages that only redirect', () => {
  const shortLink =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bio · X</title><meta name="robots" content="noindex">' +
    '<meta http-equiv="refresh" content="0; url=/playbook/plays/business-bio/"><link rel="canonical" href="https://example.org/playbook/plays/business-bio/">' +
    '</head><body><main><p><a href="/playbook/plays/business-bio/">Bio</a></p></main></body></html>';

  it('are recognised by their immediate refresh, with the target as written', () => {
    expect(redirectTarget(shortLink)).toBe('/playbook/plays/business-bio/');
    expect(redirectTarget("<meta http-equiv='refresh' content='0;url=/a/'>")).toBe('/a/');
  });

  it('are not pages with a delayed refresh, no refresh, or much text', () => {
    expect(redirectTarget(shortLink.replace('content="0;', 'content="5;'))).toBeUndefined();
    expect(redirectTarget('<!doctype html><title>A page</title><p>Text</p>')).toBeUndefined();
    expect(redirectTarget(shortLink + '<p>words</p>'.repeat(1000))).toBeUndefined();
  });

  it('are listed with their target and no bytes to store, and never make a batch', () => {
    const manifest = offlineManifest([
      { ...file('p/bio/index.html', 'r', 900), redirect: '/plays/business-bio/' },
      file('plays/business-bio/index.html', 'a', 100),
    ]);
    expect(manifest.files).toEqual([
      { url: 'p/bio/', hash: 'r', size: 0, redirect: '/plays/business-bio/' },
      { url: 'plays/business-bio/', hash: 'a', size: 100 },
    ]);
    expect(manifest.bytes).toBe(100);
    expect(nextBatch(manifest.files, () => false, { files: 10, bytes: 1000 }).map((e) => e.url)).toEqual([
      'plays/business-bio/',
    ]);
  });
});

describe('the version of a build', () => {
  const entries: PrecacheEntry[] = [
    { url: '', hash: 'aaaa', size: 1 },
    { url: 'plays/x/', hash: 'bbbb', size: 1 },
  ];

  it('is the same for the same files in any order, whatever their sizes say', () => {
    expect(manifestVersion(entries)).toBe(manifestVersion([...entries].reverse()));
    expect(manifestVersion(entries)).toMatch(/^[0-9a-z]{12,24}$/);
  });

  it('changes when one file changes, is added, is removed or moves', () => {
    const version = manifestVersion(entries);
    const variants = [
      [entries[0], { ...entries[1], hash: 'bbbc' }],
      [...entries, { url: 'plays/y/', hash: 'cccc', size: 1 }],
      [entries[0]],
      [entries[0], { ...entries[1], url: 'plays/z/' }],
    ] as PrecacheEntry[][];
    const versions = variants.map(manifestVersion);
    expect(versions).not.toContain(version);
    expect(new Set(versions).size).toBe(variants.length);
  });

  it('follows from the build, so two builds of the same output share a cache and a changed page does not', () => {
    const build = [file('index.html', 'c'), file('sitemap-0.xml', 'x')];
    const same = offlineManifest(build).version;
    // A file that is not precached does not make a new version: nothing a reader keeps changed.
    expect(offlineManifest([file('index.html', 'c'), file('sitemap-0.xml', 'y')]).version).toBe(same);
    expect(offlineManifest([file('index.html', 'd'), file('sitemap-0.xml', 'x')]).version).not.toBe(same);
  });

  it('hashes bytes as SHA-256 does, so the build and the worker agree', async () => {
    const bytes = new TextEncoder().encode('<!doctype html><p>Hi</p>');
    const expected = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    expect(await contentHash(bytes)).toBe(expected);
  });

  it('the build hashes a file as the worker checks it, whatever its bytes', async () => {
    const samples = [
      new Uint8Array(0),
      new TextEncoder().encode('<!doctype html><p>Grüße, “quotes” and 🙂</p>'),
      Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256),
    ];
    for (const bytes of samples) expect(fileContentHash(bytes)).toBe(await contentHash(bytes));
    expect(fileContentHash(samples[1] as Uint8Array)).not.toBe(fileContentHash(samples[2] as Uint8Array));
  });
});

describe('precache batches', () => {
  const entries = [10, 20, 30, 5000, 40].map((size, i) => ({ url: `f${i}`, hash: 'h', size }));

  it('takes the first entries not yet cached, up to the file and byte limits', () => {
    expect(nextBatch(entries, () => false, { files: 2, bytes: 1000 }).map((e) => e.url)).toEqual([
      'f0',
      'f1',
    ]);
    expect(nextBatch(entries, (e) => e.url === 'f0', { files: 10, bytes: 100 }).map((e) => e.url)).toEqual([
      'f1',
      'f2',
    ]);
  });

  it('takes one file larger than the byte limit on its own, so the precache never stalls', () => {
    const cached = new Set(['f0', 'f1', 'f2']);
    expect(nextBatch(entries, (e) => cached.has(e.url), { files: 10, bytes: 100 }).map((e) => e.url)).toEqual(
      ['f3'],
    );
  });

  it('is empty when everything is cached', () => {
    expect(nextBatch(entries, () => true, { files: 10, bytes: 100 })).toEqual([]);
  });
});

describe('cache keys', () => {
  const scope = 'https://example.org/playbook/';

  it('ignore the query and the fragment, so a search result and Pagefind’s timestamped entry file hit the cache', () => {
    expect(cacheKey('https://example.org/playbook/sources/a/?highlight=bio#p-1', scope)).toBe(
      'https://example.org/playbook/sources/a/',
    );
    expect(cacheKey('https://example.org/playbook/pagefind/pagefind-entry.json?ts=1732950000', scope)).toBe(
      'https://example.org/playbook/pagefind/pagefind-entry.json',
    );
    expect(cacheKey('https://example.org/playbook/', scope)).toBe(scope);
  });

  it('are null outside the scope: another site, another playbook on the host, the base without its slash', () => {
    expect(cacheKey('https://cdn.example.net/playbook/x.js', scope)).toBeNull();
    expect(cacheKey('https://example.org/acme/plays/x/', scope)).toBeNull();
    expect(cacheKey('https://example.org/playbook', scope)).toBeNull();
    expect(cacheKey('https://example.org/plays/x/', 'https://example.org/')).toBe(
      'https://example.org/plays/x/',
    );
  });

  it('redirect a folder address without its slash to the page there, and nothing else', () => {
    const pages = new Set(['https://example.org/playbook/plays/x/']);
    const isPage = (key: string) => pages.has(key);
    expect(folderRedirect('https://example.org/playbook/plays/x', isPage)).toBe(
      'https://example.org/playbook/plays/x/',
    );
    expect(folderRedirect('https://example.org/playbook/plays/x/', isPage)).toBeNull();
    expect(folderRedirect('https://example.org/playbook/plays/y', isPage)).toBeNull();
    expect(folderRedirect('https://example.org/playbook/favicon.svg', isPage)).toBeNull();
  });
});

describe('caches of builds', () => {
  const scope = 'https://example.org/playbook/';
  const other = 'https://example.org/acme/';
  const v1 = cacheName(scope, 'v1');
  const v2 = cacheName(scope, 'v2');
  const v3 = cacheName(scope, 'v3');
  const acme = cacheName(other, 'v1');
  const names = [v1, v2, v3, acme, 'someone-elses-cache'];

  it('are named by playbook and build, and read back', () => {
    expect(v1).toBe('x-playbook-offline /playbook/ v1');
    expect(parseCacheName(v1)).toEqual({ scopePath: '/playbook/', version: 'v1' });
    expect(parseCacheName('someone-elses-cache')).toBeNull();
    expect(parseCacheName('x-playbook-offline /a/ v1 extra')).toBeNull();
  });

  it('while a new build fills, keep it and the last complete build; drop incomplete ones', () => {
    expect(staleCaches(names, scope, 'v3', new Set(['v1']))).toEqual([v2]);
  });

  it('once the new build is complete, drop every older build of this playbook and nothing else', () => {
    expect(staleCaches(names, scope, 'v3', new Set(['v1', 'v3']))).toEqual([v1, v2]);
  });

  it('never touch another playbook’s caches on the same host, or caches that are not ours', () => {
    expect(staleCaches(names, other, 'v9', new Set(['v9']))).toEqual([acme]);
    expect(staleCaches(names, scope, 'v1', new Set(['v1']))).not.toContain('someone-elses-cache');
  });
});

describe('what a page is told', () => {
  const report = (done: number, total: number) =>
    precacheReport({ version: 'v1', done, total, complete: done === total });

  it('is nothing while online', () => {
    expect(offlineNotice(true, report(3, 10))).toBe('');
  });

  it('says offline, and how much of the playbook is on the device', () => {
    expect(offlineNotice(false, report(10, 10))).toMatch(
      /^You are offline\. The whole playbook, search included/,
    );
    expect(offlineNotice(false, report(4, 10))).toMatch(/40% of the playbook was saved/);
    expect(offlineNotice(false, undefined)).toMatch(/^You are offline\. Only pages/);
  });

  it('tells requests and reports apart', () => {
    expect(isPrecacheRequest({ type: 'precache' })).toBe(true);
    expect(isPrecacheReport(report(1, 2))).toBe(true);
    expect(isPrecacheRequest(report(1, 2))).toBe(false);
    expect(isPrecacheReport({ type: 'precache' })).toBe(false);
    expect(isPrecacheReport(null)).toBe(false);
  });
});
