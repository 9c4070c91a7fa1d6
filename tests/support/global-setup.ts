/**
 * Builds the demo playbook (content/) once per run of the e2e project, into a fresh folder under
 * the project's test cache, so the link check, the leak check and the browser tests all look at
 * one real, fresh build. Vitest runs it only when an e2e test is queued.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPlaybook, PROJECT_ROOT, scratchDir } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoSite: { outDir: string; base: string; site: string; buildOutput: string };
  }
}

export default async function setup(project: TestProject) {
  // A fresh folder per run, so two test runs (or a run beside a build) never share files.
  const outDir = path.join(scratchDir('demo-site'), 'dist');
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
  return () => fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
}
