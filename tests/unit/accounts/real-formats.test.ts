/**
 * The parsers against what real X archives and API v2 responses hold, not against tidy fixtures:
 * each case names the source that shows the real shape. The recorded-shape API bodies are in
 * tests/fixtures/accounts/api/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anonymizeTimeline } from '../../../src/lib/accounts/anonymize.ts';
import { postLinkId } from '../../../src/lib/accounts/links.ts';
import { normalizeApiTimeline } from '../../../src/lib/accounts/normalize-api.ts';
import {
  matchNoteTweets,
  normalizeArchiveTimeline,
  parseYtdScript,
  supersededVersions,
} from '../../../src/lib/accounts/normalize-archive.ts';
import { CEILING_MARGIN, checkPageSet } from '../../../src/lib/accounts/page-set.ts';
import { snowflakeAt } from '../../../src/lib/accounts/snowflake.ts';
import { cleanId, unescapeXText } from '../../../src/lib/accounts/timeline.ts';
import { manifestFiles, parseArchive, selectArchiveEntries } from '../../../src/lib/node/x/archive.ts';
import { accountRefusal, timelineRefusal } from '../../../src/lib/node/x/errors.ts';
import {
  type RawCacheState,
  type XTimelinePage,
  type XUserResponse,
  xTimelinePageSchema,
  xUserResponseSchema,
} from '../../../src/schemas/x-api.ts';
import type { ArchiveNoteTweet, ArchiveTweet } from '../../../src/schemas/x-archive.ts';

const API = path.join(import.meta.dirname, '../../fixtures/accounts/api');
const json = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(API, name), 'utf8'));
const SELF = '1599000111222333444';
const at = (iso: string) => Date.parse(iso);
const sf = (iso: string, seq = 0) => snowflakeAt(at(iso), seq);
const account = { accountId: SELF, username: 'Harbour_Cafe_77' };

describe('archive scripts as X writes them', () => {
  it('reads a script saved again with a byte-order mark and CRLF line ends', () => {
    const text =
      '\uFEFFwindow.YTD.tweets.part1 = [\r\n  {\r\n    "tweet" : { "id_str" : "1" }\r\n  }\r\n]\r\n';
    expect(parseYtdScript(text, 'tweets-part1.js')).toEqual({
      name: 'tweets',
      part: 1,
      entries: [{ tweet: { id_str: '1' } }],
    });
  });

  it('accepts wrapped { "tweet": … } entries and older bare entries, even in one file', () => {
    const entry = (id: string) => ({
      id_str: id,
      created_at: 'Mon Feb 16 09:00:00 +0000 2026',
      full_text: id,
    });
    const texts = [
      {
        shown: 'account.js',
        name: 'account.js',
        text: `window.YTD.account.part0 = ${JSON.stringify([{ account }])}`,
      },
      {
        shown: 'tweets.js',
        name: 'tweets.js',
        text: `window.YTD.tweets.part0 = ${JSON.stringify([{ tweet: entry('11') }, entry('12')])}`,
      },
    ];
    expect(parseArchive(texts, 'archive').tweets.map((t) => t.id_str)).toEqual(['11', '12']);
  });

  it('names the field of a bare entry without a "tweet." that is not there', () => {
    const texts = [
      {
        shown: 'account.js',
        name: 'account.js',
        text: `window.YTD.account.part0 = ${JSON.stringify([{ account }])}`,
      },
      { shown: 'tweet.js', name: 'tweet.js', text: 'window.YTD.tweet.part0 = [{"id_str": "1"}]' },
    ];
    expect(() => parseArchive(texts, 'archive')).toThrow(/tweet\.js \[\[0\]\.created_at\]/);
  });

  it('accepts tweets.js declaring the older window.YTD.tweet name for the same data', () => {
    const texts = [
      {
        shown: 'account.js',
        name: 'account.js',
        text: `window.YTD.account.part0 = ${JSON.stringify([{ account }])}`,
      },
      { shown: 'tweets.js', name: 'tweets.js', text: 'window.YTD.tweet.part0 = [ ]' },
    ];
    expect(parseArchive(texts, 'archive').tweets).toEqual([]);
  });

  it('lists the files of data/manifest.js with their counts, and ignores a manifest it cannot read', () => {
    const manifest = `window.__THAR_CONFIG = ${JSON.stringify({
      userInfo: { accountId: SELF, userName: 'Harbour_Cafe_77', displayName: 'Harbour' },
      dataTypes: {
        account: { files: [{ fileName: 'data/account.js', globalName: 'YTD.account.part0', count: '1' }] },
        tweets: {
          files: [
            { fileName: 'data/tweets.js', globalName: 'YTD.tweets.part0', count: '4' },
            { fileName: 'data/tweets-part1.js', globalName: 'YTD.tweets.part1', count: '3' },
          ],
        },
        communityTweet: { files: [{ fileName: 'data/community-tweet.js', count: '0' }] },
        noteTweet: { files: [{ fileName: 'data/note-tweet.js' }] },
      },
    })}`;
    expect(manifestFiles(manifest)).toEqual([
      { name: 'account.js', dataType: 'account', count: 1 },
      { name: 'tweets.js', dataType: 'tweets', count: 4 },
      { name: 'tweets-part1.js', dataType: 'tweets', count: 3 },
      { name: 'community-tweet.js', dataType: 'communityTweet', count: 0 },
      { name: 'note-tweet.js', dataType: 'noteTweet', count: null },
    ]);
    expect(manifestFiles('window.__THAR_CONFIG = { broken')).toBeNull();
    expect(manifestFiles('window.YTD.tweets.part0 = []')).toBeNull();
  });

  it('leaves out a post file the manifest lists with 0 entries, noting it, and refuses one with entries', () => {
    const accountText = {
      shown: 'account.js',
      name: 'account.js',
      text: `window.YTD.account.part0 = ${JSON.stringify([{ account }])}`,
    };
    const tweets = { shown: 'tweets.js', name: 'tweets.js', text: 'window.YTD.tweets.part0 = [ ]' };
    const manifest = (count: string) => ({
      shown: 'manifest.js',
      name: 'manifest.js',
      text: `window.__THAR_CONFIG = ${JSON.stringify({
        dataTypes: {
          tweets: { files: [{ fileName: 'data/tweets.js', count: '0' }] },
          communityTweet: { files: [{ fileName: 'data/community-tweet.js', count }] },
        },
      })}`,
    });
    const read = parseArchive([accountText, tweets, manifest('0')], 'archive');
    expect(read.notices.map((n) => `${n.level} ${n.file}`)).toEqual([
      'warning data/profile.js',
      'note data/community-tweet.js',
    ]);
    expect(() => parseArchive([accountText, tweets, manifest('2')], 'archive')).toThrow(
      /\[data\/community-tweet\.js\] is listed in data\/manifest\.js with 2 entries but missing/,
    );
    // An account with no posts at all: its empty tweets.js may be left out too.
    expect(parseArchive([accountText, manifest('0')], 'archive').tweets).toEqual([]);
    expect(() => parseArchive([accountText], 'archive')).toThrow(/\[data\/tweets\.js\] is missing/);
  });

  it('reads note-tweet.js entries, and leaves one of an unknown shape out with a warning', () => {
    const accountText = {
      shown: 'account.js',
      name: 'account.js',
      text: `window.YTD.account.part0 = ${JSON.stringify([{ account }])}`,
    };
    const notes = {
      shown: 'note-tweet.js',
      name: 'note-tweet.js',
      text: `window.YTD.note_tweet.part0 = ${JSON.stringify([
        { noteTweet: { noteTweetId: '9', createdAt: '2026-02-18T09:00:00.000Z', core: { text: 'Whole' } } },
        { noteTweet: { noteTweetId: '10', noteTweetResults: { text: 'Another shape' } } },
      ])}`,
    };
    const read = parseArchive(
      [accountText, { shown: 'tweets.js', name: 'tweets.js', text: 'window.YTD.tweets.part0 = []' }, notes],
      'archive',
    );
    expect(read.notes.map((n) => n.core.text)).toEqual(['Whole']);
    expect(read.notices.map((n) => `${n.level} ${n.file}`)).toContain('warning data/note-tweet.js');
  });
});

describe('finding the archive inside a zip', () => {
  const names = (list: string[]) => selectArchiveEntries(list, 'a.zip');

  it('finds data/ under the top folder X names the download after', () => {
    expect(
      names([
        'twitter-2026-02-20-a1b2/',
        'twitter-2026-02-20-a1b2/Your archive.html',
        'twitter-2026-02-20-a1b2/data/account.js',
        'twitter-2026-02-20-a1b2/data/tweets.js',
        'twitter-2026-02-20-a1b2/data/direct-messages.js',
        'twitter-2026-02-20-a1b2/data/tweets_media/1-a.jpg',
      ]),
    ).toEqual(['twitter-2026-02-20-a1b2/data/account.js', 'twitter-2026-02-20-a1b2/data/tweets.js']);
  });

  it('reads paths written with backslashes and skips the __MACOSX copies', () => {
    expect(
      names([
        'archive\\data\\account.js',
        'archive\\data\\tweets-part1.js',
        'archive\\data\\manifest.js',
        '__MACOSX/archive/data/._account.js',
        '__MACOSX/archive/data/._tweets-part1.js',
      ]),
    ).toEqual(['archive\\data\\account.js', 'archive\\data\\tweets-part1.js', 'archive\\data\\manifest.js']);
  });

  it('takes the files at the top of an archive from before 2020, which had no data/ folder', () => {
    expect(names(['account.js', 'tweet.js', 'like.js', 'Your archive.html'])).toEqual([
      'account.js',
      'tweet.js',
    ]);
  });

  it('falls back to the folder of the post files when account.js is missing, so the error names it', () => {
    expect(names(['x/data/tweets.js', 'x/data/like.js'])).toEqual(['x/data/tweets.js']);
  });
});

describe('archive posts as X writes them', () => {
  const base = (id: string, extra: Partial<ArchiveTweet> = {}): ArchiveTweet => ({
    id_str: id,
    created_at: 'Mon Feb 16 09:00:00 +0000 2026',
    full_text: 'hello there',
    ...extra,
  });
  const normalize = (tweets: ArchiveTweet[]) =>
    normalizeArchiveTimeline(
      { tweets, account, profile: null, importedAt: at('2026-03-01T00:00:00Z'), siteUrl: null },
      'tweets.js',
    );
  /** A post in archive form, written at `iso` (its id a snowflake of that time). */
  const tweetAt = (iso: string, text: string, seq = 0): ArchiveTweet => ({
    id_str: sf(iso, seq),
    created_at: new Date(at(iso))
      .toUTCString()
      .replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 +0000 $4'),
    full_text: text,
  });

  it('joins a long post to its note by creation second and text, never by id', () => {
    const cut = tweetAt(
      '2026-02-18T09:00:00Z',
      'We open a second kitchen by the ferry steps from March, and… https://t.co/a',
    );
    const other = tweetAt('2026-02-18T09:00:00Z', 'Coffee is on, as every morning', 1);
    const note = (text: string, noteTweetId = '77'): ArchiveNoteTweet => ({
      noteTweetId,
      createdAt: '2026-02-18T09:00:00.000Z',
      core: { text },
    });
    const whole = note('We open a second kitchen by the ferry steps from March, and you can pre-order now.');
    const decoy = note('Coffee is on, as every morning, and it stays on all day long for everyone.', '78');
    const gone = {
      ...note('A long post deleted since, with nothing left in tweets.js.', '79'),
      createdAt: '2026-02-17T08:00:00.000Z',
    };
    const joined = matchNoteTweets([cut, other], [decoy, whole, gone]);
    expect(joined.byPost.get(cut.id_str as string)).toBe(whole);
    expect(joined.byPost.get(other.id_str as string)).toBe(decoy);
    expect(joined.unmatched).toBe(1);
    // The same second alone is not enough: a note whose text does not continue the post is no match.
    expect(matchNoteTweets([cut], [decoy]).byPost.size).toBe(0);
  });

  it('keeps a reply’s leading @names, which a note leaves out, and the note’s mentions and tags', () => {
    const cut = {
      ...tweetAt(
        '2026-02-18T09:00:00Z',
        '@Sea_Dog_42 Thanks for the long letter, here is the whole story of the hut and… https://t.co/b',
      ),
      in_reply_to_status_id_str: sf('2026-02-18T08:00:00Z'),
      in_reply_to_user_id_str: '222222222',
      in_reply_to_screen_name: 'Sea_Dog_42',
    };
    const note: ArchiveNoteTweet = {
      createdAt: '2026-02-18T09:00:00.000Z',
      core: {
        text: 'Thanks for the long letter, here is the whole story of the hut and the petition, ask @town_hall_1 #harbour',
        mentions: [{ screenName: 'town_hall_1' }],
        hashtags: [{}],
        urls: [{ shortUrl: 'https://t.co/c', expandedUrl: 'https://petition.example/hut' }],
      },
    };
    const { byPost } = matchNoteTweets([cut], [note]);
    const timeline = normalizeArchiveTimeline(
      { tweets: [cut], account, profile: null, notesByPost: byPost, importedAt: 0, siteUrl: null },
      'tweets.js',
    );
    expect(timeline.posts[0]).toMatchObject({
      kind: 'reply',
      text: `@Sea_Dog_42 ${note.core.text}`,
      hashtags: 1,
      links: [{ url: 'https://petition.example/hut', media: false }],
      mentions: [{ userId: null, handle: 'town_hall_1' }],
    });
    expect(timeline.profile).toMatchObject({ bio: null, hasWebsite: null });
  });

  it('keeps the latest version of an edited post, whichever file the versions are in', () => {
    const first = base('100', { edit_info: { initial: { editTweetIds: ['100', '101', '102'] } } });
    const second = base('101', {
      edit_info: {
        edit: { initialTweetId: '100', editControlInitial: { editTweetIds: ['100', '101', '102'] } },
      },
    });
    const third = base('102', { edit_info: { edit: { initialTweetId: '100' } } });
    expect([...supersededVersions([third, first, second])].sort()).toEqual(['100', '101']);
    expect(normalize([first, second, third]).posts.map((p) => p.id)).toEqual(['102']);
    // When the later version is not in the archive, the earlier one stands.
    expect(normalize([first]).posts.map((p) => p.id)).toEqual(['100']);
  });

  it('tells a repost by its "RT @" text even though the archive says retweeted: false', () => {
    const rt = base('1', { full_text: 'RT @Harbour_Market: Market day &amp; more' });
    expect(normalize([rt]).posts[0]).toMatchObject({
      kind: 'repost',
      text: 'RT @Harbour_Market: Market day & more',
    });
  });

  it('tells a quote by a status link with a query string, on x.com or twitter.com', () => {
    for (const url of [
      `https://x.com/Pal/status/${sf('2026-02-15T09:00:00Z')}?s=20`,
      `https://twitter.com/pal/status/${sf('2026-02-15T09:00:00Z')}?s=46&t=AbC`,
      `https://mobile.twitter.com/pal/statuses/${sf('2026-02-15T09:00:00Z')}`,
    ]) {
      const quote = base('2', { entities: { urls: [{ url: 'https://t.co/q', expanded_url: url }] } });
      expect(normalize([quote]).posts[0]).toMatchObject({ kind: 'quote', links: [] });
    }
  });

  it('reads the "…" link of a long post to itself as neither a quote nor a link', () => {
    const id = sf('2026-02-16T09:00:00Z', 5);
    const long = base(id, {
      entities: { urls: [{ url: 'https://t.co/l', expanded_url: `https://twitter.com/i/web/status/${id}` }] },
    });
    expect(normalize([long]).posts[0]).toMatchObject({ kind: 'original', links: [] });
    expect(postLinkId(`https://x.com/i/web/status/${id}`)).toBe(id);
  });

  it('reads the id "-1" of a mentioned account that is gone, and other odd ids, as unknown', () => {
    const post = base('3', {
      in_reply_to_status_id_str: '',
      entities: { user_mentions: [{ screen_name: 'Gone_Account', id_str: '-1' }] },
    });
    expect(normalize([post]).posts[0]).toMatchObject({
      kind: 'original',
      mentions: [{ userId: null, handle: 'Gone_Account' }],
    });
    expect([cleanId('-1'), cleanId(''), cleanId('0'), cleanId(null), cleanId('42')]).toEqual([
      null,
      null,
      null,
      null,
      '42',
    ]);
  });

  it('treats a reply’s handle in another case than its @mention as the same person', () => {
    const reply = base('4', {
      created_at: 'Mon Feb 16 10:30:00 +0000 2026',
      full_text: '@Sea_Dog_42 thanks, see you soon',
      in_reply_to_status_id_str: sf('2026-02-16T10:00:00Z'),
      in_reply_to_user_id_str: '222',
      in_reply_to_screen_name: 'sea_dog_42',
      entities: { user_mentions: [{ screen_name: 'Sea_Dog_42', id_str: '222' }] },
    });
    const selfReply = base('5', {
      created_at: 'Mon Feb 16 11:00:00 +0000 2026',
      in_reply_to_status_id_str: '4',
      in_reply_to_user_id_str: SELF,
      in_reply_to_screen_name: 'harbour_cafe_77',
    });
    const [answer, thread] = anonymizeTimeline(normalize([reply, selfReply]), {
      salt: 'real-formats-salt-0123',
    }).posts;
    expect(answer).toMatchObject({ replyTarget: 'other', mentions: [], replyLatencyMinutes: 30 });
    expect(thread?.replyTarget).toBe('self');
  });

  it('unescapes &amp;, &lt; and &gt; and nothing else', () => {
    expect(unescapeXText('Fish &amp; chips &lt;3 &gt;_&lt; &amp;amp; &#39;')).toBe(
      'Fish & chips <3 >_< &amp; &#39;',
    );
  });
});

describe('API v2 responses as X sends them', () => {
  const user = xUserResponseSchema.parse(json('user-lookup.json')) as XUserResponse;
  const page1 = xTimelinePageSchema.parse(json('timeline-page-1.json'));
  const page2 = xTimelinePageSchema.parse(json('timeline-page-2.json'));
  const timeline = normalizeApiTimeline({
    user: user.data as NonNullable<XUserResponse['data']>,
    pages: [page1, page2],
    fetchedAt: at('2026-03-01T00:00:00Z'),
    complete: true,
  });

  it('accepts a page with partial errors beside its posts, and an empty last page', () => {
    expect(page1.errors?.map((e) => e.title)).toEqual([
      'Not Found Error',
      'Authorization Error',
      'Forbidden',
    ]);
    expect(page2).toEqual({ meta: { result_count: 0 } });
    expect(timeline.posts).toHaveLength(7);
  });

  it('tells replies, reposts, quotes and originals apart from referenced_tweets', () => {
    expect(timeline.posts.map((p) => p.kind)).toEqual([
      'original', // thanks @sea_dog_42
      'original', // menu link and photo
      'original', // the long post
      'quote',
      'repost',
      'reply', // to a protected account's post
      'reply', // to a deleted post
    ]);
  });

  it('times a reply to a deleted post from the parent’s id, and knows whose thread it is', () => {
    const reply = timeline.posts[6];
    expect(reply).toMatchObject({
      replyToUserId: '222222222',
      replyToHandle: 'Sea_Dog_42',
      replyToCreatedAt: at('2026-02-19T17:00:00Z'),
      threadStartedByAccount: false,
    });
  });

  it('reads the whole of a long post from note_tweet, not the cut-short text', () => {
    const long = timeline.posts[2];
    expect(long?.text).toMatch(/cake & music on the opening day, so bring your friends and your appetite\.$/);
    expect(long?.links).toEqual([]);
    expect(long?.mentions).toEqual([{ userId: null, handle: 'Ferry_Crew_Old' }]);
  });

  it('keeps the unwound own-site link, counts the photo once and unescapes text and bio', () => {
    expect(timeline.posts[1]).toMatchObject({
      text: expect.stringMatching(/^Fresh bread & coffee/),
      links: [{ url: 'https://harbour-cafe.example/menu', media: false }],
      mediaCount: 1,
      hashtags: 1,
    });
    expect(timeline.profile).toMatchObject({
      siteUrl: 'https://harbour-cafe.example',
      bio: expect.stringContaining('café & bakery'),
      followers: 1834,
    });
  });

  it('gives a person mentioned as @sea_dog_42 and answered as Sea_Dog_42 one placeholder', () => {
    const anon = anonymizeTimeline(timeline, { salt: 'real-formats-salt-0123' });
    const mentioned = anon.posts[0]?.mentions[0];
    expect(mentioned).toMatch(/^person-[0-9a-f]{8}$/);
    expect(anon.posts[6]?.replyToPerson).toBe(mentioned);
  });

  it('reads a suspended user, an unknown user and a protected timeline from their 200 errors', () => {
    const refuse = (name: string) => {
      const body = json(name) as { errors: [] };
      return accountRefusal(body.errors, '@Harbour_Cafe_77', []);
    };
    expect(refuse('user-suspended.json')).toMatchObject({ kind: 'suspended' });
    expect(refuse('user-not-found.json')).toMatchObject({ kind: 'not-found' });
    expect(timelineRefusal(json('timeline-protected.json'), SELF, [])).toMatchObject({
      kind: 'protected',
      message: expect.stringMatching(/is protected/),
    });
  });

  it('keeps a page whose only errors are about referenced posts and mentioned accounts', () => {
    expect(timelineRefusal(json('timeline-page-1.json'), SELF, [])).toBeNull();
    expect(timelineRefusal(json('timeline-page-2.json'), SELF, [])).toBeNull();
    // Errors only, about a referenced post, and no meta: a broken answer, not a missing account.
    expect(
      timelineRefusal({ errors: [{ resource_type: 'tweet', title: 'Not Found Error' }] }, SELF, []),
    ).toMatchObject({ kind: 'bad-response' });
  });
});

describe('the 3,200-post ceiling of the user timeline', () => {
  const pages = (count: number): { state: RawCacheState; pages: XTimelinePage[] } => {
    const list: XTimelinePage[] = [];
    const entries: RawCacheState['pages'] = [];
    for (let start = 0, n = 0; start < count; start += 100, n++) {
      const ids = Array.from({ length: Math.min(100, count - start) }, (_, i) => String(10_000 + start + i));
      const next = start + 100 < count ? `t${n + 1}` : null;
      list.push({
        data: ids.map((id) => ({ id, text: 't' })),
        meta: { result_count: ids.length, ...(next ? { next_token: next } : {}) },
      });
      entries.push({
        file: `page-${String(n + 1).padStart(4, '0')}.json`,
        requestToken: n === 0 ? null : `t${n}`,
        nextToken: next,
        resultCount: ids.length,
      });
    }
    const state: RawCacheState = {
      version: 1,
      handle: 'h',
      userId: '1',
      fetchedAt: '2026-03-01T00:00:00.000Z',
      maxTweets: 3200,
      pages: entries,
      stopReason: 'end',
    };
    return { state, pages: list };
  };

  it('calls a timeline that ended near 3,200 posts of a bigger account limited by X, not whole', () => {
    const { state, pages: list } = pages(3_180);
    expect(checkPageSet(state, list, { accountPostCount: 12_000 })).toMatchObject({
      status: 'limited',
      limitedBy: 'x-timeline',
      postCount: 3_180,
    });
    // Unknown account size near the ceiling: assume the worst.
    expect(checkPageSet(state, list).status).toBe('limited');
  });

  it('calls a timeline that ended well short of the profile’s post count limited too', () => {
    const short = pages(2_500); // deleted posts still took places among the 3,200
    expect(checkPageSet(short.state, short.pages, { accountPostCount: 50_000 }).limitedBy).toBe('x-timeline');
  });

  it('calls it whole when the account has about as many posts as were read', () => {
    const near = pages(3_100);
    expect(checkPageSet(near.state, near.pages, { accountPostCount: 3_100 }).status).toBe('whole');
    const small = pages(450);
    expect(checkPageSet(small.state, small.pages, { accountPostCount: 450 + CEILING_MARGIN }).status).toBe(
      'whole',
    );
    expect(checkPageSet(small.state, small.pages).status).toBe('whole');
  });
});

describe('API posts with parts missing', () => {
  it('still reads a post with in_reply_to_user_id but no replied_to reference as a reply', () => {
    const id = sf('2026-02-20T10:00:00Z', 1);
    const t = normalizeApiTimeline({
      user: { id: SELF, username: 'Harbour_Cafe_77', name: 'Harbour' },
      pages: [
        {
          data: [
            { id, text: '@pal yes', created_at: '2026-02-20T10:00:00.000Z', in_reply_to_user_id: '600' },
          ],
          meta: { result_count: 1 },
        },
      ],
      fetchedAt: at('2026-03-01T00:00:00Z'),
      complete: true,
    });
    expect(t.posts[0]).toMatchObject({ kind: 'reply', replyToUserId: '600', replyToCreatedAt: null });
  });
});
