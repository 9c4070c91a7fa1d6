/**
 * Where the leak check looks and what counts as a match: whole tokens in text, attribute values
 * and JSON strings; never CSS or code; ordinary words among handles only as @handle or in a
 * profile URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileLeakMatcher,
  type LeakPlace,
  scanHtml,
  scanJson,
  scanSegment,
} from '../../../src/lib/accounts/leak-scan.ts';
import {
  collectFromJson,
  emptyIdentifiers,
  type RawIdentifiers,
} from '../../../src/lib/accounts/raw-identifiers.ts';

/** A small stand-in for the dictionary: the ordinary words these tests use. */
const WORDS = new Set(['page', 'media', 'home', 'support', 'services', 'marketing', 'twitter', 'brand']);
const isWord = (w: string) => WORDS.has(w);

function identifiers(): RawIdentifiers {
  const ids = emptyIdentifiers();
  collectFromJson(
    {
      data: { id: '98765432101', username: 'BakeryTown', name: 'Bakery Town Ltd', description: 'We bake' },
      mentions: [
        { screen_name: 'page', name: 'Page', id_str: '55500033' },
        { screen_name: 'media', name: 'Media Desk', id_str: '55500011' },
        { screen_name: 'home', name: 'Home', id_str: '55500022' },
        { screen_name: 'Support', name: 'Support', id_str: '17874544' },
        { screen_name: 'pal_number_9', name: 'Pal Person', id_str: '66600033' },
        { screen_name: 'marketing', name: 'Marketingteamlead', id_str: '66600044' },
      ],
      tweets: [{ id_str: '1890000000000000001', full_text: 'see https://blog.example/post/1' }],
      sites: ['https://bakery-town.example'],
    },
    ids,
  );
  return ids;
}

const matcher = compileLeakMatcher(identifiers(), isWord);

/** What a page leaks, each identifier once per place (as the check reports it once per file). */
function htmlLeaks(html: string): string[] {
  const found = new Set<string>();
  scanHtml(html, matcher, (kind, value, place) => found.add(`${kind} ${value} in ${place}`));
  return [...found];
}
function textLeaks(text: string, place: LeakPlace = 'text'): string[] {
  const found: string[] = [];
  scanSegment(text, 0, text.length, matcher, place, (kind, value) => found.push(`${kind} ${value}`));
  return found;
}

describe('handles that are ordinary words', () => {
  it('never match in CSS, in the site’s words, in class names or aria values', () => {
    const page = `<!DOCTYPE html><html><head><style>@media print { @page { size: A4 } .media { color: red } }</style>
      <link rel="stylesheet" href="/_astro/home.Bk_9.css"></head>
      <body class="page home"><nav aria-label="Main"><a href="/" aria-current="page">Home</a> · <a href="/support/">Support</a></nav>
      <p>Post media and reply from the home page; our support desk answers. Marketing matters.</p>
      <script>matchMedia('@media (prefers-color-scheme: dark)'); const home = "@home";</script></body></html>`;
    expect(htmlLeaks(page)).toEqual([]);
  });

  it('match as @handle and as a profile URL, in text and in attributes', () => {
    expect(htmlLeaks('<p>Thanks @Support and @media!</p>')).toEqual([
      'handle support in text',
      'handle media in text',
    ]);
    expect(htmlLeaks('<a href="https://x.com/page">x</a><a href="https://twitter.com/@home/">t</a>')).toEqual(
      ['handle page in attribute', 'handle home in attribute'],
    );
  });

  it('are no mention inside an e-mail address or a longer handle', () => {
    expect(textLeaks('write to desk@media or to @media_team or @pagers')).toEqual([]);
  });
});

describe('identifiers that could lead back to a person', () => {
  it('match in text, in attribute values and in JSON data, as whole tokens', () => {
    expect(htmlLeaks('<p>by pal_number_9</p>')).toEqual(['handle pal_number_9 in text']);
    expect(htmlLeaks('<img alt="photo of Pal&nbsp;Person" src="/a.png">')).toEqual([
      'name pal person in attribute',
    ]);
    expect(htmlLeaks('<script type="application/ld+json">{"author":"@pal_number_9"}</script>')).toEqual([
      'handle pal_number_9 in data',
    ]);
    expect(textLeaks('post 1890000000000000001, see blog.example/post/1.')).toEqual([
      'id 1890000000000000001',
      'url blog.example/post/1',
    ]);
    expect(textLeaks('the bakerytown account at https://www.bakery-town.example/menu')).toEqual([
      'handle bakerytown',
      'host bakery-town.example',
    ]);
  });

  it('do not match inside longer tokens', () => {
    expect(
      textLeaks('pal_number_99 and 18900000000000000012 and xbakerytown and bakery-town.examples'),
    ).toEqual([]);
  });

  it('match a name over any whitespace and entities, but a one-word name only when it is no ordinary word', () => {
    expect(textLeaks('Bakery   Town\nLtd and Marketingteamlead')).toEqual([
      'name bakery town ltd',
      'name marketingteamlead',
    ]);
    expect(textLeaks('Support, Page and Home')).toEqual([]);
  });

  it('are found in every string of a Pagefind fragment, keys aside', () => {
    const fragment = {
      url: '/accounts/x/',
      content: 'A reply to @pal_number_9.',
      meta: { title: 'Example' },
      filters: { kind: ['account'] },
    };
    const found: string[] = [];
    scanJson(fragment, matcher, 'search index', (kind, value, place) =>
      found.push(`${kind} ${value} ${place}`),
    );
    expect(found).toEqual(['handle pal_number_9 search index']);
  });
});

describe('collecting identifiers from X’s “all fields” example response', () => {
  const allFields = JSON.parse(
    fs.readFileSync(
      path.join(import.meta.dirname, '../../fixtures/accounts/api/all-fields-tweet.json'),
      'utf8',
    ),
  );

  it('takes the people, never the topic annotations, places or polls', () => {
    const ids = emptyIdentifiers();
    collectFromJson(allFields, ids);
    expect([...ids.names]).toEqual(['twitter dev']);
    expect(ids.handles.has('twitterdev')).toBe(true);
    expect(ids.handles.has('gettyimages')).toBe(false); // only in an annotation's description
    expect(ids.ids.has('781974596752842752')).toBe(false); // the "Services" entity
    const m = compileLeakMatcher(ids, isWord);
    const found: string[] = [];
    const text =
      'Services, Brand Vertical and Brand Category; Happy New Year from Manhattan. Twitter Dev wrote it.';
    scanSegment(text, 0, text.length, m, 'text', (kind, value) => found.push(`${kind} ${value}`));
    expect(found).toEqual(['name twitter dev']);
  });
});
