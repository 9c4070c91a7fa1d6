/**
 * Safe builds with real `astro build` runs of the mini playbook: a second build in a folder where
 * one is running stops at once and names it; a build stopped with Ctrl+C mid-render, or one that
 * fails, leaves the previous site whole; a good build replaces it and leaves nothing behind.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { stagingPrefix, stopChildNow } from '../../src/lib/node/build/safe-build.ts';
import { type BuildResult, buildPlaybook, copyFixture, MINI_PLAYBOOK, scratchDir } from '../support/build.ts';

/** An output folder holding a previous "good" site, and the project folder builds run in. */
function previousSite(): { outDir: string; workDir: string } {
  const root = scratchDir('safe-build');
  const outDir = path.join(root, 'dist');
  fs.mkdirSync(outDir);
  fs.writeFileSync(path.join(outDir, 'index.html'), '<p>the previous build</p>');
  const workDir = path.join(root, 'work');
  fs.mkdirSync(workDir);
  return { outDir, workDir };
}

/** This output's staging folders: the parent folder is shared with other tests' builds, whose are theirs. */
const leftovers = (outDir: string) =>
  fs.readdirSync(path.dirname(outDir)).filter((name) => name.startsWith(stagingPrefix(outDir)));

async function waitFor(check: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('safe builds', () => {
  it('a second build in the same folder stops at once, naming the running one; the first completes', async () => {
    const { outDir, workDir } = previousSite();
    const lockFile = path.join(workDir, '.astro/build.lock');
    const contentDir = copyFixture(MINI_PLAYBOOK);
    let firstPid = 0;
    const first = buildPlaybook({
      contentDir,
      outDir,
      env: { PLAYBOOK_WORK_DIR: workDir },
      onStart: (child) => {
        firstPid = child.pid ?? 0;
      },
    });
    await waitFor(() => fs.existsSync(lockFile), 'the first build to take the lock');

    const startedSecond = Date.now();
    const second = await buildPlaybook({ contentDir, outDir, env: { PLAYBOOK_WORK_DIR: workDir } });
    expect(second.code, second.output).toBe(1);
    expect(second.output).toContain(`Another build is running in this folder: process ${firstPid}`);
    expect(second.output).toContain(`building ${outDir}`);
    expect(second.output).not.toMatch(NO_STACK);
    // "At once": before rendering anything (the first build is still running).
    expect(Date.now() - startedSecond).toBeLessThan(30_000);
    expect(fs.existsSync(lockFile), 'the second build must not remove the first one’s lock').toBe(true);

    const done = await first;
    expect(done.code, done.output).toBe(0);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).not.toContain('the previous build');
    expect(fs.existsSync(lockFile)).toBe(false);
    await waitFor(() => leftovers(outDir).length === 0, 'the old site to be removed', 10_000);
  });

  it('Ctrl+C during the render leaves the previous site whole and the folder free', async () => {
    const { outDir, workDir } = previousSite();
    const result = await buildPlaybook({
      contentDir: copyFixture(MINI_PLAYBOOK),
      outDir,
      env: { PLAYBOOK_WORK_DIR: workDir },
      onStart: (child) => {
        // Interrupt once the staging folder holds a rendered page: mid-render, not before. The
        // build adds and removes folders in it meanwhile, so a listing may fail: look again.
        const hasPage = (dir: string) => {
          try {
            return fs.readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.html'));
          } catch {
            return false;
          }
        };
        const staging = () =>
          leftovers(outDir)
            .map((name) => path.join(path.dirname(outDir), name))
            .find(hasPage);
        // If no page ever shows, the build finishes and the assertions below say so.
        void waitFor(() => staging() !== undefined, 'a rendered page', 120_000).then(
          () => child.kill('SIGINT'),
          () => {},
        );
      },
    });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(/SIGINT: build stopped; dist\/ keeps the previous build/);
    expect(fs.readdirSync(outDir)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>the previous build</p>');
    expect(leftovers(outDir)).toEqual([]);
    expect(fs.existsSync(path.join(workDir, '.astro/build.lock'))).toBe(false);
  });

  it('a failed build leaves the previous site whole, and a lock left by a dead build is taken over', async () => {
    const { outDir, workDir } = previousSite();
    // A lock left by a build that was killed outright (pid 2^22 + 1 is above Linux's pid limit).
    fs.mkdirSync(path.join(workDir, '.astro'));
    fs.writeFileSync(
      path.join(workDir, '.astro/build.lock'),
      JSON.stringify({ pid: 4_194_305, started: new Date().toISOString(), outDir }),
    );
    const contentDir = copyFixture(MINI_PLAYBOOK);
    const play = fs.readdirSync(path.join(contentDir, 'pages')).find((f) => f.endsWith('.mdx')) ?? '';
    const file = path.join(contentDir, 'pages', play);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 42'));

    const result = await buildPlaybook({ contentDir, outDir, env: { PLAYBOOK_WORK_DIR: workDir } });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(/took over the lock of an earlier build \(process 4194305\)/);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>the previous build</p>');
    expect(leftovers(outDir)).toEqual([]);
    expect(fs.existsSync(path.join(workDir, '.astro/build.lock'))).toBe(false);
  });

  // Pagefind runs while the short links, the policy, the share files and the site's leak check
  // are written (src/integrations/pagefind.ts). A stand-in for its program (Pagefind's npm package
  // honours PAGEFIND_EXTENDED_BINARY_PATH) shows what the build does when it fails or outlives one.
  // The stand-in's shell `script` may note its process id in `$MARKS/pid`; `$2` is the site.
  async function buildWithStandIn(
    script: string,
    options: { contentDir?: string; onStart?: (child: ChildProcess, marks: string) => void } = {},
  ): Promise<{ result: BuildResult; outDir: string; marks: string }> {
    const { outDir, workDir } = previousSite();
    const marks = scratchDir('fake-pagefind-marks');
    const program = path.join(scratchDir('fake-pagefind'), 'pagefind');
    fs.writeFileSync(program, `#!/bin/sh\nMARKS="${marks}"\n${script}\n`, { mode: 0o755 });
    const result = await buildPlaybook({
      contentDir: options.contentDir ?? copyFixture(MINI_PLAYBOOK),
      outDir,
      env: { PLAYBOOK_WORK_DIR: workDir, PAGEFIND_EXTENDED_BINARY_PATH: program },
      ...(options.onStart && { onStart: (child: ChildProcess) => options.onStart?.(child, marks) }),
    });
    return { result, outDir, marks };
  }

  /** The stand-in noted its id and has been stopped: gone, or a zombie until its new parent reaps it. */
  async function standInStopped(marks: string): Promise<void> {
    const pid = Number(fs.readFileSync(path.join(marks, 'pid'), 'utf8'));
    await waitFor(() => !isRunning(pid), 'the stopped Pagefind to be gone', 5_000);
  }

  const expectPreviousSiteWhole = (outDir: string) => {
    expect(fs.readdirSync(outDir)).toEqual(['index.html']);
    expect(leftovers(outDir)).toEqual([]);
  };

  it('a search index that cannot be built fails the build with Pagefind’s words, and the previous site stays', async () => {
    const { result, outDir } = await buildWithStandIn(
      'echo "Error: could not read the site (a stand-in for a test)" >&2\nexit 3',
    );
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(/Pagefind could not index .+ \(exit 3\):\s+Error: could not read the site/);
    expect(result.output).not.toMatch(NO_STACK);
    expectPreviousSiteWhole(outDir);
  });

  it('a build that fails while Pagefind runs stops it, and leaves the previous site whole', async () => {
    // A page the Content-Security-Policy cannot allow: the policy fails the build after Pagefind started.
    const contentDir = copyFixture(MINI_PLAYBOOK);
    fs.appendFileSync(
      path.join(contentDir, 'pages/start-here.mdx'),
      '\n<p style={{ color: "red" }}>Red text.</p>\n',
    );
    const started = Date.now();
    // Would write into the output long after the build has failed.
    const { result, outDir, marks } = await buildWithStandIn(
      'echo $$ > "$MARKS/pid"\nsleep 60\nmkdir -p "$2/pagefind" && echo late > "$2/pagefind/late.txt"\necho late > "$MARKS/late"',
      { contentDir },
    );
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(/style attribute/);
    // It did not wait for the stand-in's minute.
    expect(Date.now() - started).toBeLessThan(55_000);
    await standInStopped(marks);
    expect(fs.existsSync(path.join(marks, 'late'))).toBe(false);
    expectPreviousSiteWhole(outDir);
  });

  it('Ctrl+C while Pagefind indexes stops it too, and leaves the previous site whole', async () => {
    // Writes into the site's folders as Pagefind does, until it is stopped.
    const { result, outDir, marks } = await buildWithStandIn(
      'echo $$ > "$MARKS/pid"\nwhile true; do mkdir -p "$2/pagefind/fragment" && date +%s%N > "$2/pagefind/fragment/now"; done',
      {
        onStart: (child, marks) => {
          void waitFor(() => fs.existsSync(path.join(marks, 'pid')), 'Pagefind to start', 120_000).then(
            () => child.kill('SIGINT'),
            () => {},
          );
        },
      },
    );
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(/SIGINT: build stopped; dist\/ keeps the previous build/);
    await standInStopped(marks);
    // Had it kept writing, it would have made the staging folder again by now.
    await sleep(200);
    expectPreviousSiteWhole(outDir);
  });
});

describe('stopChildNow', () => {
  it('stops a child that keeps writing, from code that cannot wait, and returns once it writes no more', async () => {
    const file = path.join(scratchDir('stop-child'), 'count.txt');
    // Writes a growing count as fast as it can, as Pagefind writes its index.
    const child = spawn(process.execPath, [
      '-e',
      `const fs = require('node:fs'); let n = 0; for (;;) fs.writeFileSync(${JSON.stringify(file)}, String(n++));`,
    ]);
    await waitFor(
      () => fs.existsSync(file) && Number(fs.readFileSync(file, 'utf8')) > 100,
      'the child to write',
    );
    const started = Date.now();
    stopChildNow(child);
    expect(Date.now() - started).toBeLessThan(1_000);
    const last = fs.readFileSync(file, 'utf8');
    await sleep(200);
    expect(fs.readFileSync(file, 'utf8')).toBe(last);
    // A child that has already exited is left alone, at once.
    stopChildNow(child);
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
