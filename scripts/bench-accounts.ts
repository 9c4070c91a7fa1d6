/**
 * npm run bench:accounts [-- --posts 100000]
 *
 * Times the archive path on a synthetic X archive: reading the zip and parsing the tweets files
 * (import), then anonymizing, measuring, classifying and auditing (measure).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { anonymizeTimeline } from '../src/lib/accounts/anonymize.ts';
import { audit } from '../src/lib/accounts/audit.ts';
import { classify } from '../src/lib/accounts/classify.ts';
import { mulberry32 } from '../src/lib/accounts/demo/random.ts';
import { activity, measure } from '../src/lib/accounts/measure.ts';
import { SEQUENCE_LIMIT, snowflakeAt } from '../src/lib/accounts/snowflake.ts';
import { loadAuditContext } from '../src/lib/node/accounts/pipeline.ts';
import { numberOption, parseCli, runCli, say } from '../src/lib/node/cli.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';
import { importArchive } from '../src/lib/node/x/archive.ts';

const HELP = `
Benchmark importing and measuring a large X archive.

Usage: npm run bench:accounts -- [--posts <n>] [--parts <n>] [--keep]

  --posts <n>   posts in the synthetic archive (default 100000)
  --parts <n>   tweets files to split them over (default 2: tweets.js, tweets-part1.js)
  --keep        keep the generated archive and print its path
  -h, --help    show this help
Exit codes: 0 done, 1 failed, 2 usage error.
`;

const WORDS =
  'bread oven market morning fresh order table coffee friday weekend sourdough pastry delivery shop local team thanks today new batch special menu'.split(
    ' ',
  );

function archiveDate(ms: number): string {
  const d = new Date(ms);
  const [day, month] = [d.toUTCString().slice(0, 3), d.toUTCString().slice(8, 11)];
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${day} ${month} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

/** Archive-shaped tweets, newest first, roughly the size and shape of real entries. */
function syntheticTweets(count: number): unknown[] {
  const rand = mulberry32(42);
  const end = Date.UTC(2026, 1, 20);
  const tweets: unknown[] = [];
  let at = end;
  for (let i = 0; i < count; i++) {
    at -= Math.floor(rand() * 40 * 60_000);
    const id = snowflakeAt(at, i % SEQUENCE_LIMIT);
    const person = `user_${Math.floor(rand() * 5000)}`;
    const roll = rand();
    const words = Array.from(
      { length: 6 + Math.floor(rand() * 12) },
      () => WORDS[Math.floor(rand() * WORDS.length)],
    ).join(' ');
    const base = {
      edit_info: {
        initial: {
          editTweetIds: [id],
          editableUntil: '2026-02-20T10:00:00.000Z',
          editsRemaining: '5',
          isEditEligible: true,
        },
      },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      display_text_range: ['0', '140'],
      favorite_count: String(Math.floor(rand() * 40)),
      retweet_count: String(Math.floor(rand() * 5)),
      id_str: id,
      id,
      truncated: false,
      created_at: archiveDate(at),
      favorited: false,
      lang: 'en',
    };
    if (roll < 0.15) {
      tweets.push({
        tweet: {
          ...base,
          full_text: `RT @${person}: ${words}`,
          entities: {
            hashtags: [],
            symbols: [],
            urls: [],
            user_mentions: [
              { name: 'Someone', screen_name: person, indices: ['3', '12'], id_str: '1', id: '1' },
            ],
          },
        },
      });
    } else if (roll < 0.55) {
      const parent = snowflakeAt(at - 3_600_000);
      tweets.push({
        tweet: {
          ...base,
          full_text: `@${person} ${words}`,
          in_reply_to_status_id_str: parent,
          in_reply_to_status_id: parent,
          in_reply_to_user_id_str: '77',
          in_reply_to_user_id: '77',
          in_reply_to_screen_name: person,
          entities: {
            hashtags: [],
            symbols: [],
            urls: [],
            user_mentions: [
              { name: 'Someone', screen_name: person, indices: ['0', '9'], id_str: '77', id: '77' },
            ],
          },
        },
      });
    } else {
      const link =
        rand() < 0.4
          ? [
              {
                url: 'https://t.co/abcdef',
                expanded_url:
                  rand() < 0.5 ? 'https://bench-bakery.example/menu' : 'https://news.example/story',
                display_url: 'x',
                indices: ['100', '123'],
              },
            ]
          : [];
      tweets.push({
        tweet: {
          ...base,
          full_text: `${words} #bakery`,
          entities: {
            hashtags: [{ text: 'bakery', indices: ['90', '97'] }],
            symbols: [],
            urls: link,
            user_mentions: [],
          },
        },
      });
    }
  }
  return tweets;
}

await runCli(
  'bench:accounts',
  async () => {
    const { values } = parseCli(process.argv.slice(2), {
      posts: { type: 'string' },
      parts: { type: 'string' },
      keep: { type: 'boolean', default: false },
    });
    const posts = Math.floor(numberOption(values.posts, 'posts', 100_000));
    const parts = Math.floor(numberOption(values.parts, 'parts', 2));
    say(`Generating a synthetic archive of ${posts.toLocaleString('en-US')} posts in ${parts} file(s)…`);
    const tweets = syntheticTweets(posts);
    const encoder = new TextEncoder();
    const files: Record<string, Uint8Array> = {
      'data/account.js': encoder.encode(
        `window.YTD.account.part0 = ${JSON.stringify([{ account: { email: 'bench@example.com', username: 'bench_bakery', accountId: '424242424242', accountDisplayName: 'Bench Bakery' } }], null, 2)}`,
      ),
      'data/profile.js': encoder.encode(
        `window.YTD.profile.part0 = ${JSON.stringify([{ profile: { description: { bio: 'Bakery in town baking bread every morning. Order online.', website: 'https://t.co/site' } } }], null, 2)}`,
      ),
      'data/direct-messages.js': encoder.encode('window.YTD.direct_messages.part0 = []'),
    };
    const per = Math.ceil(tweets.length / parts);
    for (let part = 0; part < parts; part++) {
      const name = part === 0 ? 'data/tweets.js' : `data/tweets-part${part}.js`;
      files[name] = encoder.encode(
        `window.YTD.tweets.part${part} = ${JSON.stringify(tweets.slice(part * per, (part + 1) * per), null, 2)}`,
      );
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-bench-'));
    const zip = path.join(dir, 'archive.zip');
    fs.writeFileSync(zip, zipSync(files, { level: 6 }));
    const rawBytes = Object.values(files).reduce((n, f) => n + f.length, 0);
    say(
      `  ${(rawBytes / 1e6).toFixed(1)} MB of scripts, ${(fs.statSync(zip).size / 1e6).toFixed(1)} MB zipped.`,
    );

    const { modes } = loadAuditContext(resolveContentDir());
    const t0 = performance.now();
    const timeline = importArchive(zip, { siteUrl: 'https://bench-bakery.example' });
    const t1 = performance.now();
    const anonymized = anonymizeTimeline(timeline, { salt: 'bench-salt-0123456789abcdef' });
    const t2 = performance.now();
    const metrics = measure(anonymized);
    const classification = classify(metrics, anonymized.posts.length, modes);
    audit({
      metrics,
      classification,
      profile: anonymized.profile,
      postCount: anonymized.posts.length,
      recommendedMode: 'hybrid',
      modes,
      plays: [],
    });
    activity(anonymized);
    const t3 = performance.now();

    const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
    const rows: [string, string][] = [
      [
        'Import (unzip, parse, validate, normalize)',
        `${ms(t1 - t0)} (${Math.round(timeline.posts.length / ((t1 - t0) / 1000)).toLocaleString('en-US')} posts/s)`,
      ],
      ['Anonymize', ms(t2 - t1)],
      ['Measure, classify, audit', ms(t3 - t2)],
      [
        `Total for ${timeline.posts.length.toLocaleString('en-US')} posts`,
        `${ms(t3 - t0)} (classified ${classification.mode})`,
      ],
    ];
    for (const [label, value] of rows) say(`${label.padEnd(44)} ${value}`);
    if (values.keep) say(`Archive kept at ${zip}`);
    else fs.rmSync(dir, { recursive: true, force: true });
    return 0;
  },
  { help: HELP },
);
