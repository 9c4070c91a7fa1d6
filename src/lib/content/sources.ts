/** Turns one source file's text into a validated Source with its passages. Pure. */
import { type Source, sourceFrontmatterSchema } from '../../schemas/source.ts';
import type { Problem } from '../errors.ts';
import { zodProblems } from '../errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { splitPassages } from './passages.ts';

export interface ParsedSource {
  source?: Source;
  problems: Problem[];
}

/** The slug of a source file name: `people-over-links.md` → `people-over-links`. */
export function sourceSlugFromFile(fileName: string): string {
  return fileName
    .replace(/\.(md|markdown)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Parses a source; problems name the file and field, and nothing is returned when any exist. */
export function parseSource(text: string, file: string, slug: string): ParsedSource {
  const { data, body, bodyLine } = splitFrontmatter(text, file);
  const frontmatter = sourceFrontmatterSchema.safeParse(data);
  const problems: Problem[] = frontmatter.success ? [] : zodProblems(file, frontmatter.error);
  const { passages, problems: passageProblems } = splitPassages(body, { sourceSlug: slug, file, bodyLine });
  problems.push(...passageProblems);
  if (passages.length === 0) {
    problems.push({
      file,
      message: 'has no passages: the body is empty.',
      fix: 'write the paraphrase below the frontmatter, one paragraph or list per idea, or remove the file.',
    });
  }
  if (problems.length > 0 || !frontmatter.success) return { problems };
  return {
    problems,
    source: {
      ...frontmatter.data,
      slug,
      topics: rankTopics(passages),
      stance: meanStance(passages),
      passages,
    },
  };
}

function rankTopics(passages: Source['passages']): string[] {
  const counts = new Map<string, number>();
  for (const passage of passages) {
    for (const topic of passage.signals.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([topic]) => topic);
}

function meanStance(passages: Source['passages']): number {
  if (passages.length === 0) return 0;
  const mean = passages.reduce((sum, p) => sum + p.signals.stance, 0) / passages.length;
  return Math.round(mean * 100) / 100;
}
