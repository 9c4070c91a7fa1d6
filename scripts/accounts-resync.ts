/**
 * npm run accounts:resync [-- --yes | --max-cost USD] [--dry-run]
 *
 * Re-checks that every account fetched from the X API still exists and is public, and removes
 * the derived record (and the raw cache) of any that does not, so the next build drops it.
 */
import fs from 'node:fs';
import { pseudonymFor } from '../src/lib/accounts/anonymize.ts';
import { costGate, estimateCost } from '../src/lib/accounts/cost.ts';
import { removeRecordFile } from '../src/lib/node/accounts/pipeline.ts';
import { listRawCaches, readRawState, resolveRawDir } from '../src/lib/node/accounts/raw-cache.ts';
import { readAccountRecords } from '../src/lib/node/accounts/records.ts';
import { resolveSalt } from '../src/lib/node/accounts/salt.ts';
import { note, numberOption, parseCli, runCli, say } from '../src/lib/node/cli.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';
import { TOKEN_ENV } from '../src/lib/node/secrets.ts';
import { createXClient, xApi } from '../src/lib/node/x/client.ts';
import { BASE_URL_ENV, XFetchError } from '../src/lib/node/x/errors.ts';
import { DEFAULT_RETRY } from '../src/lib/node/x/retry.ts';

const HELP = `
Check that each fetched example account still exists and is public; remove those that are not.

Usage: npm run accounts:resync -- [--yes | --max-cost <usd>] [--dry-run]

  --yes               accept the estimated cost ($0.01 a user lookup)
  --max-cost <usd>    accept the cost if it is at most this many dollars
  --dry-run           report what would be removed, remove nothing
  --api-base <url>    X API base URL (default $${BASE_URL_ENV}, else https://api.x.com)
  --retry-delay <ms>  first back-off after a 5xx (default 2000)
  -h, --help          show this help

Illustrative examples (accounts:demo) and archive imports are skipped: the first are
generated, the second are the owner's own data. A record whose account is deleted,
suspended or protected is removed with its raw cache under data/raw/.
Environment: ${TOKEN_ENV}, PLAYBOOK_SALT (to match records to caches), PLAYBOOK_CONTENT_DIR, PLAYBOOK_RAW_DIR.
Exit codes: 0 done, 1 failed or a record could not be checked, 2 usage error or cost not accepted.
`;

await runCli(
  'accounts:resync',
  async () => {
    const { values } = parseCli(process.argv.slice(2), {
      yes: { type: 'boolean', default: false },
      'max-cost': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'api-base': { type: 'string' },
      'retry-delay': { type: 'string' },
    });
    const contentDir = resolveContentDir();
    const rawDir = resolveRawDir();
    const records = readAccountRecords(contentDir).filter(
      ({ record }) => !record.illustrative && record.provenance.source === 'api',
    );
    if (records.length === 0) {
      say('No fetched (non-illustrative) accounts to re-check.');
      return 0;
    }
    const salt = resolveSalt({ demo: false });
    const caches = new Map<string, { dir: string; userId: string; handle: string }>();
    for (const dir of listRawCaches(rawDir)) {
      const state = readRawState(dir);
      if (state && !state.demoArchetype)
        caches.set(pseudonymFor(state.userId, salt), { dir, userId: state.userId, handle: state.handle });
    }
    const decision = costGate(estimateCost(0, records.length), {
      yes: values.yes,
      maxCost: values['max-cost'] === undefined ? null : numberOption(values['max-cost'], 'max-cost', 0),
    });
    say(decision.message);
    if (!decision.allowed) return 2;

    const token = process.env[TOKEN_ENV] ?? '';
    const api = xApi({
      client: createXClient({ token, baseUrl: values['api-base'] ?? process.env[BASE_URL_ENV] ?? null }),
      secrets: [token],
      log: note,
      policy: {
        ...DEFAULT_RETRY,
        baseDelayMs: numberOption(values['retry-delay'], 'retry-delay', DEFAULT_RETRY.baseDelayMs),
      },
    });
    let unchecked = 0;
    let removed = 0;
    for (const { file, record } of records) {
      const cache = caches.get(record.pseudonym);
      if (!cache) {
        note(
          `  ${record.pseudonym}: no raw cache matches it under ${rawDir} (or PLAYBOOK_SALT changed), so it cannot be re-checked. Refetch it or remove ${file}.`,
        );
        unchecked++;
        continue;
      }
      let gone: string | null = null;
      try {
        const user = await api.userById(cache.userId);
        if (user.data?.protected) gone = 'is now protected';
      } catch (error) {
        if (error instanceof XFetchError && (error.kind === 'not-found' || error.kind === 'suspended'))
          gone = error.kind === 'suspended' ? 'is suspended' : 'no longer exists';
        else throw error;
      }
      if (!gone) {
        say(`  ${record.pseudonym}: still public.`);
        continue;
      }
      removed++;
      if (values['dry-run']) {
        say(`  ${record.pseudonym}: the account ${gone}; would remove ${file} and ${cache.dir}.`);
        continue;
      }
      removeRecordFile(file);
      fs.rmSync(cache.dir, { recursive: true, force: true });
      say(
        `  ${record.pseudonym}: the account ${gone}; removed ${file} and its raw cache. Rebuild to drop the page.`,
      );
    }
    say(
      `${records.length} checked, ${removed} ${values['dry-run'] ? 'to remove' : 'removed'}, ${unchecked} could not be checked.`,
    );
    return unchecked > 0 ? 1 : 0;
  },
  { help: HELP },
);
