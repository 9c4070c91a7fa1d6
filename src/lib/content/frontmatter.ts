/** Splits a Markdown/MDX file into YAML frontmatter and body, reporting YAML errors with their line. */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { PlaybookError } from '../errors.ts';

export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses `---` frontmatter. A file without frontmatter yields empty data. */
export function splitFrontmatter(text: string, file: string): SplitFile {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '') ?? {};
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line + 1 : undefined;
    throw new PlaybookError([
      {
        file,
        ...(line ? { line } : {}),
        field: '(frontmatter)',
        message: `has invalid YAML: ${(error as Error).message.split('\n')[0]}`,
        fix: 'quote values that contain a colon or start with a special character, and check indentation.',
      },
    ]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new PlaybookError([
      {
        file,
        field: '(frontmatter)',
        message: 'must be a YAML mapping of field: value.',
        fix: 'write one "field: value" per line.',
      },
    ]);
  }
  const consumed = match[0];
  return {
    data: data as Record<string, unknown>,
    body: text.slice(consumed.length),
    bodyLine: consumed.split('\n').length + (consumed.endsWith('\n') ? 0 : 1),
  };
}
