/**
 * The HMAC key that turns a user id into a pseudonym. Real accounts need a long secret kept out
 * of the repository, or their pages would be guessable; only the shipped examples use the
 * public demo salt.
 */
import { DEMO_SALT } from '../../accounts/anonymize.ts';
import { PlaybookError } from '../../errors.ts';
import { SALT_ENV } from '../secrets.ts';

// Named with the other secrets (secrets.ts), so that the command-line runner redacts it.
export { SALT_ENV };

/** A salt shorter than this is guessable. */
export const MIN_SALT_LENGTH = 16;

/**
 * The HMAC key for pseudonyms. Real accounts need `PLAYBOOK_SALT` (a long random secret kept out
 * of the repository); only the shipped examples may use the public demo salt, and only when asked.
 */
export function resolveSalt(options: { demo: boolean }, env: NodeJS.ProcessEnv = process.env): string {
  if (options.demo) return DEMO_SALT;
  const salt = env[SALT_ENV] ?? '';
  if (salt.length < MIN_SALT_LENGTH) {
    throw new PlaybookError(
      [
        {
          file: 'environment',
          field: SALT_ENV,
          message: salt
            ? `is only ${salt.length} characters long.`
            : 'is not set, so pseudonyms cannot be made.',
          fix: `set ${SALT_ENV} to a random secret of at least ${MIN_SALT_LENGTH} characters (e.g. the output of \`openssl rand -hex 32\`), keep it out of the repository, and reuse it so pages keep their addresses.`,
        },
      ],
      'No secret salt for pseudonyms',
    );
  }
  return salt;
}
