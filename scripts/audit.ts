/**
 * npm run audit -- --archive <path> --business-type <id> [--json]
 * npm run audit -- --account <file or pseudonym> [--json]
 *
 * Prints the account audit: observed mode and reasons, key figures, and the gaps against the
 * mode recommended for the business type, with the plays that address each gap. Nothing is
 * written: this is what a consultant runs on a client's archive.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { audit } from '../src/lib/accounts/audit.ts';
import { formatAuditReport } from '../src/lib/accounts/report.ts';
import {
  businessTypeFor,
  loadAuditContext,
  recordFromArchive,
  recordFromRawCache,
} from '../src/lib/node/accounts/pipeline.ts';
import { readRawCache } from '../src/lib/node/accounts/raw-cache.ts';
import { readAccountRecord, recordFile } from '../src/lib/node/accounts/records.ts';
import { SALT_ENV } from '../src/lib/node/accounts/salt.ts';
import { note, parseCli, runCli, say, UsageError } from '../src/lib/node/cli.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';
import { formatArchiveNotice } from '../src/lib/node/x/archive.ts';
import type { AccountRecord } from '../src/schemas/account.ts';

const HELP = `
Audit an account against the mode its business type calls for.

Usage: npm run audit -- --archive <zip or folder> --business-type <id> [--site <url>] [--json]
       npm run audit -- --raw data/raw/<handle> --business-type <id> [--json]
       npm run audit -- --account <content/accounts/<pseudonym>.json or pseudonym> [--business-type <id>] [--json]

  --archive <path>        an X data archive (.zip or unpacked folder)
  --raw <dir>             a fetch cache written by accounts:fetch
  --account <file|name>   an example already imported; re-audited against today's plays
  --business-type <id>    the business type (required with --archive and --raw)
  --site <url>            the account's own website, for archives
  --json                  print the report as JSON instead of text
  -h, --help              show this help

Nothing is written. Without PLAYBOOK_SALT a one-off key is used, so the pseudonym shown is
meaningless outside this run.
Exit codes: 0 done, 1 failed, 2 usage error.
`;

await runCli(
  'audit',
  async () => {
    const { values } = parseCli(process.argv.slice(2), {
      archive: { type: 'string' },
      raw: { type: 'string' },
      account: { type: 'string' },
      'business-type': { type: 'string' },
      site: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const sources = [values.archive, values.raw, values.account].filter(Boolean).length;
    if (sources !== 1) throw new UsageError('give exactly one of --archive, --raw or --account');
    const contentDir = resolveContentDir();
    const playbook = loadAuditContext(contentDir);

    let record: AccountRecord;
    if (values.account) {
      const file = fs.existsSync(values.account) ? values.account : recordFile(contentDir, values.account);
      if (!fs.existsSync(file)) throw new UsageError(`--account: no file ${values.account} and no ${file}`);
      const stored = readAccountRecord(file);
      const businessType = businessTypeFor(
        contentDir,
        playbook,
        values['business-type'] ?? stored.businessType,
      );
      record = {
        ...stored,
        businessType: businessType.id,
        audit: audit({
          metrics: stored.metrics,
          classification: stored.classification,
          profile: stored.profile,
          postCount: stored.provenance.postCount,
          recommendedMode: businessType.mode,
          modes: playbook.modes,
          plays: playbook.plays,
          preferredPlays: businessType.plays,
        }),
      };
    } else {
      if (!values['business-type'])
        throw new UsageError('--business-type is required with --archive and --raw');
      const businessType = businessTypeFor(contentDir, playbook, values['business-type']);
      const salt = process.env[SALT_ENV] || randomBytes(32).toString('hex');
      const context = {
        salt,
        playbook,
        businessType,
        label: `${businessType.title} account`,
        illustrative: false,
      };
      if (values.archive) {
        note(`Reading ${values.archive}…`);
        const built = recordFromArchive(values.archive, { ...context, siteUrl: values.site ?? null });
        for (const notice of built.notices) note(`  ${formatArchiveNotice(notice)}`);
        record = built.record;
      } else {
        record = recordFromRawCache(readRawCache(values.raw as string), context).record;
      }
    }
    if (values.json) {
      say(JSON.stringify(record, null, 2));
    } else {
      const businessType = businessTypeFor(contentDir, playbook, record.businessType);
      say(formatAuditReport(record, businessType.title));
    }
    return 0;
  },
  { help: HELP },
);
