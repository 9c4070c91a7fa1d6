/** Archive import on fixture archives: folder and zip, split and old layouts, malformed ones. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { anonymizeTimeline } from '../../../src/lib/accounts/anonymize.ts';
import { classify } from '../../../src/lib/accounts/classify.ts';
import { measure } from '../../../src/lib/accounts/measure.ts';
import {
  ARCHIVE_FILE,
  formatArchiveNotice,
  importArchive,
  readArchive,
} from '../../../src/lib/node/x/archive.ts';
import { listZipEntries } from '../../../src/lib/node/x/zip.ts';
import { DEMO_MODES } from '../../support/demo-modes.ts';

const ARCHIVES = path.join(import.meta.dirname, '../../fixtures/accounts/archives');
const BASIC = path.join(ARCHIVES, 'basic');
const SITE = 'https://fixture-bakery.example';
const NOW = Date.UTC(2026, 2, 1);

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-archive-'));
}

/** Zips a folder; `prefix` puts everything under a top folder, as some tools do. */
function zipFolder(folder: string, prefix = ''): string {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${e.name}/`);
      else files[`${prefix}${rel}${e.name}`] = fs.readFileSync(path.join(dir, e.name));
    }
  };
  walk(folder, '');
  const file = path.join(scratch(), 'archive.zip');
  fs.writeFileSync(file, zipSync(files, { level: 6 }));
  return file;
}

/** A copy of the basic archive with one file changed (or removed with `null`). */
function variant(changes: Record<string, string | null>, from = BASIC): string {
  const dir = path.join(scratch(), 'archive');
  fs.cpSync(from, dir, { recursive: true });
  for (const [rel, text] of Object.entries(changes)) {
    if (text === null) fs.rmSync(path.join(dir, rel));
    else fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const importBasic = (archive: string) => importArchive(archive, { siteUrl: SITE, now: NOW });

describe('importing an X archive', () => {
  it('reads the basic archive folder and measures it as worked out by hand', () => {
    const timeline = importBasic(BASIC);
    expect(timeline.posts).toHaveLength(8);
    expect(timeline.profile).toMatchObject({
      handle: 'fixture_baker',
      followers: null,
      hasWebsite: true,
      siteUrl: SITE,
    });
    const m = measure(anonymizeTimeline(timeline, { salt: 'archive-test-salt-0123456789' }));
    expect(m.mix).toEqual({ original: 0.25, reply: 0.5, repost: 0.125, quote: 0.125 });
    expect(m.replyToOthersShare).toBe(0.375);
    expect(m.selfThreadShare).toBe(0.125);
    expect(m.linkShare).toBe(0.2857); // own-site offer and the recipe link, of 7 written posts
    expect(m.ownSiteLinkShare).toBe(0.5);
    expect(m.mediaShare).toBe(0.1429);
    expect(m.mentionsPerPost).toBe(0.1429); // the supplier tag only
    expect(m.distinctPeopleRepliedTo).toBe(2);
    expect(m.repeatPartnerShare).toBe(0.3333);
    expect(m.replyLatency).toEqual({ medianMinutes: 90, p90Minutes: 300, sampleSize: 3 }); // from the reply ids' snowflake times
    expect(m.postsPerActiveDay).toBe(1.33);
    expect(m.activeDaysPerWeek).toBe(6);
    expect(m.offerShare).toBe(0.1429);
    expect(m.searchableOfferShare).toBe(1);
    expect(m.thanksOrSupportShare).toBe(0.4286);
    expect(classify(m, 8, DEMO_MODES).mode).toBe('hybrid');
  });

  it('reads the same posts from a zip, with or without a top folder', () => {
    const folder = importBasic(BASIC);
    expect(importBasic(zipFolder(BASIC)).posts).toEqual(folder.posts);
    expect(importBasic(zipFolder(BASIC, 'twitter-2026-02-22-abc/')).posts).toEqual(folder.posts);
  });

  it('joins tweets split over tweets.js, tweets-part1.js and tweets-part2.js', () => {
    const split = importBasic(path.join(ARCHIVES, 'split'));
    expect(split.posts).toEqual(importBasic(BASIC).posts);
    expect(importBasic(zipFolder(path.join(ARCHIVES, 'split'))).posts).toHaveLength(8);
  });

  it('reads older archives: tweet.js with bare entries and no profile.js, whose bio is unknown', () => {
    const old = readArchive(path.join(ARCHIVES, 'old'), { now: NOW });
    expect(old.timeline.posts.map((p) => p.kind)).toEqual(importBasic(BASIC).posts.map((p) => p.kind));
    expect(old.timeline.profile).toMatchObject({ bio: null, hasWebsite: null, siteUrl: null });
    expect(old.notices.map(formatArchiveNotice)).toEqual([
      expect.stringMatching(
        /^Warning: data\/profile\.js is missing, so the bio, its website link .* are unknown/,
      ),
    ]);
  });

  it('reads only the tweets, account and profile files, never the rest of the archive', () => {
    // The fixture holds malformed direct-messages.js, deleted-tweets.js, e-mail and manifest files:
    // reading any of them would fail. In the zip they are also corrupted, so even inflating would.
    expect(() => importBasic(BASIC)).not.toThrow();
    const zip = zipFolder(BASIC);
    const fd = fs.openSync(zip, 'r+');
    for (const entry of listZipEntries(fd, fs.fstatSync(fd).size)) {
      if (/direct-messages|deleted-tweets|email|manifest/.test(entry.name)) {
        fs.writeSync(
          fd,
          Buffer.alloc(entry.compressedSize, 0xff),
          0,
          entry.compressedSize,
          entry.localHeaderOffset + 30 + Buffer.byteLength(entry.name),
        );
      }
    }
    fs.closeSync(fd);
    expect(importBasic(zip).posts).toHaveLength(8);
    for (const name of [
      'direct-messages.js',
      'deleted-tweets.js',
      'email-address-change.js',
      'manifest.js',
      'follower.js',
      'like.js',
    ]) {
      expect(ARCHIVE_FILE.test(name)).toBe(false);
    }
  });

  it('keeps the e-mail address in account.js out of everything it returns', () => {
    expect(JSON.stringify(importBasic(BASIC))).not.toContain('owner@fixture-bakery.example');
  });

  describe('malformed and partial archives', () => {
    const tweets = fs.readFileSync(path.join(BASIC, 'data/tweets.js'), 'utf8');

    it('names a tweets file that is cut short and says to download again', () => {
      const dir = variant({ 'data/tweets.js': tweets.slice(0, 900) });
      expect(() => importBasic(dir)).toThrow(
        /data\/tweets\.js is not complete JSON[\s\S]*Fix: the file is cut short or edited: download the archive again/,
      );
    });

    it('names a missing account.js', () => {
      expect(() => importBasic(variant({ 'data/account.js': null }))).toThrow(/has no data\/account\.js/);
      const zip = zipFolder(variant({ 'data/account.js': null }));
      expect(() => importBasic(zip)).toThrow(/\[data\/account\.js\] is missing/);
    });

    it('names a missing tweets file', () => {
      expect(() => importBasic(variant({ 'data/tweets.js': null }))).toThrow(
        /\[data\/tweets\.js\] is missing \(and so is the older data\/tweet\.js\)/,
      );
    });

    it('notices a missing part in a split archive', () => {
      const dir = variant({ 'data/tweets-part1.js': null }, path.join(ARCHIVES, 'split'));
      expect(() => importBasic(dir)).toThrow(
        /\[data\/tweets-part1\.js\] is missing while tweets-part2\.js is present: the archive is partial/,
      );
    });

    it('rejects a file that is not an archive script, and a part that declares the wrong name', () => {
      expect(() => importBasic(variant({ 'data/tweets.js': '[{"tweet": {}}]' }))).toThrow(
        /does not start with "window\.YTD/,
      );
      expect(() =>
        importBasic(
          variant({ 'data/tweets.js': tweets.replace('window.YTD.tweets.part0', 'window.YTD.like.part0') }),
        ),
      ).toThrow(/declares window\.YTD\.like\.part0, expected window\.YTD\.tweets\.part0/);
    });

    it('names the entry and field of a post without a date', () => {
      const broken = tweets.replace(/"created_at": "[^"]+"/, '"created_at": 42');
      expect(() => importBasic(variant({ 'data/tweets.js': broken }))).toThrow(
        /tweets\.js \[\[0\]\.tweet\.created_at\]/,
      );
    });

    it('refuses a zip that is cut short, and one that is not UTF-8', () => {
      const zip = zipFolder(BASIC);
      const cut = path.join(scratch(), 'cut.zip');
      fs.writeFileSync(cut, fs.readFileSync(zip).subarray(0, 2000));
      expect(() => importBasic(cut)).toThrow(/is not a readable zip/);
      const latin = variant({});
      fs.writeFileSync(path.join(latin, 'data/profile.js'), Buffer.from([0x77, 0x69, 0xff, 0xfe]));
      expect(() => importBasic(latin)).toThrow(/profile\.js is not UTF-8/);
    });

    it('says so when the path does not exist', () => {
      expect(() => importBasic('/no/such/archive.zip')).toThrow(/archive\.zip does not exist/);
    });
  });
});

/**
 * An archive as people really hand it over: nested under the folder X names the download after,
 * tweets split over parts, a BOM and CRLF line ends from being opened and saved on Windows,
 * community posts in their own file, an edited post in two versions, a long post cut short,
 * a quote that is only a status link, a repost that is only "RT @", a mention of an account
 * that is gone (id "-1"), handles in other cases than the account's, HTML-escaped text, and the
 * private files beside them malformed so that reading any of them would fail.
 */
describe('importing archives shaped like real ones', () => {
  const MESSY = path.join(ARCHIVES, 'messy');
  const TOP = 'twitter-2026-02-20-a1b2c3d4';
  const DATA = path.join(MESSY, TOP, 'data');
  const HARBOUR = 'https://harbour-cafe.example';
  const importMessy = (archive: string) => importArchive(archive, { siteUrl: HARBOUR, now: NOW });

  /** Zips the messy archive's files under `prefix`, optionally with Windows separators and macOS leftovers. */
  function zipMessy(options: { prefix?: string; backslashes?: boolean; macJunk?: boolean } = {}): string {
    const files: Record<string, Uint8Array> = {};
    const prefix = options.prefix ?? `${TOP}/data/`;
    for (const name of fs.readdirSync(DATA)) {
      const entry = `${prefix}${name}`;
      files[options.backslashes ? entry.replace(/\//g, '\\') : entry] = fs.readFileSync(
        path.join(DATA, name),
      );
      if (options.macJunk)
        files[`__MACOSX/${prefix}._${name}`] = new Uint8Array([0x00, 0x05, 0x16, 0x07, 0xff]);
    }
    const file = path.join(scratch(), 'twitter-archive.zip');
    fs.writeFileSync(file, zipSync(files, { level: 6 }));
    return file;
  }

  it('the fixture really carries a byte-order mark and CRLF line ends', () => {
    const bytes = fs.readFileSync(path.join(DATA, 'tweets.js'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes('\r\n')).toBe(true);
  });

  it('reads the unpacked folder nested under the download name, with BOM, CRLF and split parts', () => {
    const timeline = importMessy(MESSY);
    expect(timeline.profile).toMatchObject({
      id: '1599000111222333444',
      handle: 'Harbour_Cafe_77',
      hasWebsite: true,
      siteUrl: HARBOUR,
    });
    expect(timeline.posts.map((p) => p.kind)).toEqual([
      'original', // fresh bread, own-site link
      'original', // opening hours, the edited version only
      'reply', // to a customer
      'repost', // "RT @…", although the archive says retweeted: false
      'quote', // only a link to x.com/…/status/…?s=20
      'original', // a long post cut short, linking to itself
      'reply', // the account's own thread
      'original', // posted in a Community (community-tweet.js)
    ]);
  });

  it('keeps only the latest version of an edited post, as the API does', () => {
    const texts = importMessy(MESSY).posts.map((p) => p.text);
    expect(texts).toContain('Open till 6 today, last orders 5:30');
    expect(texts).not.toContain('Open till 5 today, last orders 4:30');
  });

  it('unescapes the HTML entities X writes into post text', () => {
    const [bread, , reply, repost] = importMessy(MESSY).posts;
    expect(bread?.text).toMatch(/^Fresh bread & coffee/);
    expect(reply?.text).toBe('@Sea_Dog_42 Thanks! See you Saturday <3');
    expect(repost?.text).toContain('Sunday & Monday');
  });

  it('treats a long post’s link to itself as neither a quote nor a link, and a gone mention as unknown', () => {
    const long = importMessy(MESSY).posts[5];
    expect(long).toMatchObject({ kind: 'original', links: [] });
    expect(long?.mentions).toEqual([{ userId: null, handle: 'ferry_crew_old' }]);
  });

  it('measures the messy archive as worked out by hand', () => {
    const m = measure(anonymizeTimeline(importMessy(MESSY), { salt: 'archive-test-salt-0123456789' }));
    expect(m.mix).toEqual({ original: 0.5, reply: 0.25, repost: 0.125, quote: 0.125 });
    expect(m.replyToOthersShare).toBe(0.125); // the customer; the other reply is in its own thread
    expect(m.selfThreadShare).toBe(0.125);
    expect(m.linkShare).toBe(0.1429); // the menu link, of 7 written posts (the quote's status link is no link)
    expect(m.ownSiteLinkShare).toBe(1);
    expect(m.mediaShare).toBe(0.1429); // the community post's photo
    expect(m.mentionsPerPost).toBe(0.1429); // the gone account only: the reply's leading @ is the person answered
    expect(m.distinctPeopleRepliedTo).toBe(1);
    expect(m.postsPerActiveDay).toBe(2); // 8 posts on Mon–Thu
    expect(m.thanksOrSupportShare).toBe(0.2857); // "Thanks!" and "with thanks to"
  });

  it('counts the anonymized words without the "amp" of an escaped ampersand', () => {
    const anon = anonymizeTimeline(importMessy(MESSY), { salt: 'archive-test-salt-0123456789' });
    expect(anon.posts[0]?.words).toBe(7); // Fresh bread coffee from 7am harbour side
  });

  it('reads the same posts from a zip nested under a top folder, with or without backslashes and __MACOSX', () => {
    const folder = importMessy(MESSY).posts;
    expect(importMessy(zipMessy()).posts).toEqual(folder);
    expect(importMessy(zipMessy({ backslashes: true })).posts).toEqual(folder);
    expect(importMessy(zipMessy({ macJunk: true })).posts).toEqual(folder);
    expect(importMessy(zipMessy({ prefix: 'Downloads/x/twitter-2026/data/' })).posts).toEqual(folder);
  });

  it('reads an archive from before 2020, with the files at the top and no data/ folder', () => {
    const files: Record<string, Uint8Array> = {};
    for (const name of fs.readdirSync(path.join(ARCHIVES, 'old/data')))
      files[name] = fs.readFileSync(path.join(ARCHIVES, 'old/data', name));
    const zip = path.join(scratch(), 'old.zip');
    fs.writeFileSync(zip, zipSync(files));
    expect(importArchive(zip, { now: NOW }).posts).toHaveLength(8);
  });

  it('never reads tweet-headers.js, direct messages or deleted posts', () => {
    // Each of them is malformed in the fixture: reading one would fail the import.
    expect(() => importMessy(MESSY)).not.toThrow();
    for (const name of ['tweet-headers.js', 'direct-messages.js', 'deleted-tweets.js'])
      expect(ARCHIVE_FILE.test(name)).toBe(false);
    expect(ARCHIVE_FILE.test('community-tweet.js')).toBe(true);
    expect(ARCHIVE_FILE.test('note-tweet.js')).toBe(true);
  });

  it('gives a long post its whole text from note-tweet.js, so the cues see the end of it', () => {
    const cut = fs.readFileSync(path.join(DATA, 'tweets-part1.js'), 'utf8');
    expect(cut).not.toContain('pre-order'); // tweets.js stops at "and…"
    const { timeline, notices } = readArchive(MESSY, { siteUrl: HARBOUR, now: NOW });
    const long = timeline.posts[5];
    expect(long?.text).toMatch(/^Big news for the harbour: .*you can pre-order picnic boxes .* #harbour$/);
    expect(long).toMatchObject({ kind: 'original', links: [], hashtags: 1 });
    expect(long?.mentions).toEqual([{ userId: null, handle: 'ferry_crew_old' }]);
    const anon = anonymizeTimeline(timeline, { salt: 'archive-test-salt-0123456789' });
    expect(anon.posts[5]?.offer).toBe(true); // "pre-order" sits past the cut
    // The note of a post deleted since matches nothing and is left out, with a note saying so.
    expect(timeline.posts).toHaveLength(8);
    expect(notices.map(formatArchiveNotice)).toEqual([
      expect.stringMatching(/^Note: data\/note-tweet\.js holds 1 long post that matches no post/),
    ]);
  });

  it('notices a last part that is missing, from the parts data/manifest.js lists', () => {
    const dir = path.join(scratch(), 'archive');
    fs.cpSync(MESSY, dir, { recursive: true });
    fs.rmSync(path.join(dir, TOP, 'data/tweets-part1.js'));
    expect(() => importMessy(dir)).toThrow(
      /\[data\/tweets-part1\.js\] is listed in data\/manifest\.js with 4 entries but missing: the archive is partial/,
    );
    // Without a manifest nothing tells that a last part is gone, so the rest is read.
    fs.rmSync(path.join(dir, TOP, 'data/manifest.js'));
    expect(importMessy(dir).posts).toHaveLength(4); // tweets.js's three (one edited twice) and the community post
  });

  it('refuses a zip that holds two archives, naming both folders', () => {
    const files: Record<string, Uint8Array> = {};
    for (const top of ['twitter-a', 'twitter-b'])
      for (const name of fs.readdirSync(DATA))
        files[`${top}/data/${name}`] = fs.readFileSync(path.join(DATA, name));
    const zip = path.join(scratch(), 'two.zip');
    fs.writeFileSync(zip, zipSync(files));
    expect(() => importMessy(zip)).toThrow(
      /holds more than one X archive \(account\.js in twitter-a\/data\/, twitter-b\/data\/\)/,
    );
  });
});

/**
 * An archive as owners hand it over when they share it: profile.js taken out (the manifest still
 * lists it), and the files X lists with 0 entries (community posts, long posts, deleted posts,
 * direct messages) simply not there. Mentioned accounts have handles that are ordinary words.
 */
describe('importing an archive without profile.js whose empty files are left out', () => {
  const NO_PROFILE = path.join(ARCHIVES, 'no-profile');
  const DATA = path.join(NO_PROFILE, 'twitter-2026-03-20-9f8e7d6c/data');
  const read = (archive: string) =>
    readArchive(archive, { siteUrl: 'https://corner-diner.example', now: NOW });

  it('the fixture really lacks profile.js and the files its manifest lists with 0 entries', () => {
    const present = fs.readdirSync(DATA);
    const manifest = fs.readFileSync(path.join(DATA, 'manifest.js'), 'utf8');
    for (const name of ['profile.js', 'community-tweet.js', 'note-tweet.js']) {
      expect(present).not.toContain(name);
      expect(manifest).toContain(`"data/${name}"`);
    }
    expect(manifest).toMatch(/"data\/community-tweet\.js",\s*"globalName" : "[^"]+",\s*"count" : "0"/);
  });

  it('reads the posts, leaves the bio unknown and says so once, naming the missing file', () => {
    const { timeline, notices } = read(NO_PROFILE);
    expect(timeline.posts).toHaveLength(10);
    expect(timeline.profile).toMatchObject({
      handle: 'Corner_Diner_9',
      bio: null,
      hasWebsite: null,
      siteUrl: 'https://corner-diner.example',
    });
    const lines = notices.map(formatArchiveNotice);
    expect(lines.filter((l) => l.startsWith('Warning:'))).toEqual([
      expect.stringMatching(
        /^Warning: data\/profile\.js is missing, so the bio, .* no bio or website gap is raised\.$/,
      ),
    ]);
    expect(lines.filter((l) => l.startsWith('Note:')).sort()).toEqual([
      'Note: data/community-tweet.js is listed in data/manifest.js with 0 entries and is not in the archive: there is nothing to read.',
      'Note: data/note-tweet.js is listed in data/manifest.js with 0 entries and is not in the archive: there is nothing to read.',
    ]);
    // Files the import never reads are never mentioned, listed or not.
    expect(lines.join('\n')).not.toMatch(/deleted-tweets|direct-messages|like\.js|follower/);
  });

  it('reads the same from the zip, data/ under the download folder', () => {
    expect(read(zipFolder(NO_PROFILE)).timeline.posts).toEqual(read(NO_PROFILE).timeline.posts);
  });

  it('anonymizes the unknown bio as unknown, not as a bio that fails every check', () => {
    const anon = anonymizeTimeline(read(NO_PROFILE).timeline, { salt: 'archive-test-salt-0123456789' });
    expect(anon.profile).toMatchObject({ bio: null, siteKnown: true, followers: null });
  });

  it('still refuses a post file the manifest lists with entries when it is missing', () => {
    const dir = path.join(scratch(), 'archive');
    fs.cpSync(NO_PROFILE, dir, { recursive: true });
    const manifest = path.join(dir, 'twitter-2026-03-20-9f8e7d6c/data/manifest.js');
    fs.writeFileSync(
      manifest,
      fs
        .readFileSync(manifest, 'utf8')
        .replace(
          /("fileName" : "data\/community-tweet\.js",\s*"globalName" : "[^"]+",\s*"count" : )"0"/,
          '$1"3"',
        ),
    );
    expect(() => read(dir)).toThrow(
      /\[data\/community-tweet\.js\] is listed in data\/manifest\.js with 3 entries but missing: the archive is partial/,
    );
  });

  it('warns, and goes on, when the long posts the manifest lists are missing', () => {
    const dir = path.join(scratch(), 'archive');
    fs.cpSync(NO_PROFILE, dir, { recursive: true });
    const manifest = path.join(dir, 'twitter-2026-03-20-9f8e7d6c/data/manifest.js');
    fs.writeFileSync(
      manifest,
      fs
        .readFileSync(manifest, 'utf8')
        .replace(/("fileName" : "data\/note-tweet\.js",\s*"globalName" : "[^"]+",\s*"count" : )"0"/, '$1"2"'),
    );
    const lines = read(dir).notices.map(formatArchiveNotice);
    expect(lines).toContain(
      'Warning: data/note-tweet.js is listed in data/manifest.js with 2 entries but missing: long posts keep only their first 280 characters for the text cues.',
    );
  });
});
