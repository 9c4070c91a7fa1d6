/**
 * The demo site built by the e2e global setup, once its build has finished: e2e tests await
 * `demoSiteBuilt()` before they look at it, and fail with the build's output if it failed.
 */
import fs from 'node:fs';
import { inject } from 'vitest';

export interface DemoBuildResult {
  code: number | null;
  output: string;
}

export interface BuiltDemoSite {
  outDir: string;
  base: string;
  site: string;
  buildOutput: string;
}

const POLL_MS = 200;
const LIMIT_MS = 170_000;

export async function demoSiteBuilt(): Promise<BuiltDemoSite> {
  const site = inject('demoSite');
  const started = Date.now();
  while (!fs.existsSync(site.resultFile)) {
    if (Date.now() - started > LIMIT_MS)
      throw new Error('The demo playbook did not finish building in time.');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const result = JSON.parse(fs.readFileSync(site.resultFile, 'utf8')) as DemoBuildResult;
  if (result.code !== 0) throw new Error(`The demo playbook failed to build:\n${result.output}`);
  return { outDir: site.outDir, base: site.base, site: site.site, buildOutput: result.output };
}
