/**
 * Property: whatever handles, names, ids and URLs the raw data holds, none of them reaches the
 * anonymized timeline or the published record. Random inputs from a seeded PRNG, through both
 * the API and the archive normalizers and the whole record pipeline.
 */
import { describe, expect, it } from 'vitest';
import { anonymizeTimeline } from '../../../src/lib/accounts/anonymize.ts';
import { mulberry32 } from '../../../src/lib/accounts/demo/random.ts';
import { normalizeApiTimeline } from '../../../src/lib/accounts/normalize-api.ts';
import { normalizeArchiveTimeline } from '../../../src/lib/accounts/normalize-archive.ts';
import { buildAccountRecord } from '../../../src/lib/accounts/record.ts';
import { snowflakeAt } from '../../../src/lib/accounts/snowflake.ts';
import type { XTimelinePage, XTweet } from '../../../src/schemas/x-api.ts';
import type { ArchiveTweet } from '../../../src/schemas/x-archive.ts';
import { DEMO_MODES } from '../../support/demo-modes.ts';

// Letters g–z only where hashes could appear, so a secret can never match a hex digest by chance.
const LETTERS = 'ghijklmnopqrstuvwxyzGHJKLMNPQRSTUVWXYZ';

function randomWord(rand: () => number, min: number, max: number): string {
  const length = min + Math.floor(rand() * (max - min + 1));
  let out = '';
  for (let i = 0; i < length; i++) out += LETTERS[Math.floor(rand() * LETTERS.length)];
  return out;
}

interface Secrets {
  handles: string[];
  names: string[];
  urls: string[];
  ids: string[];
}

function randomAccount(seed: number) {
  const rand = mulberry32(seed);
  const secrets: Secrets = { handles: [], names: [], urls: [], ids: [] };
  const id = () => {
    const value = snowflakeAt(Date.UTC(2025, 0, 1) + Math.floor(rand() * 3e10), Math.floor(rand() * 4e6));
    secrets.ids.push(value);
    return value;
  };
  const person = () => {
    const p = {
      id: id(),
      handle: `${randomWord(rand, 4, 9)}_${Math.floor(rand() * 90 + 10)}`,
      name: `${randomWord(rand, 4, 8)} ${randomWord(rand, 5, 10)}`,
    };
    secrets.handles.push(p.handle);
    secrets.names.push(p.name);
    return p;
  };
  const url = () => {
    const u = `https://${randomWord(rand, 5, 10)}.example/${randomWord(rand, 3, 8)}`;
    secrets.urls.push(u);
    return u;
  };
  const self = person();
  const site = url();
  const people = Array.from({ length: 6 }, person);
  const posts = Array.from({ length: 25 }, (_, i) => {
    const other = people[Math.floor(rand() * people.length)] ?? self;
    const kind = ['original', 'reply', 'repost', 'quote'][Math.floor(rand() * 4)] as string;
    const link = rand() < 0.5 ? (rand() < 0.5 ? `${site}/${randomWord(rand, 3, 6)}` : url()) : null;
    if (link) secrets.urls.push(link);
    const at = Date.UTC(2026, 0, 5) + i * 3_700_000 + Math.floor(rand() * 1e6);
    return {
      id: id(),
      at,
      kind,
      other,
      link,
      parentId: id(),
      text: `${kind === 'repost' ? `RT @${other.handle}: ` : kind === 'reply' ? `@${other.handle} ` : ''}${other.name} said ${randomWord(rand, 4, 9)} to @${other.handle} ${link ?? ''}`,
    };
  });
  return { self, site, people, posts, secrets };
}

function apiTimeline(seed: number) {
  const a = randomAccount(seed);
  const data: XTweet[] = a.posts.map((p) => ({
    id: p.id,
    text: p.text,
    created_at: new Date(p.at).toISOString(),
    author_id: a.self.id,
    conversation_id: p.kind === 'reply' ? p.parentId : p.id,
    ...(p.kind === 'reply' ? { in_reply_to_user_id: p.other.id } : {}),
    ...(p.kind !== 'original'
      ? {
          referenced_tweets: [
            {
              type: p.kind === 'reply' ? 'replied_to' : p.kind === 'repost' ? 'retweeted' : 'quoted',
              id: p.parentId,
            },
          ],
        }
      : {}),
    entities: {
      mentions: [{ username: p.other.handle, id: p.other.id }],
      ...(p.link
        ? { urls: [{ url: 'https://t.co/abc', expanded_url: p.link, display_url: p.link.slice(8) }] }
        : {}),
    },
  })) as XTweet[];
  const page: XTimelinePage = {
    data,
    includes: { users: a.people.map((p) => ({ id: p.id, username: p.handle, name: p.name })) },
    meta: { result_count: data.length },
  };
  const timeline = normalizeApiTimeline({
    user: {
      id: a.self.id,
      username: a.self.handle,
      name: a.self.name,
      description: `I am ${a.self.name}, see ${a.site}`,
      url: 'https://t.co/site',
      entities: { url: { urls: [{ url: 'https://t.co/site', expanded_url: a.site }] } },
      public_metrics: { followers_count: 123, following_count: 45, tweet_count: 25 },
    },
    pages: [page],
    fetchedAt: Date.UTC(2026, 2, 1),
    complete: true,
  });
  return { timeline, secrets: a.secrets };
}

function archiveTimeline(seed: number) {
  const a = randomAccount(seed);
  const tweets: ArchiveTweet[] = a.posts.map((p) => ({
    id_str: p.id,
    created_at: new Date(p.at)
      .toUTCString()
      .replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 +0000 $4'),
    full_text: p.text,
    ...(p.kind === 'reply'
      ? {
          in_reply_to_status_id_str: p.parentId,
          in_reply_to_user_id_str: p.other.id,
          in_reply_to_screen_name: p.other.handle,
        }
      : {}),
    entities: {
      user_mentions: [{ screen_name: p.other.handle, name: p.other.name, id_str: p.other.id }],
      urls: [
        ...(p.link ? [{ url: 'https://t.co/abc', expanded_url: p.link }] : []),
        ...(p.kind === 'quote'
          ? [{ expanded_url: `https://x.com/${p.other.handle}/status/${p.parentId}` }]
          : []),
      ],
    },
  }));
  const timeline = normalizeArchiveTimeline(
    {
      tweets,
      account: { accountId: a.self.id, username: a.self.handle, accountDisplayName: a.self.name },
      profile: { description: { bio: `${a.self.name} at ${a.site}`, website: a.site } },
      importedAt: Date.UTC(2026, 2, 1),
      siteUrl: a.site,
    },
    'tweets.js',
  );
  return { timeline, secrets: a.secrets };
}

function expectNoSecret(output: string, secrets: Secrets) {
  const lower = output.toLowerCase();
  for (const handle of secrets.handles) expect(lower).not.toContain(handle.toLowerCase());
  for (const name of secrets.names) {
    expect(lower).not.toContain(name.toLowerCase());
    for (const part of name.toLowerCase().split(' ')) expect(lower).not.toContain(part);
  }
  for (const url of secrets.urls) {
    expect(output).not.toContain(url);
    expect(lower).not.toContain(new URL(url).hostname);
  }
  for (const id of secrets.ids) expect(output).not.toContain(id);
}

describe('anonymization property', () => {
  const runs = 60;
  it(`keeps random handles, names, ids and URLs out of the anonymized timeline and the record (${runs} API timelines)`, () => {
    for (let seed = 1; seed <= runs; seed++) {
      const { timeline, secrets } = apiTimeline(seed);
      expect(timeline.posts.length).toBe(25);
      const anonymized = anonymizeTimeline(timeline, { salt: `property-salt-${seed}-abcdef` });
      const { record } = buildAccountRecord({
        timeline,
        salt: `property-salt-${seed}-abcdef`,
        businessType: 'local-trades',
        recommendedMode: 'conversational',
        modes: DEMO_MODES,
        plays: [],
        label: 'Random account',
        illustrative: false,
      });
      expectNoSecret(JSON.stringify(anonymized), secrets);
      expectNoSecret(JSON.stringify(record), secrets);
    }
  });

  it(`keeps them out through the archive path too (${runs} archives)`, () => {
    for (let seed = 1001; seed <= 1000 + runs; seed++) {
      const { timeline, secrets } = archiveTimeline(seed);
      expect(timeline.posts.length).toBe(25);
      const { record, anonymized } = buildAccountRecord({
        timeline,
        salt: `property-salt-${seed}-abcdef`,
        businessType: 'local-trades',
        recommendedMode: 'conversational',
        modes: DEMO_MODES,
        plays: [],
        label: 'Random account',
        illustrative: false,
      });
      expectNoSecret(JSON.stringify(anonymized), secrets);
      expectNoSecret(JSON.stringify(record), secrets);
    }
  });
});
