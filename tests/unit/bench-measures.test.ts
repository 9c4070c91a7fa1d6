import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAccountsFigures, parseAccountsBench } from '../../src/lib/bench/accounts-figures.ts';
import {
  parseAnchorPage,
  playbookFromAnchorPages,
  relink,
  sourceSlugs,
} from '../../src/lib/bench/anchor-content.ts';
import {
  type CompareSize,
  checkBuildTargets,
  formatCompare,
  roundOrder,
} from '../../src/lib/bench/compare.ts';
import { placeOf, summarizeProfile } from '../../src/lib/bench/cpu-profile.ts';
import { type BenchResult, phasesOf } from '../../src/lib/bench/report.ts';
import {
  bucketOf,
  type FetchedResponse,
  formatPageWeights,
  formatSearchCost,
  lighthouseScores,
  median,
  summarize,
} from '../../src/lib/bench/web-cost.ts';
import { checkContent } from '../../src/lib/node/content/check-content.ts';

/** A page as ../shared/bench/gen-content.mjs writes it. */
function anchorPage(n: number, links: number[] = []): { slug: string; text: string } {
  const slug = `${String(n).padStart(5, '0')}-how-a-saas-startup-can-test-its-bio-on-x`;
  const see = links.map(
    (l) =>
      `See also [Page ${l}](/playbook/${String(l).padStart(5, '0')}-how-a-saas-startup-can-test-its-bio-on-x/).`,
  );
  return {
    slug,
    text: `---\ntitle: "How a SaaS startup can test its bio on X (${n})"\ndescription: "Hybrid X strategy for a SaaS startup: keep the bio **short**."\nbusinessType: saas\nmode: hybrid\n---\n\nThe bio earns a reply, and the thread builds the rest. Treat each reply as a useful bio.\n\n## Why this play works\n\n- Keep the bio short and the reply honest.\n- **Reply:** answer it quickly.\n\n${see.join('\n\n')}\n`,
  };
}

describe('the comparison playbook made from the anchor sites’ text', () => {
  it('reads the generator’s frontmatter, JSON-quoted or bare', () => {
    const page = parseAnchorPage(anchorPage(3));
    expect(page.title).toBe('How a SaaS startup can test its bio on X (3)');
    expect(page.businessType).toBe('saas');
    expect(page.mode).toBe('hybrid');
    expect(page.body.startsWith('The bio earns a reply')).toBe(true);
  });

  it('makes the first half of the pages sources, by page number, and the rest guides', () => {
    expect([...sourceSlugs(['00003-c', '00001-a', '00004-d', '00002-b', '00005-e'])]).toEqual([
      '00001-a',
      '00002-b',
      '00003-c',
    ]);
  });

  it('points links between generated pages at their new addresses', () => {
    const sources = new Set(['00001-a']);
    expect(relink('See [A](/playbook/00001-a/) and [B](/playbook/00002-b/).', sources)).toBe(
      'See [A](/sources/00001-a/) and [B](/guides/00002-b/).',
    );
  });

  it('keeps every word of every page and passes the playbook’s own content check', () => {
    const pages = Array.from({ length: 6 }, (_, i) => anchorPage(i + 1, [((i + 1) % 6) + 1]));
    const { files, sources, guides, sample } = playbookFromAnchorPages(pages, {
      synonymsYaml: 'groups:\n  - [bio, profile description]\n',
    });
    expect([sources, guides]).toEqual([3, 3]);
    expect(sample.source).toBe('/sources/00002-how-a-saas-startup-can-test-its-bio-on-x/');
    const guide = files.get('pages/00004-how-a-saas-startup-can-test-its-bio-on-x.md') ?? '';
    expect(guide).toContain('Treat each reply as a useful bio.');
    expect(guide).toContain('(/guides/00005-how-a-saas-startup-can-test-its-bio-on-x/)');
    expect(files.get('sources/00001-how-a-saas-startup-can-test-its-bio-on-x.md')).toContain(
      'Treat each reply as a useful bio. {#p1}',
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-anchor-content-'));
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const { playbook, problems } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(playbook.sources).toHaveLength(3);
    expect(playbook.modes).toHaveLength(3);
  });
});

describe('the side-by-side build comparison', () => {
  it('moves the first site of each round, so none always builds first', () => {
    expect(roundOrder(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(roundOrder(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(roundOrder(['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c']);
  });

  // Processor time twice the build time in these made-up builds, where not given.
  const size = (
    pages: number,
    ours: number[],
    plain: number[],
    lean: number[],
    cpu: (ms: number) => number = (ms) => ms * 2,
  ): CompareSize => ({
    pages,
    words: 1000,
    skipped: [],
    builds: [
      ...ours.map((ms, round) => ({
        site: 'x-playbook' as const,
        round,
        wallMs: ms,
        peakRssBytes: 1,
        cpuMs: cpu(ms),
      })),
      ...plain.map((ms, round) => ({
        site: 'astro-plain' as const,
        round,
        wallMs: ms,
        peakRssBytes: 1,
        cpuMs: cpu(ms) / 2,
      })),
      ...lean.map((ms, round) => ({
        site: 'starlight-lean' as const,
        round,
        wallMs: ms,
        peakRssBytes: 1,
        cpuMs: cpu(ms),
      })),
    ],
  });

  it('checks issue 11’s targets on medians of the same run: Starlight lean at 1,000, 1.5× the floor at 5,000', () => {
    const checks = checkBuildTargets([
      size(1000, [9000, 10_000, 30_000], [5000], [10_000, 11_000, 9000]),
      size(5000, [80_000], [50_000], [70_000]),
    ]);
    expect(checks.map((c) => [c.pages, c.target, c.met, Number(c.ratio.toFixed(3))])).toEqual([
      [1000, 'no slower than Starlight lean', true, 1],
      [5000, 'within 1.5× the plain-Astro floor', false, 1.067],
    ]);
    expect(checks[1]?.detail).toContain('not met, 7% over');
  });

  it('prints each site’s median with every run and x-playbook’s ratios to it, in build time and processor time', () => {
    const table = formatCompare([size(1000, [20_000, 22_000, 21_000], [10_000], [])]);
    expect(table).toContain(
      '| 1000 | x-playbook (half sources, half guides) | 21.0 (20.0, 22.0, 21.0) | 42.0 | 0 | – | – |',
    );
    expect(table).toContain(
      '| 1000 | plain Astro + Pagefind CLI (the floor) | 10.0 (10.0) | 10.0 | 0 | ×2.10 | ×4.20 |',
    );
    // Without /proc there is no processor time: no made-up ratio either.
    const unknown = formatCompare([size(1000, [20_000], [10_000], [], () => 0)]);
    expect(unknown).toContain(
      '| 1000 | plain Astro + Pagefind CLI (the floor) | 10.0 (10.0) | – | 0 | ×2.00 | – |',
    );
  });
});

describe('a page’s and a search’s cost in the browser', () => {
  const response = (
    url: string,
    resourceType: string,
    wireBytes: number,
    headerBytes = 0,
  ): FetchedResponse => ({
    url,
    resourceType,
    status: 200,
    bodyBytes: wireBytes * 3,
    encodedBodyBytes: wireBytes - headerBytes,
    wireBytes,
  });

  it('sorts responses by what they are, Pagefind’s files before their resource type', () => {
    expect(bucketOf({ url: 'http://h/guides/a/', resourceType: 'document' })).toBe('html');
    expect(bucketOf({ url: 'http://h/_astro/a.css', resourceType: 'stylesheet' })).toBe('css');
    expect(bucketOf({ url: 'http://h/_astro/search-panel.js', resourceType: 'script' })).toBe('js');
    expect(bucketOf({ url: 'http://h/pagefind/pagefind.js', resourceType: 'script' })).toBe('pagefind');
    expect(bucketOf({ url: 'http://h/pagefind/fragment/en_1.pf_fragment', resourceType: 'fetch' })).toBe(
      'pagefind',
    );
    expect(bucketOf({ url: 'http://h/search/synonyms.json', resourceType: 'fetch' })).toBe('synonyms');
    expect(bucketOf({ url: 'http://h/favicon.svg', resourceType: 'image' })).toBe('other');
  });

  it('sums requests and bytes, in all and by kind', () => {
    const sum = summarize([
      response('http://h/a/', 'document', 100),
      response('http://h/pagefind/pagefind.js', 'script', 40),
      response('http://h/pagefind/wasm.en.pagefind', 'fetch', 60),
    ]);
    expect([sum.requests, sum.wireBytes, sum.bodyBytes]).toEqual([3, 200, 600]);
    expect(sum.byBucket.pagefind).toEqual({
      requests: 2,
      wireBytes: 100,
      bodyBytes: 300,
      encodedBodyBytes: 100,
    });
    expect(sum.byBucket.css).toEqual({ requests: 0, wireBytes: 0, bodyBytes: 0, encodedBodyBytes: 0 });
  });

  it('takes the lower middle value as the median', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBeUndefined();
  });

  it('reports each page’s first view against its budget: 8 KB for a guide, 16 KB for a source', () => {
    // 0.5 KB of each response is headers: the budget counts the gzip bodies only, as the test does.
    const load = (htmlKb: number, cssKb: number) =>
      summarize([
        response('http://h/x/', 'document', (htmlKb + 0.5) * 1024, 512),
        response('http://h/_astro/a.css', 'stylesheet', (cssKb + 0.5) * 1024, 512),
        response('http://h/_astro/page.js', 'script', 5 * 1024),
      ]);
    const table = formatPageWeights([
      {
        pages: 5000,
        weights: [
          { path: '/guides/g/', load: load(5, 2), domNodes: 10 },
          { path: '/guides/heavy/', load: load(7, 2), domNodes: 10 },
          { path: '/sources/s/', load: load(11, 2), domNodes: 10 },
        ],
      },
    ]);
    expect(table).toContain('| 5000 | /guides/g/ | 5.5 | 2.5 | 5.0 | 13.0 (3) | 7.0 (≤ 8: yes) | 10 |');
    expect(table).toContain('| /guides/heavy/ | 7.5 | 2.5 | 5.0 | 15.0 (3) | 9.0 (≤ 8: NO) |');
    expect(table).toContain('| /sources/s/ | 11.5 | 2.5 | 5.0 | 19.0 (3) | 13.0 (≤ 16: yes) |');
  });

  it('reports the search against issue 8’s aims without asserting them', () => {
    const fetched = summarize([response('http://h/pagefind/pagefind.js', 'script', 130 * 1024)]);
    const table = formatSearchCost([
      {
        pages: 1000,
        weights: [],
        search: {
          from: '/guides/g/',
          query: 'bio',
          msFromOpen: [300, 200, 240],
          msFromTyping: [150],
          fetched,
          results: 10,
        },
      },
    ]);
    expect(table).toContain('| 1000 | /guides/g/ | bio | 240 (300, 200, 240) | 150 | 130.0 (1) | 130.0 |');
    expect(table).toContain('time yes, weight no');
  });

  it('reads Lighthouse’s four scores and names the weighted audits that cost points', () => {
    const report = {
      categories: {
        performance: {
          score: 0.97,
          auditRefs: [
            { id: 'lcp', weight: 25 },
            { id: 'info', weight: 0 },
          ],
        },
        accessibility: { score: 1, auditRefs: [] },
        'best-practices': { score: 1, auditRefs: [] },
        seo: { score: 0.92, auditRefs: [{ id: 'meta-description', weight: 1 }] },
      },
      audits: {
        lcp: { score: 0.88, title: 'LCP' },
        info: { score: 0, title: 'Info' },
        'meta-description': { score: 0, title: 'Meta description' },
      },
    };
    expect(lighthouseScores(report)).toEqual({
      scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 92 },
      lost: { performance: ['lcp (0.88)'], seo: ['meta-description (0.00)'] },
    });
  });
});

describe('the accounts pipeline’s figures', () => {
  it('are read from what bench:accounts prints', () => {
    const output = [
      'Generating a synthetic archive of 100,000 posts in 2 file(s)…',
      '  60.1 MB of scripts, 9.2 MB zipped.',
      `${'Import (unzip, parse, validate, normalize)'.padEnd(44)} 3,210 ms (31,153 posts/s)`,
      `${'Anonymize'.padEnd(44)} 410 ms`,
      `${'Measure, classify, audit'.padEnd(44)} 95 ms`,
      `${'Total for 100,000 posts'.padEnd(44)} 3,715 ms (classified hybrid)`,
    ].join('\n');
    const figures = parseAccountsBench(output);
    expect(figures.posts).toBe(100_000);
    expect(figures.steps.map((s) => s.ms)).toEqual([3210, 410, 95, 3715]);
    expect(formatAccountsFigures(figures)).toContain(
      '| Total for 100,000 posts | 3,715 | classified hybrid |',
    );
  });

  it('refuses output without a total, rather than print an empty row', () => {
    expect(() => parseAccountsBench('bench:accounts: unexpected failure')).toThrow(/no "Total for N posts"/);
  });
});

describe('the build’s CPU profile', () => {
  it('places frames in packages, project folders, bundled site code or V8', () => {
    expect(placeOf('file:///w/node_modules/@astrojs/mdx/dist/index.js', 'f')).toBe('@astrojs/mdx');
    expect(placeOf('file:///w/node_modules/vite/dist/node/chunks/x.js', 'f')).toBe('vite');
    expect(placeOf('file:///w/src/lib/content/passages.ts', 'f')).toBe('src/lib/content');
    expect(placeOf('file:///w/src/integrations/pagefind.ts', 'f')).toBe('src/integrations');
    expect(placeOf('file:///w/node_modules/.cache/x-playbook-bench/b/dist/chunks/p.mjs', 'f')).toBe(
      'bundled site code (pages, components)',
    );
    expect(placeOf('node:internal/fs/utils', 'f')).toBe('node (built-in)');
    expect(placeOf('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('sums self time from the samples, each lasting until the next', () => {
    const profile = {
      startTime: 0,
      endTime: 40,
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 } },
        {
          id: 2,
          callFrame: { functionName: 'render', url: 'file:///w/node_modules/astro/x.js', lineNumber: 1 },
        },
        { id: 3, callFrame: { functionName: 'split', url: 'file:///w/src/lib/content/p.ts', lineNumber: 2 } },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [0, 10_000, 20_000, 5000],
    };
    const summary = summarizeProfile(profile);
    expect(summary.totalMs).toBe(35);
    expect(summary.byPlace).toEqual([
      { place: 'astro', ms: 30 },
      { place: 'src/lib/content', ms: 5 },
    ]);
  });
});

describe('the build table', () => {
  it('shows the usual phases, then any other phase a build recorded', () => {
    const result = (phases: Record<string, number>) => ({ run: { phases } }) as unknown as BenchResult;
    expect(phasesOf([result({ pagefind: 1, 'share images': 2 }), result({ 'offline manifest': 3 })])).toEqual(
      [
        'content check',
        'content sync',
        'bundle and render',
        'leak check',
        'pagefind',
        'share images',
        'offline manifest',
      ],
    );
  });
});
