/**
 * The one command-line runner every script under scripts/ uses: --help, strict argument parsing,
 * exit codes that mean something (0 done, 1 failed, 2 wrong usage) and printing that never shows
 * a secret. Errors are printed as messages, never as stack dumps or library error objects
 * (twitter-api-v2's carry the request and its Authorization header).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { PlaybookError } from '../errors.ts';
import { redact, secretsInEnv } from './secrets.ts';

/** Done. */
export const EXIT_OK = 0;
/** Failed: the message says why. */
export const EXIT_FAILURE = 1;
/** Wrong arguments. */
export const EXIT_USAGE = 2;

/** Thrown for wrong arguments: printed with a pointer to --help and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Every script takes --help; runCli answers it before the script parses anything. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Parses argv strictly: unknown options are usage errors, and so are stray arguments unless
 * `positionals` allows them.
 */
export function parseCli<O extends Options>(
  argv: string[],
  options: O,
  { positionals = false }: { positionals?: boolean } = {},
) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, ...HELP_OPTION },
      strict: true,
      allowPositionals: positionals,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A number option: positive, or a usage error naming the option. */
export function numberOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number, got "${value}"`);
  return n;
}

/** Prints a line to stdout with secrets removed. */
export function say(line = ''): void {
  process.stdout.write(`${redact(line, secretsInEnv())}\n`);
}

/** Progress, warnings and failures go to stderr, so `--json` output stays clean; secrets removed. */
export function note(line = ''): void {
  process.stderr.write(`${redact(line, secretsInEnv())}\n`);
}

/** What every script gives the runner. */
export interface RunOptions {
  /** Printed for --help / -h, instead of running `main`. */
  help: string;
}

/** Runs a script's main function with --help, redacted error output and meaningful exit codes. */
export async function runCli(
  name: string,
  main: () => Promise<number | undefined> | number | undefined,
  { help }: RunOptions,
): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    say(help.trim());
    process.exitCode = EXIT_OK;
    return;
  }
  try {
    process.exitCode = (await main()) ?? EXIT_OK;
  } catch (error) {
    // Only the message: library errors (twitter-api-v2's) carry the request and its token.
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      note(`${name}: ${message}`);
      note('Run with --help for usage.');
      process.exitCode = EXIT_USAGE;
    } else {
      // Our own errors (PlaybookError, XFetchError, ImportError…) are named; a plain Error is a surprise.
      const known = error instanceof PlaybookError || (error instanceof Error && error.name !== 'Error');
      note(`${name}: ${known ? '' : 'unexpected failure: '}${message}`);
      process.exitCode = EXIT_FAILURE;
    }
  }
}
