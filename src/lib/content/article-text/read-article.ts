/**
 * Reads an article as it arrives from the web (text copied or saved from a page): finds its
 * headline among the lines around it (site header text, a date line, a byline), takes the author
 * and date out of the text, and drops the page's chrome (comment forms, share prompts, cookie
 * notices, related posts…), saying what it dropped and why. Pure.
 *
 * Finding the headline: a headline is a short line without final punctuation near the top, whose
 * words the article's paragraphs repeat, and which usually sits next to the date or the byline.
 * Lines above the headline are the site's header and are dropped; a candidate below the first
 * paragraph counts only when a date or byline sits next to it (a headline under a site blurb).
 * When no line qualifies the article has no headline, and the importer writes a descriptive title.
 */
import {
  boilerplateReason,
  type DropReason,
  isCookieButton,
  isListedTitle,
  isTeaser,
  visibleText,
  withoutEmbeddedPostButtons,
} from './boilerplate.ts';
import { parseByline, parseDateLine } from './byline.ts';

export interface DroppedLine {
  /** 1-based line in the imported file. */
  line: number;
  text: string;
  reason: DropReason;
}

export interface ArticleText {
  /** The article's headline, when it has one. */
  headline?: string;
  author?: string;
  /** Publication date in ISO form, as precise as the page printed it (`2009-07-22`, `2009-07`, `2009`). */
  published?: string;
  /** The article's own lines, in order, without the headline and the page chrome (blank lines kept). */
  lines: string[];
  dropped: DroppedLine[];
}

export interface ReadOptions {
  /** Line of the text's first line in the file (after frontmatter), for messages. */
  firstLine?: number;
}

interface Line {
  raw: string;
  /** What a reader sees (no Markdown marks). */
  text: string;
  kind: 'blank' | 'text' | 'dropped' | 'code';
  reason?: DropReason;
}

const HEAD_TEXT_LINES = 15;
const HEAD_PARAGRAPHS = 3;
const HEADLINE_MAX_WORDS = 16;
const HEADLINE_MAX_CHARS = 120;
const MIN_HEADLINE_SCORE = 1;
const STOPWORDS = new Set(
  'a an and are as at be but by can do does for from has have how i if in into is it its me my no not of on or our so that the their them they this to up us was we what when where which who why will with you your'.split(
    ' ',
  ),
);

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Lowercase content words, crudely stemmed so "tweet" meets "tweets". */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w))
    .map((w) => w.replace(/(?:ies|es|s)$/, (end) => (end === 'ies' ? 'y' : '')));
}

function isHeadlineShaped(line: Line): boolean {
  const words = wordsOf(line.text);
  if (words.length === 0 || words.length > HEADLINE_MAX_WORDS || line.text.length > HEADLINE_MAX_CHARS)
    return false;
  if (/^\s{0,3}#{1,6}\s/.test(line.raw)) return true;
  if (/^\s*(?:[-*+•]|\d{1,3}[.)])\s/.test(line.raw)) return false;
  // A line cut short by hard wrapping ("I read a" / "blog post recently…") is not a headline.
  if (/\s(?:a|an|the|and|or|of|to|with|my|our|your|their|its)$/i.test(line.text)) return false;
  // A sentence, a quotation or an attribution ("- Jane, owner") is not a headline.
  return !/[.,;:…]["”’)]*$/.test(line.text) && !/^["“‘'\-–—]/.test(line.text);
}

function isParagraph(line: Line): boolean {
  return !isHeadlineShaped(line) && wordsOf(line.text).length >= 6;
}

/** Splits the text into lines and marks the page chrome, dates and bylines. */
function classify(text: string): { lines: Line[]; author?: string; published?: string } {
  const lines: Line[] = [];
  let author: string | undefined;
  let published: string | undefined;
  let inFence = false;
  for (const source of text.split('\n')) {
    if (/^\s{0,3}(?:`{3,}|~{3,})/.test(source)) inFence = !inFence;
    if (inFence || /^\s{0,3}(?:`{3,}|~{3,})/.test(source)) {
      lines.push({ raw: source, text: source, kind: 'code' });
      continue;
    }
    const { line: raw, stripped } = withoutEmbeddedPostButtons(source);
    const line: Line = { raw, text: visibleText(raw), kind: raw.trim() ? 'text' : 'blank' };
    if (stripped) line.reason = 'embedded post buttons';
    lines.push(line);
    if (line.kind === 'blank') continue;
    const chrome = boilerplateReason(raw) ?? (isTeaser(raw) ? 'teaser' : undefined);
    if (chrome) {
      line.kind = 'dropped';
      line.reason = chrome;
      continue;
    }
    const date = parseDateLine(line.text);
    if (date) {
      line.kind = 'dropped';
      line.reason = 'date line';
      published ??= date.iso;
      author ??= date.author;
      continue;
    }
    const byline = parseByline(line.text);
    if (byline) {
      line.kind = 'dropped';
      line.reason = 'byline';
      author ??= byline.author;
      published ??= byline.date?.iso;
    }
  }
  dropFollowers(lines);
  return { lines, ...(author ? { author } : {}), ...(published ? { published } : {}) };
}

/** A cookie notice takes its buttons with it, and a "related posts" heading its list of titles. */
function dropFollowers(lines: Line[]): void {
  lines.forEach((line, index) => {
    if (line.kind !== 'dropped' || (line.reason !== 'cookie notice' && line.reason !== 'related posts'))
      return;
    const follows = line.reason === 'cookie notice' ? isCookieButton : isListedTitle;
    for (let next = index + 1; next < lines.length; next++) {
      const follower = lines[next];
      if (!follower || follower.kind === 'code') break;
      if (follower.kind === 'blank' || follower.kind === 'dropped') continue;
      if (!follows(follower.raw)) break;
      follower.kind = 'dropped';
      follower.reason = line.reason;
    }
  });
}

/** Repeated header lines (a title printed twice, an author's name above and below). */
function dropEarlyDuplicates(lines: Line[]): void {
  const seen = new Set<string>();
  let textLines = 0;
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    if (++textLines > 25) break;
    const key = line.text.toLowerCase();
    if (seen.has(key)) {
      line.kind = 'dropped';
      line.reason = 'duplicate line';
    }
    seen.add(key);
  }
}

/** Index of the headline line, or -1 when the article has none. */
function findHeadline(lines: Line[]): number {
  const text = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.kind === 'text');
  const bodyWords = new Set(
    text.filter(({ line }) => isParagraph(line)).flatMap(({ line }) => contentWords(line.text)),
  );
  // A date or byline right next to the line, with only blank lines or page chrome between.
  const datedOrSigned = (index: number) =>
    [-1, 1].some((step) => {
      for (let at = index + step; at >= 0 && at < lines.length; at += step) {
        const near = lines[at];
        if (!near || near.kind === 'text' || near.kind === 'code') return false;
        if (near.reason === 'date line' || near.reason === 'byline') return true;
      }
      return false;
    });
  let best = { index: -1, score: MIN_HEADLINE_SCORE };
  let paragraphsBefore = 0;
  for (const [position, { line, index }] of text.slice(0, HEAD_TEXT_LINES).entries()) {
    if (paragraphsBefore >= HEAD_PARAGRAPHS) break;
    if (!isHeadlineShaped(line)) {
      if (isParagraph(line)) paragraphsBefore++;
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s/.exec(line.raw)?.[1]?.length;
    const nearDate = datedOrSigned(index);
    if (paragraphsBefore > 0 && !nearDate && heading !== 1) continue;
    const words = contentWords(line.text);
    const overlap = words.length ? words.filter((w) => bodyWords.has(w)).length / words.length : 0;
    const next = text[position + 1]?.line;
    const followedByText = next !== undefined && isParagraph(next);
    // The plain layout every importer has known: the first line is the title, then the text.
    const titleThenText = position === 0 && next !== undefined && !isHeadlineShaped(next);
    // The same with a deck or a first section heading between title and text: a site's name,
    // the other line that can open a page, is rarely five words long.
    const afterNext = text[position + 2]?.line;
    const titleThenSection =
      position === 0 &&
      words.length >= 5 &&
      next !== undefined &&
      isHeadlineShaped(next) &&
      afterNext !== undefined &&
      isParagraph(afterNext);
    const score =
      2 * overlap +
      (nearDate ? 1.5 : 0) +
      (heading === 1 ? 3 : heading ? 1 : 0) +
      (titleThenText ? 1.5 : 0) +
      (titleThenSection ? 1.5 : 0) +
      (followedByText ? 0.5 : 0) -
      (words.length < 2 ? 0.5 : 0) -
      0.1 * position;
    if (score >= best.score && (best.index === -1 || score > best.score)) best = { index, score };
  }
  return best.index;
}

/** "Twitter 101 By Jane Doe": a headline with its byline on the same line. */
function splitSignedHeadline(text: string | undefined): { headline: string; author?: string } | undefined {
  if (text === undefined) return undefined;
  const at = text.search(/\s[Bb]y\s+\p{Lu}[^\s]*(?:\s+\S+){0,4}$/u);
  const byline = at > 0 ? parseByline(text.slice(at + 1)) : undefined;
  // A name of two words at least: "Stand By Me" is a headline, not a byline.
  return byline?.author?.includes(' ')
    ? { headline: text.slice(0, at).trim(), author: byline.author }
    : { headline: text };
}

/** Reads the article out of the page text. */
export function readArticleText(text: string, options: ReadOptions): ArticleText {
  const { lines, author, published } = classify(text.replace(/\r\n?/g, '\n'));
  dropEarlyDuplicates(lines);
  const headlineIndex = findHeadline(lines);
  const signed = splitSignedHeadline(lines[headlineIndex]?.text);
  const headline = signed?.headline;
  const byAuthor = author ?? signed?.author;
  if (headline !== undefined) {
    for (const [index, line] of lines.entries()) {
      if (index >= headlineIndex) {
        // The headline printed again further down (a print view, a share box) is not text either.
        if (
          index > headlineIndex &&
          line.kind === 'text' &&
          line.text.toLowerCase() === headline.toLowerCase()
        ) {
          line.kind = 'dropped';
          line.reason = 'duplicate line';
        }
        continue;
      }
      if (line.kind === 'text') {
        line.kind = 'dropped';
        line.reason = 'site header';
      }
    }
  }
  const firstLine = options.firstLine ?? 1;
  const dropped: DroppedLine[] = [];
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.reason && line.kind !== 'dropped') {
      // Kept line with chrome removed from its end (an embedded post's buttons).
      dropped.push({
        line: firstLine + index,
        text: '(buttons at the end of the line)',
        reason: line.reason,
      });
    }
    if (line.kind === 'dropped' && line.reason) {
      dropped.push({ line: firstLine + index, text: line.text, reason: line.reason });
      continue;
    }
    if (index === headlineIndex) continue;
    kept.push(line.kind === 'blank' ? '' : line.raw);
  }
  return {
    ...(headline !== undefined ? { headline } : {}),
    ...(byAuthor ? { author: byAuthor } : {}),
    ...(published ? { published } : {}),
    lines: kept,
    dropped,
  };
}
