import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PlaybookError } from '../../src/lib/errors.ts';
import { applyPolicy, PagePolicy } from '../../src/lib/node/csp/apply-policy.ts';
import { shortLinkFile, writeShortLinks } from '../../src/lib/node/short-links/write-short-links.ts';
import { redirectPageHtml } from '../../src/lib/playbook/redirect-page.ts';
import { shareImagePath } from '../../src/lib/playbook/share-card.ts';
import type { SiteFacts } from '../../src/lib/playbook/share-meta.ts';
import { permanentLinks } from '../../src/lib/playbook/site-index.ts';
import { shareImageOf } from '../../src/lib/share-image/head.ts';

const site: SiteFacts = {
  name: 'Shop & Co Playbook',
  lang: 'en-GB',
  site: 'https://playbook.example.org',
  base: '/kit/',
};

describe('permanent links', () => {
  it("takes a page's permalink, else its id, and a source's permalink, else its slug cut at a word", () => {
    const links = permanentLinks(
      [
        { data: { slug: 'a-very-long-article-title-about-replying-to-customers-on-x', title: 'Long' } },
        { data: { slug: 'short', title: 'Short', permalink: 'pinned' } },
      ],
      [
        { collection: 'plays', id: 'reply-within-the-day', data: { title: 'Reply within the day' } },
        { collection: 'pages', id: 'how-to', data: { title: 'How to', permalink: 'howto' } },
      ],
    );
    expect(links).toEqual([
      { from: 'reply-within-the-day', to: '/plays/reply-within-the-day/', title: 'Reply within the day' },
      { from: 'howto', to: '/guides/how-to/', title: 'How to' },
      {
        from: 'a-very-long-article-title-about-replying',
        to: '/sources/a-very-long-article-title-about-replying-to-customers-on-x/',
        title: 'Long',
      },
      { from: 'pinned', to: '/sources/short/', title: 'Short' },
    ]);
  });
});

describe('redirect pages', () => {
  it('refresh to the page with the base, escape the title and carry the page card', () => {
    const html = redirectPageHtml(
      { to: '/plays/deals/', title: 'Deals <"today"> & more', reason: 'short-link' },
      site,
    );
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/kit/plays/deals/">');
    expect(html).toContain('<link rel="canonical" href="https://playbook.example.org/kit/plays/deals/">');
    expect(html).toContain(
      '<title>Deals &lt;&quot;today&quot;&gt; &amp; more · Shop &amp; Co Playbook</title>',
    );
    expect(html).not.toContain('<"today">');
    expect(html).toContain(
      '<p><a href="/kit/plays/deals/">Deals &lt;&quot;today&quot;&gt; &amp; more</a></p>',
    );
    const card = { title: 'Deals <"today"> & more', kind: 'Play' };
    expect(shareImageOf(html)).toEqual({
      url: `https://playbook.example.org/kit${shareImagePath(card, site.name)}`,
      name: site.name,
      card,
    });
  });

  it('tell a reader of an old path that the page has moved', () => {
    const html = redirectPageHtml({ to: '/guides/how-to/', title: 'How to', reason: 'moved' }, site);
    expect(html).toContain(
      'This page has moved to <a href="/kit/guides/how-to/">How to</a>. Please update your bookmark.',
    );
  });
});

describe('writing short links', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'short-links-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one redirect page per link under p/<id>/', async () => {
    const out = tempDir();
    const links = [
      { from: 'deals', to: '/plays/deals/', title: 'Deals' },
      { from: 'howto', to: '/guides/how-to/', title: 'How to' },
    ];
    expect(await writeShortLinks(out, links, site)).toBe(2);
    expect(shortLinkFile('deals')).toBe('p/deals/index.html');
    const html = fs.readFileSync(path.join(out, 'p/howto/index.html'), 'utf8');
    expect(html).toBe(
      redirectPageHtml({ to: '/guides/how-to/', title: 'How to', reason: 'short-link' }, site),
    );
    expect(fs.readdirSync(path.join(out, 'p')).sort()).toEqual(['deals', 'howto']);
  });

  it("writes each page with its Content-Security-Policy when given the build's, and the policy pass leaves it as written", async () => {
    const out = tempDir();
    fs.writeFileSync(
      path.join(out, 'index.html'),
      '<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{color:red}</style></head><body></body></html>',
    );
    const links = [
      { from: 'deals', to: '/plays/deals/', title: 'Deals' },
      { from: 'howto', to: '/guides/how-to/', title: 'How to' },
    ];
    const policy = new PagePolicy();
    expect(await writeShortLinks(out, links, site, policy)).toBe(2);
    const file = path.join(out, 'p/howto/index.html');
    const written = fs.readFileSync(file, 'utf8');
    const plain = redirectPageHtml({ to: '/guides/how-to/', title: 'How to', reason: 'short-link' }, site);
    // The redirect page as drawn, with the policy's <meta> right after its charset.
    expect(written).toMatch(
      /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';[^"]*">/,
    );
    expect(written.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '')).toBe(plain);
    const before = fs.statSync(file).mtimeMs;
    // The pass puts the policy into the other page, counts all three, and does not read these back
    // (it would fail on a page that already has a policy).
    const applied = await applyPolicy(out, policy);
    expect(applied.pages).toBe(3);
    expect(applied.styleHashes.size).toBe(1);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('content-security-policy');
    expect(fs.readFileSync(file, 'utf8')).toBe(written);
    expect(fs.statSync(file).mtimeMs).toBe(before);
    // Without the build's policy, the pass sees the tag and stops, as for any page that brings its own.
    await expect(applyPolicy(out)).rejects.toThrow(PlaybookError);
  });

  it('refuses to overwrite a page that is already there, naming it, and writes nothing', async () => {
    const out = tempDir();
    fs.mkdirSync(path.join(out, 'p/deals'), { recursive: true });
    fs.writeFileSync(path.join(out, 'p/deals/index.html'), 'a page');
    const links = [
      { from: 'howto', to: '/guides/how-to/', title: 'How to' },
      { from: 'deals', to: '/plays/deals/', title: 'Deals' },
    ];
    const error = await writeShortLinks(out, links, site).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlaybookError);
    expect((error as PlaybookError).problems).toEqual([
      expect.objectContaining({
        file: 'p/deals/index.html',
        message: expect.stringContaining('/plays/deals/'),
      }),
    ]);
    expect(fs.readFileSync(path.join(out, 'p/deals/index.html'), 'utf8')).toBe('a page');
    expect(fs.existsSync(path.join(out, 'p/howto'))).toBe(false);
  });
});
