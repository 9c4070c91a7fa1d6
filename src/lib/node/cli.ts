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

/** Runs a script's main function with consistent error output and exit codes. */
export async function runCli(
  name: string,
  main: () => Promise<number | undefined> | number | undefined,
): Promise<void> {
  try {
    process.exitCode = (await main()) ?? EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${name}: ${error.message}\nRun with --help for usage.\n`);
      process.exitCode = EXIT_USAGE;
    } else if (error instanceof PlaybookError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exitCode = EXIT_FAILURE;
    } else {
      process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_FAILURE;
    }
  }
}
