/**
 * The dist leak check: no handle, name, user id, post id or URL from the raw data may appear in
 * a built site. Checked on made-up dist folders, on the charts and records of every shipped
 * example, and on the real build the test run makes (tests/support/global-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEMO_SALT } from '../../../src/lib/accounts/anonymize.ts';
import { generateDemoAccounts } from '../../../src/lib/accounts/demo/generate.ts';
import { replyShareBands } from '../../../src/lib/accounts/mode-rules.ts';
import { normalizeApiTimeline } from '../../../src/lib/accounts/normalize-api.ts';
import { buildAccountRecord } from '../../../src/lib/accounts/record.ts';
import { activityGridChart } from '../../../src/lib/charts/activity-grid.ts';
import { activityMixChart } from '../../../src/lib/charts/activity-mix.ts';
import { replyShareChart } from '../../../src/lib/charts/reply-share.ts';
import { weeklyPostsChart } from '../../../src/lib/charts/weekly-posts.ts';
import {
  collectIdentifiers,
  findLeaks,
  findLeaksInParallel,
  formatLeaks,
  LeakScanner,
} from '../../../src/lib/node/accounts/leak-check.ts';
import { outputFiles } from '../../../src/lib/node/files/output-parts.ts';
import { SEARCH_INDEX_FOLDER } from '../../../src/lib/search/entries.ts';
import { DEMO_MODES } from '../../support/demo-modes.ts';

function rawWith(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-leak-raw-'));
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), JSON.stringify(value));
  }
  return dir;
}

function distWith(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-leak-dist-'));
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), value);
  }
  return dir;
}

const RAW = {
  'some_shop/user.json': {
    data: {
      id: '1234567890123',
      username: 'some_shop_77',
      name: 'Some Shop Owner',
      entities: { url: { urls: [{ url: 'https://t.co/x', expanded_url: 'https://some-shop.example/' }] } },
    },
  },
  'some_shop/page-0001.json': {
    data: [
      {
        id: '1890000000000000001',
        text: 'hi @pal_number_9 see https://blog.example/post/1',
        author_id: '1234567890123',
      },
    ],
    includes: { users: [{ id: '55555555', username: 'pal_number_9', name: 'Pal Person' }] },
    meta: { result_count: 1 },
  },
};

describe('findLeaks', () => {
  const raw = rawWith(RAW);

  it('finds each kind of identifier from the raw data in a built page', () => {
    const dist = distWith({
      'a/index.html':
        '<p>Visit <a href="https://some-shop.example/about">us</a> or @pal_number_9 or Some&nbsp;Shop Owner</p>',
      'b/index.html': '<p>Post 1890000000000000001 by 1234567890123, see blog.example/post/1</p>',
      'c/index.html': '<p>follow x.com/some_shop_77 and pal person</p>',
    });
    const leaks = findLeaks(dist, raw, { includeDemo: false });
    const kinds = leaks.map((l) => `${l.file}:${l.kind}`).sort();
    expect(kinds).toEqual(
      expect.arrayContaining([
        'a/index.html:host',
        'a/index.html:handle',
        'a/index.html:name',
        'b/index.html:id',
        'b/index.html:url',
        'c/index.html:handle',
        'c/index.html:name',
      ]),
    );
    expect(formatLeaks(leaks)).not.toContain('some_shop_77');
  });

  it('finds the same leaks in the same order with files scanned on a worker thread, chunk by chunk', async () => {
    const pages: Record<string, string> = {};
    for (let i = 0; i < 12; i++)
      pages[`p${String(i).padStart(2, '0')}/index.html`] =
        i % 3 === 0
          ? `<p>Post 1890000000000000001 and @pal_number_9 (${i})</p>`
          : `<p>Nothing here (${i}).</p>`;
    pages['q/index.html'] = '<p>see blog.example/post/1 and x.com/some_shop_77</p>';
    const dist = distWith(pages);
    const workerScript = new URL('../../../src/lib/node/accounts/leak-worker.ts', import.meta.url);
    const sequential = findLeaks(dist, raw, { includeDemo: false });
    expect(sequential.length).toBeGreaterThanOrEqual(9);
    // Chunks of two files, handed to whichever thread is free: the order is the files' all the same.
    const parallel = await findLeaksInParallel(dist, raw, {
      includeDemo: false,
      workerScript,
      workerFromFiles: 1,
      chunkFiles: 2,
    });
    expect(parallel.files).toBe(13);
    expect(parallel.scannedByWorker).toBeGreaterThan(0);
    expect(parallel.leaks).toEqual(sequential);
    // One scanner, one worker, for the two parts of a build: it scans in both.
    const scanner = new LeakScanner(collectIdentifiers(raw, { includeDemo: false }), {
      workerScript,
      workerFromFiles: 1,
      chunkFiles: 1,
    });
    try {
      const files = outputFiles(dist);
      const first = await scanner.scan(dist, files.slice(0, 6));
      const second = await scanner.scan(dist, files.slice(6));
      expect(first.scannedByWorker).toBeGreaterThan(0);
      expect(second.scannedByWorker).toBeGreaterThan(0);
      expect([...first.leaks, ...second.leaks]).toEqual(sequential);
    } finally {
      await scanner.close();
    }
    // A worker that cannot start leaves every file to this thread: nothing is skipped.
    const broken = await findLeaksInParallel(dist, raw, {
      includeDemo: false,
      workerScript: new URL('./no-such-worker.ts', import.meta.url),
      workerFromFiles: 1,
    });
    expect(broken.scannedByWorker).toBe(0);
    expect(broken.leaks).toEqual(sequential);
    // Below the threshold no worker starts, and the result is the same.
    const small = await findLeaksInParallel(dist, raw, { includeDemo: false, workerScript });
    expect(small.scannedByWorker).toBe(0);
    expect(small.leaks).toEqual(sequential);
  });

  it('keeps a process alive while its worker still scans, with nothing else to wait for', () => {
    // In Astro's build nothing else may be pending while the check waits for its worker; in
    // vitest something always is. So the scan runs in a plain Node process of its own.
    const pages: Record<string, string> = {};
    for (let i = 0; i < 8; i++) pages[`p${i}/index.html`] = `<p>Post 1890000000000000001 (${i})</p>`;
    const dist = distWith(pages);
    const script = `
      import { collectIdentifiers, LeakScanner } from ${JSON.stringify(new URL('../../../src/lib/node/accounts/leak-check.ts', import.meta.url).href)};
      import { outputFiles } from ${JSON.stringify(new URL('../../../src/lib/node/files/output-parts.ts', import.meta.url).href)};
      const scanner = new LeakScanner(collectIdentifiers(${JSON.stringify(raw)}, { includeDemo: false }), {
        workerScript: new URL(${JSON.stringify(new URL('../../../src/lib/node/accounts/leak-worker.ts', import.meta.url).href)}),
        workerFromFiles: 1,
        chunkFiles: 1,
      });
      const result = await scanner.scan(${JSON.stringify(dist)}, outputFiles(${JSON.stringify(dist)}));
      console.log(JSON.stringify({ leaks: result.leaks.length, byWorker: result.scannedByWorker }));
      // Idle between scans, the worker must not keep the process alive: no close() here.
    `;
    // A file, not --eval: a worker thread inherits the process's options, --input-type among them.
    const scriptFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-leak-alive-')), 'scan.mjs');
    fs.writeFileSync(scriptFile, script);
    const run = spawnSync(process.execPath, [scriptFile], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { leaks: number; byWorker: number };
    expect(result.leaks).toBe(8);
    expect(result.byWorker).toBeGreaterThan(0);
  });

  it('fails a scan with the error of a file it cannot read, leaving nothing running', async () => {
    const dist = distWith({
      'a/index.html': '<p>a</p>',
      'b/index.html': '<p>b</p>',
      'd/index.html': '<p>d</p>',
    });
    const files = outputFiles(dist);
    // The third chunk is this thread's first: the worker's lanes hold the first two.
    files.splice(2, 0, path.join(dist, 'c/index.html'));
    const scanner = new LeakScanner(collectIdentifiers(raw, { includeDemo: false }), {
      workerScript: new URL('../../../src/lib/node/accounts/leak-worker.ts', import.meta.url),
      workerFromFiles: 1,
      chunkFiles: 1,
    });
    try {
      await expect(scanner.scan(dist, files)).rejects.toThrow(/ENOENT/);
      // The scanner still works for the files that are there.
      expect((await scanner.scan(dist, outputFiles(dist))).files).toBe(3);
    } finally {
      await scanner.close();
    }
  });

  it('checks the site while Pagefind writes its index, and the index once it is written', async () => {
    const dist = distWith({
      'a/index.html': '<p>Post 1890000000000000001 here</p>',
      'b/index.html': '<p>Nothing here.</p>',
      [`${SEARCH_INDEX_FOLDER}/fragment/en_1.pf_fragment`]: `pagefind_dcd${JSON.stringify({ content: 'by @pal_number_9' })}`,
      [`${SEARCH_INDEX_FOLDER}/pagefind-entry.json`]: '{"version":"1"}',
    });
    const workerScript = new URL('../../../src/lib/node/accounts/leak-worker.ts', import.meta.url);
    const site = await findLeaksInParallel(dist, raw, { includeDemo: false, workerScript, part: 'site' });
    const index = await findLeaksInParallel(dist, raw, {
      includeDemo: false,
      workerScript,
      part: 'search index',
    });
    const all = await findLeaksInParallel(dist, raw, { includeDemo: false, workerScript });
    expect(site.files).toBe(2);
    expect(site.leaks.map((leak) => leak.file)).toEqual(['a/index.html']);
    expect(index.files).toBe(2);
    expect(index.leaks.map((leak) => [leak.file, leak.place])).toEqual([
      [`${SEARCH_INDEX_FOLDER}/fragment/en_1.pf_fragment`, 'search index'],
    ]);
    // Together the two parts are the whole output, each file in exactly one.
    expect(site.files + index.files).toBe(all.files);
    expect([...site.leaks, ...index.leaks].sort((a, b) => a.file.localeCompare(b.file))).toEqual(
      [...all.leaks].sort((a, b) => a.file.localeCompare(b.file)),
    );
  });

  it('matches the measured account’s own handle as a bare word, but not a mentioned plain word', () => {
    const plainRaw = rawWith({
      'bakerytown/user.json': {
        data: { id: '98765432101', username: 'BakeryTown', name: 'Bakery Town', description: 'We bake' },
      },
      'bakerytown/page-0001.json': {
        data: [{ id: '1890000000000000002', text: 'thanks @marketing' }],
        includes: { users: [{ id: '44444444', username: 'marketing', name: 'M' }] },
        meta: { result_count: 1 },
      },
    });
    const dist = distWith({ 'index.html': '<p>The bakerytown account does marketing, says @Marketing.</p>' });
    expect(
      findLeaks(dist, plainRaw, { includeDemo: false })
        .map((l) => `${l.kind}:${l.masked}`)
        .sort(),
    ).toEqual(['handle:ba…n (10 chars)', 'handle:ma…g (9 chars)']);
  });

  it('unpacks gzipped files such as Pagefind fragments', () => {
    const dist = distWith({
      'pagefind/fragment/en_1.pf_fragment': gzipSync(
        Buffer.from('pagefind_dcd{"content":"hello @pal_number_9"}'),
      ),
    });
    expect(findLeaks(dist, raw, { includeDemo: false }).map((l) => l.kind)).toEqual(['handle']);
  });

  it('passes a page that only shows figures, placeholders and ordinary words', () => {
    const dist = distWith({
      'index.html': '<p>26% of posts reply to person-1a2b3c4d; shop owners post at 09:00. Some shop.</p>',
    });
    expect(findLeaks(dist, raw, { includeDemo: false })).toEqual([]);
  });

  it('includes the demo accounts’ committed identifiers even when data/raw is empty', () => {
    const ids = collectIdentifiers(fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-empty-raw-')));
    expect([...ids.handles].some((h) => h.startsWith('xpb'))).toBe(true);
    expect(ids.hosts.has('walnut-and-pine.example')).toBe(true);
    const dist = distWith({ 'x.html': '<p>Walnut &amp; Pine Workshop at walnut-and-pine.example</p>' });
    expect(
      findLeaks(dist, fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-empty-raw-')))
        .map((l) => l.kind)
        .sort(),
    ).toEqual(['host', 'name']);
  });

  it('finds nothing in the records and charts of all eight shipped examples', () => {
    const files: Record<string, string> = {};
    for (const demo of generateDemoAccounts()) {
      const timeline = normalizeApiTimeline({
        user: demo.user.data as NonNullable<typeof demo.user.data>,
        pages: demo.pages,
        fetchedAt: Date.parse(demo.state.fetchedAt),
        complete: true,
      });
      const { record, anonymized } = buildAccountRecord({
        timeline,
        salt: DEMO_SALT,
        businessType: demo.archetype.businessType,
        recommendedMode: 'conversational',
        modes: DEMO_MODES,
        plays: [],
        label: demo.archetype.label,
        illustrative: true,
      });
      files[`${record.pseudonym}/record.json`] = JSON.stringify(record);
      files[`${record.pseudonym}/anonymized.json`] = JSON.stringify(anonymized);
      files[`${record.pseudonym}/index.html`] = [
        replyShareChart(record.metrics.replyToOthersShare, replyShareBands(DEMO_MODES)),
        activityMixChart(record.metrics.mix),
        activityGridChart(record.activity.grid),
        weeklyPostsChart(record.activity.weekly),
      ].join('\n');
    }
    const leaks = findLeaks(distWith(files), fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-empty-raw-')));
    expect(leaks, formatLeaks(leaks)).toEqual([]);
  });
});
