/**
 * Lighthouse (the npm package) on one page, with the mobile preset and simulated throttling (its
 * defaults), in the Chromium the tests use. Run through its CLI with CHROME_PATH set, the way
 * ../shared/bench/measure-page.mjs found to work (the CLI's --chrome-path flag is not honoured);
 * the scores are read from its JSON report by src/lib/bench/web-cost.ts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LIGHTHOUSE_CATEGORIES, type LighthouseScores, lighthouseScores } from '../../bench/web-cost.ts';
import { BenchError } from './bench-error.ts';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function lighthouseCli(projectRoot: string): string {
  const cli = path.join(projectRoot, 'node_modules/lighthouse/cli/index.js');
  if (!fs.existsSync(cli))
    throw new BenchError(`Lighthouse is not installed (${cli} is missing): run npm install`);
  return cli;
}

/** Scores of one page, or the reason there are none; the JSON report is kept at `reportFile`. */
export async function runLighthouse(options: {
  projectRoot: string;
  chromePath: string;
  url: string;
  reportFile: string;
}): Promise<LighthouseScores | { error: string }> {
  fs.mkdirSync(path.dirname(options.reportFile), { recursive: true });
  let log = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        lighthouseCli(options.projectRoot),
        options.url,
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${options.reportFile}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: options.chromePath }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0 || !fs.existsSync(options.reportFile))
    return { error: `lighthouse exited ${code}: ${log.trim().split('\n').slice(-3).join(' ')}` };
  const report = JSON.parse(fs.readFileSync(options.reportFile, 'utf8'));
  if (report.runtimeError?.message) return { error: `lighthouse: ${report.runtimeError.message}` };
  return lighthouseScores(report);
}
