/**
 * The account pipeline's JSON files (raw cache, published records, leak-check identifiers) are
 * written the way the project's formatter would and atomically (temp file, then rename), so a
 * killed run leaves either the old file or the new one; they are read back against a schema,
 * with a message naming the file and the fix.
 */
import fs from 'node:fs';
import type { z } from 'astro/zod';
import { formatJson } from '../../accounts/json-format.ts';
import { PlaybookError, zodProblems } from '../../errors.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { displayPath } from '../files/display-path.ts';

/** Writes JSON the way the project's formatter would, atomically. */
export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomic(file, formatJson(value));
}

/** Reads and validates one JSON file; `what` names it in the error ("the fetch state"). */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PlaybookError(
      [
        {
          file: displayPath(file),
          message: `cannot be read as JSON (${(error as Error).message}).`,
          fix: `delete it and rerun the command that writes ${what}.`,
        },
      ],
      `Cannot read ${what}`,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new PlaybookError(zodProblems(displayPath(file), parsed.error), `Cannot read ${what}`);
  return parsed.data;
}
