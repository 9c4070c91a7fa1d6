/**
 * npm run accounts:import -- --archive <zip or folder> --business-type <id>
 *
 * Imports an account owner's X data archive (or re-imports a fetch cache with --raw), then
 * anonymizes, measures, classifies and audits it, and writes content/accounts/<pseudonym>.json.
 */
import { provenanceLine } from '../src/lib/accounts/record.ts';
import {
  businessTypeFor,
  loadAuditContext,
  recordFromArchive,
  recordFromRawCache,
  writeArchiveIdentifiers,
} from '../src/lib/node/accounts/pipeline.ts';
import { readRawCache, resolveRawDir } from '../src/lib/node/accounts/raw-cache.ts';
import { writeAccountRecord } from '../src/lib/node/accounts/records.ts';
import { resolveSalt } from '../src/lib/node/accounts/salt.ts';
import { note, parseCli, runCli, say, UsageError } from '../src/lib/node/cli.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';
import { formatArchiveNotice } from '../src/lib/node/x/archive.ts';
import type { AccountRecord } from '../src/schemas/account.ts';

const HELP = `
Import an X data archive (or a cached fetch) and publish its anonymized figures.

Usage: npm run accounts:import -- --archive <zip or folder> --business-type <id> [options]
       npm run accounts:import -- --raw data/raw/<handle> --business-type <id>

  --archive <path>        the archive .zip X sends, or the folder it unpacks to
  --raw <dir>             a fetch cache written by accounts:fetch (no network is used)
  --business-type <id>    the account's business type (a file in content/business-types/)
  --site <url>            the account's own website (archives keep only a t.co link), so links
                          can be told apart into own site and other sites
  --label <text>          short label for the example (default: "<business type> account")
  -h, --help              show this help

Only data/tweets.js (or tweets-part<N>.js, or the older tweet.js), data/community-tweet.js,
data/note-tweet.js (the whole text of long posts), data/account.js, data/profile.js and
data/manifest.js (to notice a missing part) are read; direct messages, e-mail data and
everything else stay unread. The .zip may hold data/ under a top folder; an edited post counts
once, in its latest version. A file the manifest lists with 0 entries may be missing (noted);
without profile.js the bio is unknown (a warning; no bio or website gap is raised).
The archive's identifiers (never its text) are saved under data/raw/ for the build's leak check.

Environment: PLAYBOOK_SALT (required: the pseudonym key), PLAYBOOK_CONTENT_DIR, PLAYBOOK_RAW_DIR.
Exit codes: 0 done, 1 failed (message names the file and the fix), 2 usage error.
`;

await runCli(
  'accounts:import',
  async () => {
    const { values } = parseCli(process.argv.slice(2), {
      archive: { type: 'string' },
      raw: { type: 'string' },
      'business-type': { type: 'string' },
      site: { type: 'string' },
      label: { type: 'string' },
    });
    if (!values.archive === !values.raw) throw new UsageError('give exactly one of --archive or --raw');
    if (!values['business-type']) throw new UsageError('--business-type is required');
    if (values.site && !/^https?:\/\/[^/\s]+/.test(values.site))
      throw new UsageError('--site must be a URL such as https://example.com');
    const contentDir = resolveContentDir();
    const playbook = loadAuditContext(contentDir);
    const businessType = businessTypeFor(contentDir, playbook, values['business-type']);
    const context = {
      salt: resolveSalt({ demo: false }),
      playbook,
      businessType,
      label: values.label ?? `${businessType.title} account`,
      illustrative: false,
    };
    let record: AccountRecord;
    if (values.archive) {
      note(`Reading ${values.archive}…`);
      const started = performance.now();
      const built = recordFromArchive(values.archive, { ...context, siteUrl: values.site ?? null });
      record = built.record;
      for (const notice of built.notices) note(`  ${formatArchiveNotice(notice)}`);
      note(
        `  ${record.provenance.postCount.toLocaleString('en-US')} posts read and measured in ${Math.round(performance.now() - started)} ms.`,
      );
      if (!record.profile.siteKnown)
        note(
          '  The own site is unknown (archives keep only a t.co link): pass --site to measure self-promotion.',
        );
      const ids = writeArchiveIdentifiers(resolveRawDir(), record.pseudonym, built.identifiers);
      note(`  Identifiers for the leak check: ${ids}`);
    } else {
      record = recordFromRawCache(readRawCache(values.raw as string), context).record;
    }
    const file = writeAccountRecord(contentDir, record);
    say(`Wrote ${file}`);
    say(
      `  ${record.classification.mode} (confidence ${Math.round(record.classification.confidence * 100)}%), recommended ${record.audit.recommendedMode}; ${record.audit.gaps.length} gap(s).`,
    );
    say(`  ${provenanceLine(record)}`);
    return 0;
  },
  { help: HELP },
);
