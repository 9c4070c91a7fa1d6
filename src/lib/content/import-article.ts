/**
 * Turns a user's own article (plain text or Markdown) into a source file for the playbook.
 * Pure: the script reads and writes files; this decides what goes in them.
 *
 * Imported text is third-party text. Passages are only ever rendered through the escaping
 * inline renderer, so HTML and `{…}` show as text; on top of that, anything that would mean
 * something to the playbook itself (an `{#id}` marker, frontmatter fences) is escaped here.
 */
import { stringify } from 'yaml';
import { shortHash } from '../hash.ts';
import { slugify } from '../slug.ts';
import { entryIdFromPath } from './collections.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { splitPassages } from './passages.ts';
import { meanStance, rankTopics, stanceLabel } from './signals/signals.ts';

export interface ImportInput {
  /** File name, used for the format (.txt or .md) and messages. */
  fileName: string;
  text: string;
}

export interface ImportedSource {
  slug: string;
  /** The whole file to write to `<content dir>/sources/<slug>.md`. */
  contents: string;
  /** Digest of the imported text: the same input gives the same digest and the same file. */
  digest: string;
  title: string;
  topics: string[];
  stance: number;
  passageCount: number;
}

export class ImportError extends Error {
  override name = 'ImportError';
}

const LIST_LINE = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;

/** Builds the source file. Throws ImportError when there is nothing to import. */
export function importArticle(input: ImportInput, importedAt: string): ImportedSource {
  const normalised = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const isMarkdown = /\.(md|markdown|mdx)$/i.test(input.fileName);
  const withoutFrontmatter = isMarkdown ? splitFrontmatter(normalised, input.fileName).body : normalised;
  const lines = withoutFrontmatter.split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex === -1)
    throw new ImportError(`${input.fileName} is empty: there is no title line and no text to import.`);
  const title = cleanTitle(lines[titleIndex] ?? '');
  const rest = lines.slice(titleIndex + 1);
  const body = (isMarkdown ? rest.map(escapeMarkdownLine).join('\n') : plainTextToMarkdown(rest)).trim();
  if (!body) throw new ImportError(`${input.fileName} has a title ("${title}") but no text after it.`);

  const slug = slugify(title).slice(0, 60).replace(/-+$/, '') || entryIdFromPath(input.fileName);
  const { passages } = splitPassages(body, { sourceSlug: slug, file: input.fileName });
  const topics = rankTopics(passages);
  const stance = meanStance(passages);
  const digest = shortHash(normalised, 10);

  const frontmatter = {
    title,
    summary: firstSentences(body),
    about: `Imported from ${input.fileName}. Detected topics: ${topics.slice(0, 5).join(', ') || 'none'}; stance: ${stanceLabel(stance)} (${stance}).`,
    kind: 'article',
    imported: { from: input.fileName, digest, at: importedAt, topics, stance },
  };
  const contents = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
  return { slug, contents, digest, title, topics, stance, passageCount: passages.length };
}

function cleanTitle(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/[*_`]/g, '')
    .trim()
    .slice(0, 200);
}

/** Neutralises syntax that means something to the playbook: id markers and frontmatter fences. */
function escapeMarkdownLine(line: string): string {
  return line.replace(/\{#/g, '\\{#').replace(/^---\s*$/, '\\---');
}

/**
 * Plain text: each non-empty line is a paragraph (many exported articles have no blank lines
 * between paragraphs), runs of list-like lines form one list, and a short line without final
 * punctuation followed by text is a heading.
 */
function plainTextToMarkdown(lines: string[]): string {
  const blocks: string[] = [];
  let list: string[] = [];
  const flushList = () => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  lines.forEach((raw, index) => {
    const line = escapeMarkdownLine(raw.trim());
    if (!line) {
      flushList();
      return;
    }
    if (LIST_LINE.test(line)) {
      list.push(line.replace(/^\s*•\s+/, '- '));
      return;
    }
    flushList();
    const next = lines.slice(index + 1).find((l) => l.trim() !== '');
    const looksLikeHeading =
      line.length <= 70 && !/[.!?:;,"”)]$/.test(line) && next !== undefined && !/^#/.test(line);
    blocks.push(looksLikeHeading ? `## ${line}` : line.replace(/^#/, '\\#'));
  });
  flushList();
  return blocks.join('\n\n');
}

function firstSentences(body: string): string {
  const firstParagraph = body.split('\n\n').find((b) => !b.startsWith('#')) ?? body;
  const text = firstParagraph
    .replace(/\s+/g, ' ')
    .replace(/\\([{#\\-])/g, '$1')
    .trim();
  const sentences = text.match(/[^.!?]+[.!?]+/g) ?? [text];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).length > 280) break;
    summary += sentence;
  }
  return (summary || `${text.slice(0, 277)}…`).trim();
}
