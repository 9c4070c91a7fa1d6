/**
 * Splits a source's Markdown body into passages: paragraphs, list blocks and quotes, each with
 * an id that survives edits elsewhere in the file.
 *
 * Id rule: `<source-slug>/<short-id>`, where short-id is either pinned with a `{#my-id}` marker
 * at the end of the passage, or a 7-character hash of the passage's normalised text (case,
 * Markdown emphasis and whitespace ignored). Adding, removing or reordering other passages, or
 * re-wrapping lines, therefore never changes an id; editing a passage's own words does, which
 * is what the marker is for.
 */
import type { Passage } from '../../schemas/passage.ts';
import type { Problem } from '../errors.ts';
import { shortHash } from '../hash.ts';
import { computeSignals } from './signals/signals.ts';

export interface SplitOptions {
  sourceSlug: string;
  /** File name used in problems. */
  file: string;
  /** Line of the body's first line in the file (after frontmatter). */
  bodyLine?: number;
}

export interface SplitResult {
  passages: Passage[];
  problems: Problem[];
}

interface Block {
  kind: Passage['kind'];
  lines: string[];
  line: number;
  section: string | undefined;
}

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
/** `[1]: https://example.com "Title"`: a link reference definition, not text. */
const REFERENCE_DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+["'(].*["')])?\s*$/;
const MARKER = /\s*(?<!\\)\{#([^}\s]*)\}\s*$/;
const VALID_SHORT_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** The text an automatic id is computed from: only the words, not their formatting. */
export function normaliseForId(text: string): string {
  return text
    .normalize('NFKC')
    .split('\n')
    .map((line) => line.replace(LIST_ITEM, '').replace(/^\s*>\s?/, ''))
    .join(' ')
    .replace(/[*_`~]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The automatic short id for a passage's text. */
export function autoShortId(text: string): string {
  return `p-${shortHash(normaliseForId(text))}`;
}

export function splitPassages(body: string, options: SplitOptions): SplitResult {
  const problems: Problem[] = [];
  const normalised = body.replace(/\r\n?/g, '\n');
  const definitions = referenceDefinitions(normalised);
  const blocks = toBlocks(normalised, options.bodyLine ?? 1);
  for (const block of blocks) block.lines = block.lines.map((line) => resolveReferences(line, definitions));
  const passages: Passage[] = [];
  const seen = new Map<string, Passage>();

  for (const block of blocks) {
    const last = block.lines.length - 1;
    const marker = MARKER.exec(block.lines[last] ?? '');
    let pinned: string | undefined;
    if (marker) {
      block.lines[last] = (block.lines[last] ?? '').slice(0, marker.index);
      pinned = marker[1] ?? '';
      if (!VALID_SHORT_ID.test(pinned)) {
        problems.push({
          file: options.file,
          line: block.line + last,
          field: `{#${pinned}}`,
          message: 'is not a valid passage id marker.',
          fix: 'use lowercase letters, digits and hyphens, e.g. {#research-who-they-follow}.',
        });
        pinned = undefined;
      }
    }
    const text = block.lines.join('\n').trim();
    if (!text) continue;
    const shortId = pinned ?? autoShortId(text);
    const id = `${options.sourceSlug}/${shortId}`;
    const items = block.kind === 'list' ? listItems(block.lines) : undefined;
    const passage: Passage = {
      id,
      sourceSlug: options.sourceSlug,
      shortId,
      pinned: pinned !== undefined,
      kind: block.kind,
      ordinal: passages.length + 1,
      ...(block.section ? { section: block.section } : {}),
      text,
      ...(items ? { items } : {}),
      line: block.line,
      signals: computeSignals(text),
    };
    const twin = seen.get(id);
    if (twin) {
      problems.push({
        file: options.file,
        line: block.line,
        field: id,
        message: `is the same passage id as the passage at line ${twin.line}.`,
        fix: pinned
          ? `choose another {#…} marker for one of them.`
          : 'the two passages have the same words: remove the repeat or pin one with a {#unique-id} marker.',
      });
      continue;
    }
    seen.set(id, passage);
    passages.push(passage);
  }
  return { passages, problems };
}

/** Link reference definitions (`[label]: url`), by lower-cased label. */
function referenceDefinitions(body: string): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const line of body.split('\n')) {
    const match = REFERENCE_DEFINITION.exec(line);
    if (match?.[1] && match[2]) definitions.set(match[1].toLowerCase(), match[2]);
  }
  return definitions;
}

/** `[text][label]` and `[label][]` become inline links, so a passage stands on its own. */
function resolveReferences(line: string, definitions: Map<string, string>): string {
  if (definitions.size === 0) return line;
  return line.replace(/\[([^\]]+)\]\[([^\]]*)\]/g, (whole, text: string, label: string) => {
    const url = definitions.get((label || text).toLowerCase());
    return url ? `[${text}](${url})` : whole;
  });
}

function listItems(lines: string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    if (LIST_ITEM.test(line)) items.push(line.replace(LIST_ITEM, '').trim());
    else if (items.length > 0) items[items.length - 1] = `${items[items.length - 1]} ${line.trim()}`.trim();
  }
  return items.filter((item) => item.length > 0);
}

/** Groups lines into blocks: blank lines end a paragraph; a list continues across blank lines. */
function toBlocks(body: string, firstLine: number): Block[] {
  const lines = body.split('\n');
  const blocks: Block[] = [];
  let section: string | undefined;
  let current: Block | undefined;
  let fence: string | undefined;
  let inComment = false;

  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };

  lines.forEach((raw, index) => {
    const lineNo = firstLine + index;
    const line = raw.replace(/\s+$/, '');
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      return;
    }
    if (fence !== undefined) {
      current?.lines.push(raw);
      if (line.trim().startsWith(fence)) fence = undefined;
      return;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      close();
      fence = fenceMatch[1]?.slice(0, 3);
      current = { kind: 'paragraph', lines: [raw], line: lineNo, section };
      return;
    }
    if (/^\s*<!--/.test(line)) {
      close();
      if (!line.includes('-->')) inComment = true;
      return;
    }
    if (line.trim() === '') {
      // A list stays open across a blank line when the next non-blank line is another item.
      if (current?.kind === 'list') {
        const next = lines.slice(index + 1).find((l) => l.trim() !== '');
        if (next !== undefined && (LIST_ITEM.test(next) || /^\s{2,}\S/.test(next))) return;
      }
      close();
      return;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      section = (heading[2] ?? '').trim() || undefined;
      return;
    }
    // A setext heading: one line of text underlined with === or ---.
    if (SETEXT_UNDERLINE.test(line) && current?.kind === 'paragraph' && current.lines.length === 1) {
      section = (current.lines[0] ?? '').trim() || undefined;
      current = undefined;
      return;
    }
    if (REFERENCE_DEFINITION.test(line)) return;
    if (RULE.test(line)) {
      close();
      return;
    }
    const isQuote = /^\s{0,3}>/.test(line);
    const isItem = LIST_ITEM.test(line);
    if (current && current.kind === 'quote' && !isQuote) close();
    if (current && current.kind === 'paragraph' && isItem) close();
    if (!current) {
      current = { kind: isQuote ? 'quote' : isItem ? 'list' : 'paragraph', lines: [], line: lineNo, section };
    }
    current.lines.push(current.kind === 'quote' ? line.replace(/^\s{0,3}>\s?/, '') : line);
  });
  close();
  return blocks;
}
