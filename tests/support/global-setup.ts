/**
 * Starts the build of the demo playbook (content/) for the e2e project, into a fresh folder under
 * the project's test cache, so the link check, the leak check and the browser tests all look at
 * one real, fresh build. Vitest runs it only when an e2e test is queued.
 *
 * The build runs while the unit and integration files do (the e2e files come in a later group,
 * see tests/vitest.config.ts): setup returns at once and writes the build's result to a file,
 * which `demoSiteBuilt()` (tests/support/demo-build.ts) waits for.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPlaybook, PROJECT_ROOT, scratchDir } from './build.ts';
import type { DemoBuildResult } from './demo-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoSite: { outDir: string; base: string; site: string; resultFile: string };
  }
}

export default function setup(project: TestProject) {
  // A fresh folder per run, so two test runs (or a run beside a build) never share files.
  const dir = scratchDir('demo-site');
  const outDir = path.join(dir, 'dist');
  const resultFile = path.join(dir, 'build-result.json');
  const config = JSON.parse(
    fs.readFileSync(path.join(PROJECT_ROOT, 'content/playbook.config.json'), 'utf8'),
  ) as {
    base?: string;
    site: string;
  };
  const building = buildPlaybook({ contentDir: path.join(PROJECT_ROOT, 'content'), outDir })
    .then((result): DemoBuildResult => ({ code: result.code, output: result.output }))
    .catch((error: unknown): DemoBuildResult => ({ code: null, output: String(error) }))
    .then((result) => fs.writeFileSync(resultFile, JSON.stringify(result)));
  project.provide('demoSite', { outDir, base: config.base ?? '/', site: config.site, resultFile });
  return async () => {
    await building;
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
