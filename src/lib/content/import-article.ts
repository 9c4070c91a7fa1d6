/**
 * Turns an article (plain text or Markdown, often copied from a web page) into a source file for
 * the playbook. Pure: the script reads and writes files; this decides what goes in them.
 *
 * The page's chrome is left out and reported (`article-text/read-article.ts`); the headline, the
 * author and the date go to the frontmatter, not into passages; an article without a headline
 * gets a short descriptive title, marked as such, unless the editor gives one. A headline in title
 * case is shown in sentence case, with its names spelt as the article spells them, and kept as
 * published in `originalTitle` (`title-case.ts`). The business types it talks about are detected
 * from the playbook's own business type pages.
 *
 * Imported text is third-party text. Passages are only ever rendered through the escaping
 * inline renderer, so HTML and `{…}` show as text; on top of that, anything that would mean
 * something to the playbook itself (an `{#id}` marker, frontmatter fences) is escaped here.
 */
import { stringify } from 'yaml';
import type { Signals } from '../../schemas/passage.ts';
import type { SourceFrontmatter } from '../../schemas/source.ts';
import { shortHash } from '../hash.ts';
import { slugify } from '../slug.ts';
import { type DroppedLine, readArticleText } from './article-text/read-article.ts';
import {
  type BusinessTypeMention,
  type BusinessTypeWords,
  businessTypesMentioned,
} from './business-type-mentions.ts';
import { entryIdFromPath } from './collections.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { splitPassages } from './passages.ts';
import {
  articleStance,
  rankTopics,
  stanceLabel,
  strongestCues,
  thesisTitle,
  topicLabel,
} from './signals/signals.ts';
import { namesInText, sentenceCaseTitle } from './title-case.ts';

export interface ImportInput {
  /** File name, used for the format (.txt or .md) and messages. */
  fileName: string;
  text: string;
  /** The editor's title, replacing the detected headline or the descriptive title. */
  title?: string;
  /** The playbook's business types, to detect which the article concerns. */
  businessTypes?: readonly BusinessTypeWords[];
}

export interface ImportedSource {
  slug: string;
  /** The whole file to write to `<content dir>/sources/<slug>.md`. */
  contents: string;
  /** Digest of the imported text and options: the same input gives the same digest and file. */
  digest: string;
  title: string;
  /** The headline as published, when `title` is it in sentence case. */
  originalTitle?: string;
  /** True when the article had no headline and the title describes it. */
  titleIsDescriptive: boolean;
  author?: string;
  /** Publication date, ISO, as precise as the article printed it. */
  published?: string;
  topics: string[];
  stance: number;
  /** The cues that moved the stance most, strongest first: what the editor checks it against. */
  stanceCues: Signals['cues'];
  businessTypes: BusinessTypeMention[];
  passageCount: number;
  /** Lines of the page left out of the source, with why. */
  dropped: DroppedLine[];
}

export class ImportError extends Error {
  override name = 'ImportError';
}

const LIST_LINE = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
/** A descriptive title stays short enough to read at a glance in lists and citations. */
export const DESCRIPTIVE_TITLE_MAX = 80;

/** Builds the source file. Throws ImportError when there is nothing to import. */
export function importArticle(input: ImportInput, importedAt: string): ImportedSource {
  const normalised = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const isMarkdown = /\.(md|markdown|mdx)$/i.test(input.fileName);
  const { body: withoutFrontmatter, bodyLine } = isMarkdown
    ? splitFrontmatter(normalised, input.fileName)
    : { body: normalised, bodyLine: 1 };
  if (!withoutFrontmatter.trim())
    throw new ImportError(`${input.fileName} is empty: there is no title line and no text to import.`);
  const article = readArticleText(withoutFrontmatter, { firstLine: bodyLine });
  const body = (
    isMarkdown ? article.lines.map(escapeMarkdownLine).join('\n') : plainTextToMarkdown(article.lines)
  ).trim();
  const headline = article.headline === undefined ? undefined : cleanTitle(article.headline);
  if (!body) {
    throw new ImportError(
      `${input.fileName} has ${headline ? `a title ("${headline}")` : 'no title'} but no text after it${article.dropped.length ? ` once ${article.dropped.length} line(s) of page chrome are left out` : ''}.`,
    );
  }

  const given = input.title?.trim();
  const provisionalSlug = slugify(given ?? headline ?? '').slice(0, 60) || entryIdFromPath(input.fileName);
  const { passages } = splitPassages(body, { sourceSlug: provisionalSlug, file: input.fileName });
  const topics = rankTopics(passages);
  const shownTitle = given ?? headline;
  const businessTypes = businessTypesMentioned(
    shownTitle === undefined ? { text: body } : { title: shownTitle, text: body },
    input.businessTypes ?? [],
  );
  const titleIsDescriptive = !given && headline === undefined;
  // The editor's own title is taken as written; a headline is shown in sentence case.
  const recased =
    !given && headline !== undefined ? sentenceCaseTitle(headline, namesInText(body)) : undefined;
  const originalTitle = recased !== undefined && recased !== headline ? headline : undefined;
  const title = given ?? recased ?? describeArticle(topics, businessTypes, input.businessTypes ?? []);
  const slug = slugify(title).slice(0, 60).replace(/-+$/, '') || entryIdFromPath(input.fileName);
  const thesis = thesisTitle({ title, titleIsDescriptive });
  const stance = articleStance(passages, thesis);
  const stanceCues = strongestCues(passages, thesis);
  const digest = shortHash(
    `${normalised}\u0000${given ?? ''}\u0000${businessTypes.map((b) => b.id).join(',')}`,
    10,
  );

  const frontmatter: Partial<SourceFrontmatter> = {
    title,
    ...(originalTitle ? { originalTitle } : {}),
    ...(titleIsDescriptive ? { titleIsDescriptive } : {}),
    summary: firstSentences(body),
    about: `Imported from ${input.fileName}. Detected topics: ${topics.slice(0, 5).join(', ') || 'none'}; stance: ${stanceLabel(stance)} (${stance}).`,
    kind: 'article',
    ...(article.author ? { author: article.author } : {}),
    ...(article.published ? { published: article.published, era: article.published.slice(0, 4) } : {}),
    ...(businessTypes.length ? { businessTypes: businessTypes.map((b) => b.id) } : {}),
    imported: { from: input.fileName, digest, at: importedAt, topics, stance },
  };
  const contents = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
  return {
    slug,
    contents,
    digest,
    title,
    ...(originalTitle ? { originalTitle } : {}),
    titleIsDescriptive,
    ...(article.author ? { author: article.author } : {}),
    ...(article.published ? { published: article.published } : {}),
    topics,
    stance,
    stanceCues,
    businessTypes,
    passageCount: passages.length,
    dropped: article.dropped,
  };
}

/**
 * A title for an article without a headline: what it is about, from its most frequent topics and
 * the business types it concerns, at most `DESCRIPTIVE_TITLE_MAX` characters ("On engagement,
 * listening, self-promotion — for local hospitality"). The editor can replace it with --title.
 */
export function describeArticle(
  topics: readonly string[],
  businessTypes: readonly BusinessTypeMention[],
  types: readonly BusinessTypeWords[],
): string {
  const audience = businessTypes
    .slice(0, 1)
    .map((mention) =>
      types
        .find((t) => t.id === mention.id)
        ?.title.split(':')[0]
        ?.trim()
        .toLowerCase(),
    )
    .filter(Boolean)
    .map((title) => ` — for ${title}`)
    .join('');
  const labels = topics.map((topic) => topicLabel(topic).toLowerCase());
  for (let count = Math.min(3, labels.length); count >= 1; count--) {
    for (const suffix of [audience, '']) {
      const title = `On ${labels.slice(0, count).join(', ')}${suffix}`;
      if (title.length <= DESCRIPTIVE_TITLE_MAX) return title;
    }
  }
  return `An article without a headline${audience}`.slice(0, DESCRIPTIVE_TITLE_MAX);
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
function plainTextToMarkdown(wrapped: readonly string[]): string {
  const lines = joinHardWraps(wrapped);
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

/**
 * Lines cut by hard wrapping, put back together: a line that does not end a sentence, followed
 * directly by one that starts in lower case ("I read a" / "blog post recently that…").
 */
function joinHardWraps(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      previous.trim() !== '' &&
      !LIST_LINE.test(previous) &&
      !/[.!?:;]["”’)]*\s*$/.test(previous) &&
      /^\p{Ll}/u.test(line)
    )
      joined[joined.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
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
