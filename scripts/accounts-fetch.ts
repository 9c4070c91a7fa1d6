/**
 * npm run accounts:fetch -- --handle <name> --business-type <id> [--max-tweets N] [--yes | --max-cost USD]
 *
 * Fetches a public account's timeline from the X API into the raw cache (resumable), then
 * anonymizes, measures, classifies and audits it, and writes content/accounts/<pseudonym>.json.
 */
import { costGate } from '../src/lib/accounts/cost.ts';
import { provenanceLine } from '../src/lib/accounts/record.ts';
import { PlaybookError } from '../src/lib/errors.ts';
import { fetchAccount, planFetch } from '../src/lib/node/accounts/fetch-account.ts';
import { businessTypeFor, loadAuditContext, recordFromRawCache } from '../src/lib/node/accounts/pipeline.ts';
import { resolveRawDir } from '../src/lib/node/accounts/raw-cache.ts';
import { writeAccountRecord } from '../src/lib/node/accounts/records.ts';
import { resolveSalt } from '../src/lib/node/accounts/salt.ts';
import { note, numberOption, parseCli, runCli, say, UsageError } from '../src/lib/node/cli.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';
import { TOKEN_ENV } from '../src/lib/node/secrets.ts';
import { createXClient, xApi } from '../src/lib/node/x/client.ts';
import { BASE_URL_ENV } from '../src/lib/node/x/errors.ts';
import { DEFAULT_RETRY } from '../src/lib/node/x/retry.ts';

const HELP = `
Fetch an X account's recent posts and publish its anonymized figures.

Usage: npm run accounts:fetch -- --handle <name> --business-type <id> [options]

  --handle <name>         the account's handle, without the @
  --business-type <id>    its business type (a file in content/business-types/)
  --max-tweets <n>        most recent posts to read (default 3200, the most X returns)
  --label <text>          short label for the example (default: "<business type> account")
  --yes                   accept the estimated API cost
  --max-cost <usd>        accept the estimated cost if it is at most this many dollars
  --max-wait <seconds>    longest single wait for a rate limit before stopping (default 900):
                          until its reset, or one backoff when X gives no reset time ahead
  --retry-delay <ms>      first back-off after a 5xx or dropped connection (default 2000)
  --api-base <url>        X API base URL (default $${BASE_URL_ENV}, else https://api.x.com)
  -h, --help              show this help

Reading the API costs money (about $0.005 a post and $0.01 a user lookup): the estimate is
printed first and nothing is fetched unless --yes or --max-cost covers it. Raw responses are
cached under data/raw/<handle>/ (git-ignored); a rerun resumes where the last one stopped.

Environment: ${TOKEN_ENV} (required), PLAYBOOK_SALT (required: the pseudonym key),
PLAYBOOK_CONTENT_DIR, PLAYBOOK_RAW_DIR.
Exit codes: 0 done, 1 failed (message says why), 2 usage error or cost not accepted.
No paid API access? Import the owner's archive instead: npm run accounts:import -- --help
`;

await runCli(
  'accounts:fetch',
  async () => {
    const { values } = parseCli(process.argv.slice(2), {
      handle: { type: 'string' },
      'business-type': { type: 'string' },
      'max-tweets': { type: 'string' },
      label: { type: 'string' },
      yes: { type: 'boolean', default: false },
      'max-cost': { type: 'string' },
      'max-wait': { type: 'string' },
      'retry-delay': { type: 'string' },
      'api-base': { type: 'string' },
    });
    const handle = values.handle?.replace(/^@/, '');
    if (!handle || !/^[A-Za-z0-9_]{1,15}$/.test(handle))
      throw new UsageError('--handle must be an X handle (letters, digits, _; up to 15)');
    if (!values['business-type']) throw new UsageError('--business-type is required');
    const maxTweets = Math.floor(numberOption(values['max-tweets'], 'max-tweets', 3200));
    const maxCost = values['max-cost'] === undefined ? null : numberOption(values['max-cost'], 'max-cost', 0);
    const maxWaitMs = numberOption(values['max-wait'], 'max-wait', 900) * 1000;
    const retryDelay = numberOption(values['retry-delay'], 'retry-delay', DEFAULT_RETRY.baseDelayMs);

    const contentDir = resolveContentDir();
    const playbook = loadAuditContext(contentDir);
    const businessType = businessTypeFor(contentDir, playbook, values['business-type']);
    const salt = resolveSalt({ demo: false });
    const rawDir = resolveRawDir();

    // Everything that can fail without the network fails before the cost question.
    const token = process.env[TOKEN_ENV] ?? '';
    const client = createXClient({ token, baseUrl: values['api-base'] ?? process.env[BASE_URL_ENV] ?? null });
    const plan = planFetch(rawDir, handle, maxTweets);
    const decision = costGate(plan.estimate, { yes: values.yes, maxCost });
    say(decision.message);
    if (!decision.allowed) return 2;

    const api = xApi({
      client,
      secrets: [token],
      log: say,
      policy: { ...DEFAULT_RETRY, baseDelayMs: retryDelay, maxWaitMs },
    });
    const result = await fetchAccount({ api, rawDir, handle, maxTweets, log: say, maxWaitMs });
    if (result.check.status === 'truncated') {
      throw new PlaybookError(
        result.check.problems.map((message) => ({
          file: plan.dir,
          message,
          fix: 'rerun the same command to resume.',
        })),
        'The timeline is incomplete, so no figures were published',
      );
    }
    const { record } = recordFromRawCache(result.cache, {
      salt,
      playbook,
      businessType,
      label: values.label ?? `${businessType.title} account`,
      illustrative: false,
    });
    const file = writeAccountRecord(contentDir, record);
    say(`Wrote ${file}`);
    say(
      `  ${record.classification.mode} (confidence ${Math.round(record.classification.confidence * 100)}%), recommended ${record.audit.recommendedMode}; ${record.audit.gaps.length} gap(s).`,
    );
    say(`  ${provenanceLine(record)}`);
    if (result.check.limitedBy === 'max-tweets')
      note(`  Stopped at --max-tweets ${maxTweets}: the figures describe the most recent posts only.`);
    if (result.check.limitedBy === 'x-timeline')
      note(
        `  X's timeline stopped at ${result.check.postCount.toLocaleString('en-US')} posts, fewer than the account shows (X returns at most the 3,200 most recent): the figures describe the most recent posts only. For the whole history, import the owner’s archive.`,
      );
    return 0;
  },
  { help: HELP },
);
