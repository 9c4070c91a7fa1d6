/** The import, audit, demo and resync scripts, run as npm would run them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { pseudonymFor } from '../../../src/lib/accounts/anonymize.ts';
import {
  businessTypeFor,
  loadAuditContext,
  recordFromArchive,
} from '../../../src/lib/node/accounts/pipeline.ts';
import { writeRawState, writeRawUser } from '../../../src/lib/node/accounts/raw-cache.ts';
import { readAccountRecords } from '../../../src/lib/node/accounts/records.ts';
import { accountRecordSchema } from '../../../src/schemas/account.ts';
import { runScript, scratchDirs } from '../../fixtures/accounts/run-script.ts';
import { type FakeXApi, makeFakeAccount, startFakeXApi } from '../../fixtures/fake-x-api.ts';

const BASIC = path.join(import.meta.dirname, '../../fixtures/accounts/archives/basic');
const NO_PROFILE = path.join(import.meta.dirname, '../../fixtures/accounts/archives/no-profile');

/** The no-profile fixture as the .zip its owner would hand over (data/ under the download folder). */
function noProfileZip(): string {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${e.name}/`);
      else files[`${rel}${e.name}`] = fs.readFileSync(path.join(dir, e.name));
    }
  };
  walk(NO_PROFILE, '');
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-no-profile-')), 'twitter-2026-03-20.zip');
  fs.writeFileSync(zip, zipSync(files, { level: 6 }));
  return zip;
}
const SALT = 'scripts-test-salt-0123456789';

describe('npm run accounts:import', () => {
  it('imports an archive, writes the record and the identifiers for the leak check', async () => {
    const dirs = scratchDirs();
    const result = await runScript(
      'accounts-import.ts',
      [
        '--archive',
        BASIC,
        '--business-type',
        'local-hospitality',
        '--site',
        'https://fixture-bakery.example',
      ],
      {
        PLAYBOOK_SALT: SALT,
        PLAYBOOK_CONTENT_DIR: dirs.contentDir,
        PLAYBOOK_RAW_DIR: dirs.rawDir,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*accounts\/[a-z]+-[a-z]+-[0-9a-f]{4}\.json/);
    expect(result.stdout).toMatch(/8 posts \(2026-02\), imported from the owner's X archive on/);
    const [saved] = readAccountRecords(dirs.contentDir);
    expect(saved?.record).toMatchObject({
      businessType: 'local-hospitality',
      illustrative: false,
      provenance: { source: 'archive', postCount: 8 },
    });
    expect(saved?.record.pseudonym).toBe(pseudonymFor('9876543210123', SALT));
    const ids = JSON.parse(
      fs.readFileSync(
        path.join(dirs.rawDir, `archive-${saved?.record.pseudonym}`, 'identifiers.json'),
        'utf8',
      ),
    );
    expect(ids.handles).toEqual(expect.arrayContaining(['fixture_baker', 'crumb_fan_01']));
    expect(ids.sites).toEqual(['https://fixture-bakery.example']);
    expect(JSON.stringify(ids)).not.toMatch(/Thanks so much|owner@/);
  });

  it('refuses to run without PLAYBOOK_SALT (exit 1) and needs exactly one source (exit 2)', async () => {
    const dirs = scratchDirs();
    const env = { PLAYBOOK_CONTENT_DIR: dirs.contentDir, PLAYBOOK_RAW_DIR: dirs.rawDir };
    const noSalt = await runScript(
      'accounts-import.ts',
      ['--archive', BASIC, '--business-type', 'local-trades'],
      env,
    );
    expect(noSalt.code).toBe(1);
    expect(noSalt.stderr).toMatch(/PLAYBOOK_SALT\] is not set[\s\S]*openssl rand -hex 32/);
    const both = await runScript(
      'accounts-import.ts',
      ['--archive', BASIC, '--raw', 'x', '--business-type', 'local-trades'],
      { ...env, PLAYBOOK_SALT: SALT },
    );
    expect(both.code).toBe(2);
  });
});

describe('npm run audit', () => {
  it('prints the gap report for a fixture archive in the terminal', async () => {
    const dirs = scratchDirs();
    const result = await runScript(
      'audit.ts',
      [
        '--archive',
        BASIC,
        '--business-type',
        'niche-product-maker',
        '--site',
        'https://fixture-bakery.example',
      ],
      {
        PLAYBOOK_CONTENT_DIR: dirs.contentDir,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Business type: Maker of a niche consumer product → recommended mode: broadcast-only/,
    );
    expect(result.stdout).toMatch(/Observed mode: hybrid \(confidence \d+%\) ✗ differs/);
    expect(result.stdout).toMatch(/Replies to other people\s+38%/);
    expect(result.stdout).toMatch(/Gaps \(\d+\)[\s\S]*replies-crowd-out-offers/);
    expect(result.stdout).not.toMatch(/fixture_baker|crumb_fan|Fixture Bakery/);
    expect(fs.existsSync(path.join(dirs.contentDir, 'accounts'))).toBe(false);
  });

  it('names the plays that address each gap, from the plays’ frontmatter', async () => {
    const dirs = scratchDirs();
    const result = await runScript('audit.ts', ['--archive', BASIC, '--business-type', 'local-trades'], {
      PLAYBOOK_CONTENT_DIR: dirs.contentDir,
    });
    expect(result.stdout).toMatch(
      /\[medium\] reply-share-low:[\s\S]*Plays: Answer every public question \(\/plays\/answer-every-question\/\); Keep a person behind the schedule/,
    );
  });

  it('prints the report as JSON that matches the account schema with --json', async () => {
    const dirs = scratchDirs();
    const result = await runScript(
      'audit.ts',
      ['--archive', BASIC, '--business-type', 'local-trades', '--json'],
      { PLAYBOOK_CONTENT_DIR: dirs.contentDir },
    );
    expect(result.code).toBe(0);
    const record = accountRecordSchema.parse(JSON.parse(result.stdout));
    expect(record.audit.recommendedMode).toBe('conversational');
  });

  it('re-audits an imported example by pseudonym, and exits 2 without a source', async () => {
    const dirs = scratchDirs();
    await runScript('accounts-demo.ts', [], {
      PLAYBOOK_CONTENT_DIR: dirs.contentDir,
      PLAYBOOK_RAW_DIR: dirs.rawDir,
    });
    const [first] = readAccountRecords(dirs.contentDir);
    const result = await runScript('audit.ts', ['--account', first?.record.pseudonym ?? ''], {
      PLAYBOOK_CONTENT_DIR: dirs.contentDir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`(${first?.record.pseudonym})`);
    expect((await runScript('audit.ts', [], { PLAYBOOK_CONTENT_DIR: dirs.contentDir })).code).toBe(2);
  });
});

describe('an archive without profile.js, with the files it lists as empty left out', () => {
  it('audits: one warning naming profile.js, a bio shown as unknown, no bio or website gap', async () => {
    const dirs = scratchDirs();
    const result = await runScript(
      'audit.ts',
      ['--archive', noProfileZip(), '--business-type', 'local-hospitality'],
      { PLAYBOOK_CONTENT_DIR: dirs.contentDir },
    );
    expect(result.code, result.stderr).toBe(0);
    const warnings = result.stderr.split('\n').filter((l) => /Warning:/.test(l));
    expect(warnings).toEqual([expect.stringMatching(/^ +Warning: data\/profile\.js is missing, so the bio/)]);
    expect(result.stderr).toMatch(
      /Note: data\/community-tweet\.js is listed in data\/manifest\.js with 0 entries/,
    );
    expect(result.stdout).toMatch(/Bio: says what \/ links site \/ states objective +unknown/);
    expect(result.stdout).toMatch(
      /Unknown from this data[\s\S]*the bio and its website link \(the archive has no profile\.js\)/,
    );
    expect(result.stdout).not.toMatch(/bio-incomplete|The profile has no website link/);
    expect(result.stdout).toMatch(/10 posts \(2026-03\), imported from the owner's X archive/);
  });

  it('imports: the record keeps the bio unknown and the identifiers hold the word-like handles', async () => {
    const dirs = scratchDirs();
    const result = await runScript(
      'accounts-import.ts',
      [
        '--archive',
        noProfileZip(),
        '--business-type',
        'local-hospitality',
        '--site',
        'https://corner-diner.example',
      ],
      { PLAYBOOK_SALT: SALT, PLAYBOOK_CONTENT_DIR: dirs.contentDir, PLAYBOOK_RAW_DIR: dirs.rawDir },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Warning: data\/profile\.js is missing/);
    const [saved] = readAccountRecords(dirs.contentDir);
    expect(saved?.record.profile.bio).toBeNull();
    expect(saved?.record.audit.gaps.map((g) => g.id)).not.toContain('bio-incomplete');
    const ids = JSON.parse(
      fs.readFileSync(
        path.join(dirs.rawDir, `archive-${saved?.record.pseudonym}`, 'identifiers.json'),
        'utf8',
      ),
    );
    expect(ids.handles).toEqual(expect.arrayContaining(['support', 'media', 'home', 'page', 'jo_bakes_22']));
  });
});

describe('npm run accounts:demo', () => {
  it('writes eight illustrative records, each classified as its archetype, and --check agrees', async () => {
    const dirs = scratchDirs();
    const env = { PLAYBOOK_CONTENT_DIR: dirs.contentDir, PLAYBOOK_RAW_DIR: dirs.rawDir };
    const result = await runScript('accounts-demo.ts', [], env);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^✓/gm)).toHaveLength(8);
    const records = readAccountRecords(dirs.contentDir);
    expect(records).toHaveLength(8);
    expect(records.every((r) => r.record.illustrative && r.record.archetype)).toBe(true);
    expect(fs.readdirSync(dirs.rawDir).sort()).toEqual(
      expect.arrayContaining(['demo-automation-only', 'demo-follower-chaser']),
    );
    expect((await runScript('accounts-demo.ts', ['--check'], env)).code).toBe(0);
    fs.writeFileSync(
      records[0]?.file ?? '',
      fs
        .readFileSync(records[0]?.file ?? '', 'utf8')
        .replace('"illustrative": true', '"illustrative": true '),
    );
    expect((await runScript('accounts-demo.ts', ['--check'], env)).code).toBe(1);
  });
});

describe('npm run accounts:resync', () => {
  let server: FakeXApi | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('keeps accounts that are still public and removes the record and cache of one that is gone', async () => {
    const token = 'resync-token-S3CRET-0123456';
    const alive = makeFakeAccount({ id: '111222333', username: 'still_here', name: 'Still Here', count: 5 });
    server = await startFakeXApi({ token, accounts: [alive] });
    const dirs = scratchDirs();
    const env = {
      X_BEARER_TOKEN: token,
      PLAYBOOK_SALT: SALT,
      PLAYBOOK_CONTENT_DIR: dirs.contentDir,
      PLAYBOOK_RAW_DIR: dirs.rawDir,
      X_API_BASE_URL: server.url,
    };
    const base = recordFromArchive(BASIC, {
      salt: SALT,
      playbook: loadAuditContext(dirs.contentDir),
      businessType: businessTypeFor(dirs.contentDir, loadAuditContext(dirs.contentDir), 'local-trades'),
      label: 'Local trades account',
      illustrative: false,
      siteUrl: null,
    }).record;
    // Two fetched accounts: one still on the fake X, one that has since been deleted.
    const gone = makeFakeAccount({ id: '444555666', username: 'gone_now', name: 'Gone Now', count: 5 });
    for (const account of [alive, gone]) {
      const dir = path.join(dirs.rawDir, account.user.username);
      writeRawUser(dir, { data: account.user });
      writeRawState(dir, {
        version: 1,
        handle: account.user.username,
        userId: account.user.id,
        fetchedAt: '2026-03-01T00:00:00.000Z',
        maxTweets: 3200,
        pages: [],
        stopReason: 'end',
      });
      const record = accountRecordSchema.parse({
        ...base,
        pseudonym: pseudonymFor(account.user.id, SALT),
        provenance: { ...base.provenance, source: 'api' },
      });
      fs.mkdirSync(path.join(dirs.contentDir, 'accounts'), { recursive: true });
      fs.writeFileSync(
        path.join(dirs.contentDir, 'accounts', `${record.pseudonym}.json`),
        JSON.stringify(record),
      );
    }
    const refused = await runScript('accounts-resync.ts', [], env);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/\$0\.020 \(2 user lookups/);
    const dry = await runScript('accounts-resync.ts', ['--yes', '--dry-run'], env);
    expect(dry.stdout).toMatch(/no longer exists; would remove/);
    expect(readAccountRecords(dirs.contentDir)).toHaveLength(2);
    const result = await runScript('accounts-resync.ts', ['--yes'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/still public/);
    expect(result.stdout).toMatch(/2 checked, 1 removed, 0 could not be checked/);
    expect(readAccountRecords(dirs.contentDir).map((r) => r.record.pseudonym)).toEqual([
      pseudonymFor(alive.user.id, SALT),
    ]);
    expect(fs.existsSync(path.join(dirs.rawDir, 'gone_now'))).toBe(false);
    expect(`${result.stdout}${result.stderr}`).not.toContain(token);
  });
  it('removes an account X now reports as suspended (a 200 whose only error is Forbidden)', async () => {
    const token = 'resync-token-S3CRET-suspended-01';
    const banned = {
      ...makeFakeAccount({ id: '777888999', username: 'banned_now', name: 'Banned Now', count: 5 }),
      lookupBody: {
        errors: [
          {
            parameter: 'id',
            resource_id: '777888999',
            value: '777888999',
            detail: 'User has been suspended: [777888999].',
            title: 'Forbidden',
            resource_type: 'user',
            type: 'https://api.twitter.com/2/problems/resource-not-found',
          },
        ],
      },
    };
    server = await startFakeXApi({ token, accounts: [banned] });
    const dirs = scratchDirs();
    const base = recordFromArchive(BASIC, {
      salt: SALT,
      playbook: loadAuditContext(dirs.contentDir),
      businessType: businessTypeFor(dirs.contentDir, loadAuditContext(dirs.contentDir), 'local-trades'),
      label: 'Local trades account',
      illustrative: false,
      siteUrl: null,
    }).record;
    const dir = path.join(dirs.rawDir, 'banned_now');
    writeRawUser(dir, { data: banned.user });
    writeRawState(dir, {
      version: 1,
      handle: 'banned_now',
      userId: banned.user.id,
      fetchedAt: '2026-03-01T00:00:00.000Z',
      maxTweets: 3200,
      pages: [],
      stopReason: 'end',
    });
    const record = accountRecordSchema.parse({
      ...base,
      pseudonym: pseudonymFor(banned.user.id, SALT),
      provenance: { ...base.provenance, source: 'api' },
    });
    fs.mkdirSync(path.join(dirs.contentDir, 'accounts'), { recursive: true });
    fs.writeFileSync(
      path.join(dirs.contentDir, 'accounts', `${record.pseudonym}.json`),
      JSON.stringify(record),
    );
    const result = await runScript('accounts-resync.ts', ['--yes'], {
      X_BEARER_TOKEN: token,
      PLAYBOOK_SALT: SALT,
      PLAYBOOK_CONTENT_DIR: dirs.contentDir,
      PLAYBOOK_RAW_DIR: dirs.rawDir,
      X_API_BASE_URL: server.url,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/the account is suspended; removed/);
    expect(readAccountRecords(dirs.contentDir)).toEqual([]);
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe('npm run bench:accounts', () => {
  it('prints the time to import and measure a synthetic archive', async () => {
    const result = await runScript('bench-accounts.ts', ['--posts', '2000', '--parts', '3'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Import \(unzip, parse, validate, normalize\)\s+[\d,]+ ms/);
    expect(result.stdout).toMatch(/Total for 2,000 posts\s+[\d,]+ ms/);
  });
});
