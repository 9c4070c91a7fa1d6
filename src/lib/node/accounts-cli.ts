/**
 * What the account scripts share: argument parsing with usage errors (exit 2), one place that
 * turns failures into a message and exit 1, and secret-safe printing. A failure's message is
 * printed, never the error object: twitter-api-v2's errors carry the request and its token.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { runCli as runScript, UsageError } from './cli.ts';
import { redact, TOKEN_ENV } from './x/client.ts';

export { UsageError } from './cli.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv strictly; unknown options and stray arguments are usage errors. */
export function parseCliArgs<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
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

const secrets = () =>
  [process.env[TOKEN_ENV] ?? '', process.env.PLAYBOOK_SALT ?? ''].filter((s) => s.length >= 4);

/** Prints a line to stdout with secrets removed. */
export function say(line = ''): void {
  process.stdout.write(`${redact(line, secrets())}\n`);
}

/** Progress and warnings go to stderr, so `--json` output stays clean. */
export function note(line = ''): void {
  process.stderr.write(`${redact(line, secrets())}\n`);
}

/** Runs a script's main; maps failures to exit codes 1 (failed) and 2 (usage), secrets redacted. */
export function runCli(name: string, help: string, main: () => Promise<number | undefined>): Promise<void> {
  return runScript(name, main, { help, printError: note });
}
