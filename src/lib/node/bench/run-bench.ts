/**
 * `npm run bench` end to end, for scripts/bench.ts: for each size, the synthetic playbook built and
 * measured (phases, memory, sizes), a content page's weight and a cold search in Chromium,
 * Lighthouse on one page of each template (--lighthouse), then the comparison builds with the
 * anchor sites on their generated text, interleaved (--compare); once, the accounts pipeline on
 * 100,000 posts. Returns the figures; the tables are made in src/lib/bench/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { AccountsFigures } from '../../bench/accounts-figures.ts';
import { playbookFromAnchorPages } from '../../bench/anchor-content.ts';
import { type AnchorSite, type CompareSite, type CompareSize, roundOrder } from '../../bench/compare.ts';
import { type CpuProfile, type ProfileSummary, summarizeProfile } from '../../bench/cpu-profile.ts';
import type { BenchResult } from '../../bench/report.ts';
import { type SyntheticFiles, syntheticPlaybook } from '../../bench/synthetic-playbook.ts';
import type { LighthouseRow, WebRow } from '../../bench/web-cost.ts';
import { allAnswerPaths } from '../../playbook/chooser.ts';
import { chooserPath, homePath, searchPath } from '../../playbook/routes.ts';
import { readAccountRecord } from '../accounts/records.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { runAccountsBench } from './accounts-run.ts';
import { buildAnchor, generateAnchorText, locateAnchors, prepareAnchors } from './anchors.ts';
import { BenchError } from './bench-error.ts';
import { chromiumPath, launchBenchBrowser } from './browser.ts';
import { runBuild } from './build-run.ts';
import { measureDist } from './dist-size.ts';
import { lighthouseCli, runLighthouse } from './lighthouse.ts';
import { measurePageWeight, measureSearch } from './page-cost.ts';
import { serveSite } from './static-server.ts';

export interface CompareOptions {
  /** The anchors' folder (default ../shared/bench). */
  anchorsDir: string;
  /** Builds of each site at each size, medians compared; default 3 up to 1,000 pages, 1 above (as run.mjs). */
  rounds?: number;
  sites: AnchorSite[];
  /** Starlight's default sidebar is skipped above this many pages unless `sites` was given. */
  starlightDefaultUpTo: number;
}

export interface BenchOptions {
  projectRoot: string;
  /** Scratch folder of the benchmark (node_modules/.cache/x-playbook-bench). */
  benchDir: string;
  sizes: number[];
  seed: number;
  keep: boolean;
  query: string;
  searchRuns: number;
  lighthouse: boolean;
  /** Posts for the accounts pipeline, or 0 to leave it out. */
  accountsPosts: number;
  compare?: CompareOptions;
  /** Also build the comparison text once more under `node --cpu-prof` (not timed) and summarise it. */
  cpuProf: boolean;
}

export interface BenchReport {
  results: BenchResult[];
  web: WebRow[];
  lighthouse: LighthouseRow[];
  compare: CompareSize[];
  profiles: { pages: number; summary: ProfileSummary; file: string }[];
  accounts?: AccountsFigures;
}

function writeFiles(dir: string, files: SyntheticFiles): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [relative, text] of files) writeFileAtomic(path.join(dir, relative), text);
}

/** The pages Lighthouse scores: one of each template the issue names. */
function lighthousePages(samples: { businessType: string; play: string; account: string }) {
  const answers = allAnswerPaths().at(-1) ?? [];
  return [
    { template: 'home', path: homePath() },
    { template: 'business type', path: samples.businessType },
    { template: 'play', path: samples.play },
    { template: 'account', path: samples.account },
    { template: 'search', path: searchPath() },
    { template: 'chooser result', path: chooserPath(answers) },
  ];
}

export async function runBench(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<BenchReport> {
  const report: BenchReport = { results: [], web: [], lighthouse: [], compare: [], profiles: [] };
  const accountsDir = path.join(options.projectRoot, 'content/accounts');
  const template = readAccountRecord(
    path.join(
      accountsDir,
      fs
        .readdirSync(accountsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()[0] ?? '',
    ),
  );
  const synonymsFile = path.join(options.projectRoot, 'content/search-synonyms.yaml');
  const synonymsYaml = fs.existsSync(synonymsFile) ? fs.readFileSync(synonymsFile, 'utf8') : undefined;
  // Fail before the first build, not after it, when a part the flags ask for is missing.
  if (options.lighthouse) lighthouseCli(options.projectRoot);
  const anchorsScratch = path.join(options.benchDir, 'anchors');
  if (options.compare) {
    const source = locateAnchors(options.compare.anchorsDir);
    progress(`copying the anchor sites from ${source} to ${anchorsScratch}…`);
    prepareAnchors(source, anchorsScratch, progress);
  }
  const chrome = await chromiumPath();
  let browser: Browser | undefined;
  try {
    for (const pages of options.sizes) {
      // 1. The synthetic playbook in the real mix, built and measured.
      const dir = path.join(options.benchDir, `n${pages}-seed${options.seed}`);
      const contentDir = path.join(dir, 'content');
      const { files, summary } = syntheticPlaybook({ pages, seed: options.seed, accountTemplate: template });
      if (synonymsYaml !== undefined) files.set('search-synonyms.yaml', synonymsYaml);
      progress(`N = ${pages}: writing ${files.size} files…`);
      writeFiles(contentDir, files);
      progress(`N = ${pages}: building the synthetic playbook…`);
      const run = await runBuild({ projectRoot: options.projectRoot, contentDir, workDir: dir });
      fs.writeFileSync(path.join(dir, 'build.log'), run.log);
      if (run.code !== 0) {
        progress(run.log.split('\n').slice(-40).join('\n'));
        throw new BenchError(`the build of N = ${pages} failed (exit ${run.code}); its log is above`);
      }
      const dist = path.join(dir, 'dist');
      report.results.push({ pages, counts: summary.counts, run, dist: measureDist(dist) });
      progress(`N = ${pages}: built in ${(run.wallMs / 1000).toFixed(1)} s`);

      // 2. A content page's weight and a cold search, in Chromium, gzip as a host serves it.
      const server = await serveSite(dist);
      try {
        browser ??= await launchBenchBrowser();
        progress(`N = ${pages}: measuring page weight and ${options.searchRuns} cold searches in Chromium…`);
        const weights = [];
        for (const page of [summary.samples.guide, summary.samples.source])
          weights.push(await measurePageWeight(browser, server.origin, page));
        const search = await measureSearch(
          browser,
          server.origin,
          summary.samples.guide,
          options.query,
          options.searchRuns,
        );
        report.web.push({ pages, weights, search });
        if (options.lighthouse) {
          for (const { template: name, path: page } of lighthousePages(summary.samples)) {
            progress(`N = ${pages}: Lighthouse on ${name} (${page})…`);
            const result = await runLighthouse({
              projectRoot: options.projectRoot,
              chromePath: chrome,
              url: `${server.origin}${page}`,
              reportFile: path.join(
                options.benchDir,
                'lighthouse',
                `n${pages}-${name.replace(/ /g, '-')}.json`,
              ),
            });
            report.lighthouse.push({ pages, template: name, path: page, result });
          }
        }
      } finally {
        await server.close();
      }
      if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });

      // 3. The same generated text in x-playbook and in each anchor site, interleaved.
      if (options.compare)
        report.compare.push(await compareAt(pages, options, synonymsYaml, progress, report));
    }
  } finally {
    await browser?.close();
  }
  if (options.accountsPosts > 0) {
    progress(`accounts pipeline: ${options.accountsPosts.toLocaleString('en-US')} posts…`);
    report.accounts = runAccountsBench(options.projectRoot, options.accountsPosts);
  }
  return report;
}

async function compareAt(
  pages: number,
  options: BenchOptions,
  synonymsYaml: string | undefined,
  progress: (line: string) => void,
  report: BenchReport,
): Promise<CompareSize> {
  const compare = options.compare as CompareOptions;
  const scratch = path.join(options.benchDir, 'anchors');
  progress(`N = ${pages}: generating the anchors' text (gen-content.mjs)…`);
  const text = generateAnchorText(scratch, pages, options.seed);
  const playbook = playbookFromAnchorPages(text.pages, {
    seed: options.seed,
    ...(synonymsYaml ? { synonymsYaml } : {}),
  });
  const dir = path.join(options.benchDir, `compare-n${pages}-seed${options.seed}`);
  const contentDir = path.join(dir, 'content');
  writeFiles(contentDir, playbook.files);
  const size: CompareSize = { pages, words: text.words, builds: [], skipped: [] };
  const sites: CompareSite[] = ['x-playbook'];
  for (const site of compare.sites) {
    if (site === 'starlight' && pages > compare.starlightDefaultUpTo) {
      size.skipped.push({
        site,
        reason: `above ${compare.starlightDefaultUpTo} pages (every page lists every page: its dist grows with N², 2 GB at 3,000; name it in --anchor-sites to build it)`,
      });
    } else sites.push(site);
  }
  const rounds = compare.rounds ?? (pages <= 1000 ? 3 : 1);
  for (let round = 0; round < rounds; round++) {
    for (const site of roundOrder(sites, round)) {
      progress(`N = ${pages}: round ${round + 1}/${rounds}, building ${site}…`);
      const run =
        site === 'x-playbook'
          ? await runBuild({ projectRoot: options.projectRoot, contentDir, workDir: path.join(dir, 'build') })
          : await buildAnchor(scratch, site);
      if (site === 'x-playbook') fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
      if (run.code !== 0) {
        progress(run.log.split('\n').slice(-40).join('\n'));
        throw new BenchError(`the ${site} build of N = ${pages} failed (exit ${run.code}); its log is above`);
      }
      progress(`N = ${pages}: ${site} built in ${(run.wallMs / 1000).toFixed(1)} s`);
      size.builds.push({ site, round, wallMs: run.wallMs, peakRssBytes: run.peakRssBytes, cpuMs: run.cpuMs });
    }
  }
  if (options.cpuProf) {
    const profiles = path.join(options.benchDir, 'profiles', `compare-n${pages}`);
    fs.rmSync(profiles, { recursive: true, force: true });
    progress(`N = ${pages}: one more x-playbook build under --cpu-prof (not timed)…`);
    const run = await runBuild({
      projectRoot: options.projectRoot,
      contentDir,
      workDir: path.join(dir, 'build'),
      nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profiles],
    });
    fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
    if (run.code !== 0) throw new BenchError(`the profiled build of N = ${pages} failed (exit ${run.code})`);
    // The main thread's profile is the largest; worker threads (if any) write their own.
    const [main] = fs
      .readdirSync(profiles)
      .map((f) => path.join(profiles, f))
      .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
    if (main) {
      const profile = JSON.parse(fs.readFileSync(main, 'utf8')) as CpuProfile;
      report.profiles.push({ pages, summary: summarizeProfile(profile), file: main });
    }
  }
  if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
  return size;
}
