/**
 * Three projects, so each kind of test runs at the speed it can:
 * - unit: pure logic and the content check on fixture folders; many files at once.
 * - integration: fixture playbooks built with `astro build`, scripts run as child processes and
 *   the fake X API on 127.0.0.1; two files at a time, each build in its own work folder.
 * - e2e: the demo playbook, built once by the project's global setup (only when an e2e test is
 *   queued), checked by the link checker and driven in a real Chromium (each file its own
 *   browser and static server over the same read-only build).
 * Unit and integration files share a pool of two workers while the demo site builds; the e2e
 * files follow, two at a time.
 * `npm test` runs all three; `npm test -- --project unit` runs one.
 */
import { defineConfig } from 'vitest/config';

// The builds and scripts the tests start are Node processes that compile the same modules every
// time; Node's compile cache (inherited through the environment) halves their start-up.
process.env.NODE_COMPILE_CACHE ??= new URL(
  '../node_modules/.cache/node-compile-cache',
  import.meta.url,
).pathname;

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    projects: [
      // Pure and file-based tests share nothing mutable between files: no need for a fresh worker each.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'integration',
          // Each build gets its own work folder (PLAYBOOK_WORK_DIR), so two can run at once.
          include: ['tests/integration/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // After the unit and integration files: the demo build started by the global setup
          // runs beside them, and is done by the time these files look at it.
          sequence: { groupOrder: 1 },
          // What a browser test waits for (a lazy image, a :target, a URL) can take more than
          // vitest's default 1 s on a busy shared machine; a real failure still fails, later.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
