import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstPage, renderTimesByRoute, routeOf } from '../../src/lib/bench/report.ts';
import { syntheticCounts, syntheticPlaybook } from '../../src/lib/bench/synthetic-playbook.ts';
import { checkContent } from '../../src/lib/node/content/check-content.ts';
import { demoPlaybook } from '../support/demo-playbook.ts';

const accountTemplate = (() => {
  const [first] = demoPlaybook().accounts;
  if (!first) throw new Error('the demo playbook has example accounts');
  return first.data;
})();

describe('the benchmark’s synthetic playbook', () => {
  it('is the same for the same size and seed, and differs for another seed', () => {
    const a = syntheticPlaybook({ pages: 60, seed: 1, accountTemplate });
    const b = syntheticPlaybook({ pages: 60, seed: 1, accountTemplate });
    const c = syntheticPlaybook({ pages: 60, seed: 2, accountTemplate });
    expect([...a.files]).toEqual([...b.files]);
    expect(a.files.get('sources/source-00000.md')).not.toBe(c.files.get('sources/source-00000.md'));
  });

  it('shares N pages out in the real mix', () => {
    expect(syntheticCounts(1000)).toEqual({
      sources: 400,
      guides: 300,
      plays: 150,
      businessTypes: 100,
      accounts: 50,
    });
  });

  it('passes the playbook’s own content check, citations and cross-references included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-synthetic-'));
    for (const [file, text] of syntheticPlaybook({ pages: 80, accountTemplate }).files) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const { playbook, problems } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(playbook.sources).toHaveLength(32);
    expect(playbook.sources[0]?.data.passages).toHaveLength(10);
  });
});

describe('the benchmark’s report', () => {
  it('groups built files by route', () => {
    expect(routeOf('/guides/x/index.html')).toBe('/guides/');
    expect(routeOf('/sources/index.html')).toBe('/sources/');
    expect(routeOf('/index.html')).toBe('/');
  });

  it('leaves the first page rendered, which builds the shared indexes, out of the per-route times', () => {
    const times = new Map([
      ['/404.html', 90],
      ['/guides/a/index.html', 2],
      ['/guides/b/index.html', 4],
      ['/guides/c/index.html', 3],
    ]);
    expect(firstPage(times)).toEqual({ path: '/404.html', ms: 90 });
    expect(renderTimesByRoute(times)).toEqual(new Map([['/guides/', { median: 3, p99: 4, max: 4 }]]));
  });
});
