/**
 * What every script under scripts/ shares: argument parsing with --help, and exit codes that mean
 * something (0 done, 1 failed, 2 wrong usage). Errors are printed as messages, never as stack
 * dumps or library error objects (those can carry request headers and tokens).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { PlaybookError } from '../errors.ts';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Thrown for wrong arguments: printed with a pointer to --help and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv; prints `help` and exits 0 on --help; throws UsageError on unknown options. */
export function parseCli<O extends Options>(argv: string[], options: O, help: string) {
  const config = { args: argv, options, allowPositionals: true, strict: true } as const;
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${help.trim()}\n`);
    process.exit(EXIT_OK);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export interface RunOptions {
  /** Printed for --help / -h, before `main` runs. */
  help?: string;
  /** Where failure messages go (default stderr); the accounts scripts redact secrets here. */
  printError?: (line: string) => void;
}

/** Runs a script's main function with consistent error output and exit codes. */
export async function runCli(
  name: string,
  main: () => Promise<number | undefined> | number | undefined,
  options: RunOptions = {},
): Promise<void> {
  const printError = options.printError ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (options.help && (process.argv.includes('--help') || process.argv.includes('-h'))) {
    process.stdout.write(`${options.help.trim()}\n`);
    process.exitCode = EXIT_OK;
    return;
  }
  try {
    process.exitCode = (await main()) ?? EXIT_OK;
  } catch (error) {
    // Only the message: library errors (twitter-api-v2's) carry the request and its token.
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      printError(`${name}: ${message}`);
      printError('Run with --help for usage.');
      process.exitCode = EXIT_USAGE;
    } else {
      // Our own errors (PlaybookError, XFetchError, ImportError…) are named; a plain Error is a surprise.
      const known = error instanceof PlaybookError || (error instanceof Error && error.name !== 'Error');
      printError(`${name}: ${known ? '' : 'unexpected failure: '}${message}`);
      process.exitCode = EXIT_FAILURE;
    }
  }
}
