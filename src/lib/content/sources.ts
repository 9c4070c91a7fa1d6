/** Turns one source file's text into a validated Source with its passages. Pure. */
import { type Source, sourceFrontmatterSchema } from '../../schemas/source.ts';
import type { Problem } from '../errors.ts';
import { zodProblems } from '../errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { splitPassages } from './passages.ts';
import { articleStance, rankTopics, strongestCues, thesisTitle } from './signals/signals.ts';

export interface ParsedSource {
  source?: Source;
  problems: Problem[];
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
  const thesis = thesisTitle(frontmatter.data);
  return {
    problems,
    source: {
      ...frontmatter.data,
      slug,
      topics: rankTopics(passages),
      stance: articleStance(passages, thesis),
      stanceCues: strongestCues(passages, thesis),
      passages,
    },
  };
}
