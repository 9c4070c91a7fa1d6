/**
 * One way to report a problem a person can fix: the file, the field or id, what is wrong and
 * what to do. Loaders, scripts, the integrity check and the chooser all use it, so every
 * message reads the same.
 */
import type { z } from 'astro/zod';

export interface Problem {
  /** Path of the file at fault, relative to the project where possible. */
  file: string;
  /** The field path (`cites[2]`) or id (`people-over-links/robots`) at fault. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix?: string;
  /** 1-based line, where known. */
  line?: number;
}

/** A failure made of one or more problems; its message lists them all. */
export class PlaybookError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], heading = 'The playbook content has problems') {
    super(`${heading}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'PlaybookError';
    this.problems = problems;
  }
}

/** `content/sources/a.md:12 [cites[0]] unknown passage "x/y". Fix: …` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` [${problem.field}]` : '';
  const fix = problem.fix ? `\n    Fix: ${problem.fix}` : '';
  return `  - ${where}${field} ${problem.message}${fix}`;
}

/** Turns zod issues into problems naming the field path and what was expected. */
export function zodProblems(file: string, error: z.ZodError, fieldPrefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const fieldPath = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`));
    const field = `${fieldPrefix}${fieldPath.join('').replace(/^\./, '')}` || '(frontmatter)';
    return {
      file,
      field,
      message: issue.message,
      fix: fixForIssue(issue, field),
    };
  });
}

function fixForIssue(issue: z.core.$ZodIssue, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `add the required field "${field}" (expected ${issue.expected}).`
        : `change "${field}" to a ${issue.expected}.`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}: the schema does not know ${issue.keys.length > 1 ? 'them' : 'it'}.`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'too_small':
      return `"${field}" must not be empty.`;
    default:
      return `correct "${field}" as the message says.`;
  }
}
