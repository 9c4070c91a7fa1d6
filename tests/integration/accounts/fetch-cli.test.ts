/** `accounts:fetch` end to end: cost gate, a run killed mid-pagination that resumes, exit codes, no token in output. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAccountRecords } from '../../../src/lib/node/accounts/records.ts';
import { runScript, scratchDirs, startScript } from '../../fixtures/accounts/run-script.ts';
import { type FakeXApi, makeFakeAccount, startFakeXApi } from '../../fixtures/fake-x-api.ts';

const TOKEN = 'xpb-cli-token-S3CRET-abcdef0123456789';
const SALT = 'fetch-cli-test-salt-0123456789';
const shop = makeFakeAccount({
  id: '888000222',
  username: 'cli_shop',
  name: 'Cli Shop Owner',
  count: 250,
  site: 'https://cli-shop.example/',
});

let server: FakeXApi;
let dirs: { contentDir: string; rawDir: string };
let env: Record<string, string>;

beforeEach(async () => {
  server = await startFakeXApi({ token: TOKEN, accounts: [shop] });
  dirs = scratchDirs();
  env = {
    X_BEARER_TOKEN: TOKEN,
    PLAYBOOK_SALT: SALT,
    PLAYBOOK_CONTENT_DIR: dirs.contentDir,
    PLAYBOOK_RAW_DIR: dirs.rawDir,
    X_API_BASE_URL: server.url,
  };
});
afterEach(async () => {
  await server.close();
});

const args = ['--handle', 'cli_shop', '--business-type', 'local-trades', '--retry-delay', '10'];

describe('npm run accounts:fetch', () => {
  it('prints the estimated cost and fetches nothing without --yes or a covering --max-cost (exit 2)', async () => {
    const result = await runScript('accounts-fetch.ts', args, env);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      /Estimated X API cost: \$16\.01 \(1 user lookup × \$0\.010 \+ up to 3,200 posts × \$0\.005\)\. Nothing was fetched/,
    );
    expect(server.requests).toHaveLength(0);
    const capped = await runScript('accounts-fetch.ts', [...args, '--max-cost', '5'], env);
    expect(capped.code).toBe(2);
    expect(capped.stdout).toMatch(/over --max-cost \$5\.00/);
  });

  it('resumes a run killed mid-pagination with no post missing or duplicated', async () => {
    server.faults.push({ path: /\/tweets$/, skip: 2, times: 1, status: 0, hang: true });
    const first = startScript('accounts-fetch.ts', [...args, '--yes'], env);
    const stateFile = path.join(dirs.rawDir, 'cli_shop', 'state.json');
    for (let i = 0; i < 200; i++) {
      if (
        fs.existsSync(stateFile) &&
        JSON.parse(fs.readFileSync(stateFile, 'utf8')).pages.length === 2 &&
        server.requests.some((r) => r.status === -1)
      )
        break;
      await new Promise((r) => setTimeout(r, 50));
    }
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.code).toBeNull();
    expect(JSON.parse(fs.readFileSync(stateFile, 'utf8'))).toMatchObject({
      stopReason: null,
      pages: [{ resultCount: 100 }, { resultCount: 100 }],
    });

    const before = server.requests.length;
    const second = await runScript('accounts-fetch.ts', [...args, '--yes'], env);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Estimated X API cost: \$15\.00 \(up to 3,000 posts/);
    expect(second.stdout).toMatch(/Resuming: 2 page\(s\) with 200 posts already saved/);
    const resumed = server.requests.slice(before);
    expect(resumed.map((r) => r.path)).toEqual(['/2/users/888000222/tweets']);
    const pages = fs
      .readdirSync(path.join(dirs.rawDir, 'cli_shop'))
      .filter((f) => f.startsWith('page-'))
      .sort();
    const ids = pages.flatMap((f) =>
      JSON.parse(fs.readFileSync(path.join(dirs.rawDir, 'cli_shop', f), 'utf8')).data.map(
        (t: { id: string }) => t.id,
      ),
    );
    expect(ids).toHaveLength(250);
    expect(new Set(ids)).toEqual(new Set(shop.tweets.map((t) => t.id)));

    const [saved] = readAccountRecords(dirs.contentDir);
    expect(saved?.record.provenance).toMatchObject({ source: 'api', postCount: 250, complete: true });
    expect(second.stdout).toMatch(/250 posts \(2026-02\), fetched from the X API on \d{4}-\d\d-\d\d/);
  });

  it('exits 1 with an explanation on a 401, and never prints the token', async () => {
    const result = await runScript('accounts-fetch.ts', [...args, '--yes'], {
      ...env,
      X_BEARER_TOKEN: 'not-the-right-token-42',
    });
    expect(result.code).toBe(1);
    // The advice reads whole after the runner's redaction: no "[redacted]" where no token was.
    expect(result.stderr.trim()).toBe(
      "accounts:fetch: X rejected the bearer token while looking up @cli_shop (HTTP 401 Unauthorized). Check that X_BEARER_TOKEN holds your app's bearer token (developer portal › your app › Keys and tokens › bearer token), not the API key, the API secret or a user access token, and that it has not been regenerated or revoked since.",
    );
    expect(`${result.stdout}${result.stderr}`).not.toContain('not-the-right-token-42');
  });

  it('refuses to start without PLAYBOOK_SALT, before spending anything', async () => {
    const result = await runScript('accounts-fetch.ts', [...args, '--yes'], { ...env, PLAYBOOK_SALT: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PLAYBOOK_SALT\] is not set/);
    expect(server.requests).toHaveLength(0);
  });

  it('names the valid business types when given an unknown one (exit 1) and rejects bad options (exit 2)', async () => {
    const unknown = await runScript(
      'accounts-fetch.ts',
      ['--handle', 'cli_shop', '--business-type', 'bakery', '--yes'],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/has no business type "bakery"[\s\S]*use one of: b2b-sales-team/);
    const bad = await runScript('accounts-fetch.ts', ['--handel', 'x'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Run with --help/);
    const help = await runScript('accounts-fetch.ts', ['--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run accounts:fetch/);
  });

  it('keeps the token out of stdout, stderr, the cache and the record on a full run', async () => {
    const result = await runScript('accounts-fetch.ts', [...args, '--yes'], env);
    expect(result.code).toBe(0);
    const files = [
      ...fs.readdirSync(path.join(dirs.rawDir, 'cli_shop')).map((f) => path.join(dirs.rawDir, 'cli_shop', f)),
      ...readAccountRecords(dirs.contentDir).map((r) => r.file),
    ];
    const everything = [result.stdout, result.stderr, ...files.map((f) => fs.readFileSync(f, 'utf8'))].join(
      '\n',
    );
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(SALT);
  });
});
