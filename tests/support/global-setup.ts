/**
 * Builds the demo playbook (content/) once per test run into a temp folder, so the link check,
 * the leak check and the browser tests all look at one real, fresh build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPlaybook, PROJECT_ROOT } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoSite: { outDir: string; base: string; site: string; buildOutput: string };
  }
}

export default async function setup(project: TestProject) {
  // For a quick run of unit tests alone: XPB_SKIP_DEMO_BUILD=1 npm test -- tests/unit
  if (process.env.XPB_SKIP_DEMO_BUILD === '1') return;
  // A fresh folder per run, so two test runs (or a run beside a build) never share files.
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-demo-site-'));
  const config = JSON.parse(
    fs.readFileSync(path.join(PROJECT_ROOT, 'content/playbook.config.json'), 'utf8'),
  ) as { base?: string; site: string };
  const result = await buildPlaybook({ contentDir: path.join(PROJECT_ROOT, 'content'), outDir });
  if (result.code !== 0) throw new Error(`The demo playbook failed to build:\n${result.output}`);
  project.provide('demoSite', {
    outDir,
    base: config.base ?? '/',
    site: config.site,
    buildOutput: result.output,
  });
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}
