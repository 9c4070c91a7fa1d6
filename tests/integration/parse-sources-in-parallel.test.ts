/**
 * Sources parsed on two threads before the integrity check (parse-sources-in-parallel.ts): the
 * real worker thread, on a copy of the demo's sources made many (some edited so that each is its
 * own text, one broken), must give exactly what parsing each file alone gives, and the check must
 * still report the broken file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/content/sources.ts';
import {
  type ParsedByWorker,
  type ParseWorkerData,
  parseSourcesInParallel,
} from '../../src/lib/node/content/parse-sources-in-parallel.ts';
import { collectionEntries, readPlaybook } from '../../src/lib/node/content/read-playbook.ts';

const WORKER = new URL('../../src/lib/node/content/parse-sources-worker.ts', import.meta.url);
const DEMO_SOURCES = new URL('../../content/sources/', import.meta.url);

/** A content folder with `copies` of each demo source (each copy's text differs) and one broken source. */
function manySources(copies: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-parse-parallel-'));
  const sources = path.join(dir, 'sources');
  fs.mkdirSync(path.join(sources, 'nested'), { recursive: true });
  const demo = fs.readdirSync(DEMO_SOURCES).filter((name) => name.endsWith('.md'));
  for (let copy = 0; copy < copies; copy++) {
    for (const name of demo) {
      const text = fs.readFileSync(new URL(name, DEMO_SOURCES), 'utf8');
      const edited = text.replace(/^title: "/m, `title: "Copy ${copy}: `);
      const folder = copy % 2 === 0 ? sources : path.join(sources, 'nested');
      fs.writeFileSync(path.join(folder, `copy-${copy}-${name}`), edited);
    }
  }
  fs.writeFileSync(path.join(sources, 'broken.md'), '---\ntitle: 12\n---\n\nA body with no summary.\n');
  return dir;
}

function parsedAlone(dir: string) {
  return collectionEntries(dir, 'sources').map(({ absolute, file, id }) => ({
    id,
    file,
    parsed: parseSource(fs.readFileSync(absolute, 'utf8'), file, id),
  }));
}

describe('parsing sources on a worker thread', () => {
  it('the worker alone parses every good source exactly as parsing it here does, and leaves the broken one', async () => {
    const dir = manySources(4);
    const files = collectionEntries(dir, 'sources');
    const data: ParseWorkerData = { files, next: new SharedArrayBuffer(4) };
    const worker = new Worker(WORKER, { workerData: data });
    const results = await new Promise<ParsedByWorker[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    const expected = parsedAlone(dir).filter((entry) => entry.parsed.source);
    expect(expected.length).toBe(files.length - 1);
    expect(results.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
    for (const entry of expected) {
      const result = results.find((r) => r.id === entry.id);
      expect(result?.file).toBe(entry.file);
      // Dates and nested passages survive the copy between threads unchanged.
      expect(result?.parsed).toEqual(entry.parsed);
    }
  });

  it('the check after a shared parse reads the same playbook and reports the broken file', async () => {
    const dir = manySources(30);
    // How the work splits depends on how fast the worker starts; none may be lost either way.
    const { sources } = await parseSourcesInParallel(dir, WORKER, 1);
    expect(sources).toBe(collectionEntries(dir, 'sources').length);
    const { playbook, problems } = readPlaybook(dir, ['sources']);
    const alone = parsedAlone(dir);
    expect(playbook.sources.map((s) => s.data)).toEqual(
      alone.flatMap((entry) => (entry.parsed.source ? [entry.parsed.source] : [])),
    );
    expect(problems.some((problem) => problem.file.endsWith('broken.md'))).toBe(true);
  });

  it('a worker that cannot start leaves every source to this thread', async () => {
    const dir = manySources(2);
    const result = await parseSourcesInParallel(dir, new URL('./no-such-worker.ts', import.meta.url), 1);
    expect(result.parsedByWorker).toBe(0);
    const { playbook } = readPlaybook(dir, ['sources']);
    expect(playbook.sources).toHaveLength(result.sources - 1);
  });

  it('a small playbook is parsed on this thread only', async () => {
    const dir = manySources(1);
    const result = await parseSourcesInParallel(dir, WORKER);
    expect(result).toEqual({ sources: collectionEntries(dir, 'sources').length, parsedByWorker: 0 });
  });
});
