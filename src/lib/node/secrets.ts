/**
 * The secrets a run may hold and how they are kept out of what it prints. Its own module so that
 * the command-line runner (cli.ts) and the X client's error messages (x/errors.ts) share one
 * list without importing each other.
 */

/** The X app's Bearer Token. */
export const TOKEN_ENV = 'X_BEARER_TOKEN';
/** The HMAC key for pseudonyms (see accounts/salt.ts). */
export const SALT_ENV = 'PLAYBOOK_SALT';
/** Every environment variable whose value must never be printed. */
export const SECRET_ENVS: readonly string[] = [TOKEN_ENV, SALT_ENV];

/** Shorter values are not worth redacting: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** Replaces every secret (and anything after "Bearer ") in a text. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(/Bearer\s+[A-Za-z0-9%._~+/=-]+/g, 'Bearer [redacted]');
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join('[redacted]');
  }
  return out;
}

/** The values of the secret environment variables set in `env`. */
export function secretsInEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return SECRET_ENVS.map((name) => env[name] ?? '').filter((value) => value.length >= MIN_SECRET_LENGTH);
}
