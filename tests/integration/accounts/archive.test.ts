/** Archive import on fixture archives: folder and zip, split and old layouts, malformed ones. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { anonymizeTimeline } from '../../../src/lib/accounts/anonymize.ts';
import { classify } from '../../../src/lib/accounts/classify.ts';
import { measure } from '../../../src/lib/accounts/measure.ts';
import { ARCHIVE_FILE, importArchive } from '../../../src/lib/node/x-archive.ts';
import { listZipEntries } from '../../../src/lib/node/zip-reader.ts';

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
    expect(classify(m, 8).mode).toBe('hybrid');
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

  it('reads older archives: tweet.js with bare entries and no profile.js', () => {
    const old = importArchive(path.join(ARCHIVES, 'old'), { now: NOW });
    expect(old.posts.map((p) => p.kind)).toEqual(importBasic(BASIC).posts.map((p) => p.kind));
    expect(old.profile).toMatchObject({ bio: '', hasWebsite: false, siteUrl: null });
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
