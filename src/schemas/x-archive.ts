import { z } from 'astro/zod';

/**
 * The parts of an X data archive the import reads: `data/tweets.js` (or `tweets-part<N>.js`, or
 * `tweet.js` in older archives), `data/account.js` and `data/profile.js`. Each file is a script,
 * `window.YTD.<name>.part<N> = [ … ]`; counts and ids are strings. Plain `z.object` strips every
 * field not declared here, so the e-mail address in `account.js` never leaves the parser.
 */

const numericString = z.string().regex(/^\d+$/, { error: 'expected a numeric string such as "1495"' });

/** One post in the archive, as nested under `tweet` (or bare, in some older archives). */
export const archiveTweetSchema = z.object({
  id_str: numericString.optional(),
  id: numericString.optional(),
  /** `Fri Feb 20 09:10:58 +0000 2026`. */
  created_at: z.string(),
  full_text: z.string().optional(),
  text: z.string().optional(),
  in_reply_to_status_id_str: numericString.optional().nullable(),
  in_reply_to_user_id_str: numericString.optional().nullable(),
  in_reply_to_screen_name: z.string().optional().nullable(),
  entities: z
    .object({
      user_mentions: z
        .array(
          z.object({ screen_name: z.string(), name: z.string().optional(), id_str: z.string().optional() }),
        )
        .optional(),
      urls: z.array(z.object({ url: z.string().optional(), expanded_url: z.string().optional() })).optional(),
      hashtags: z.array(z.object({ text: z.string() })).optional(),
      symbols: z.array(z.object({ text: z.string() })).optional(),
      media: z.array(z.object({ type: z.string().optional() })).optional(),
    })
    .optional(),
  extended_entities: z
    .object({ media: z.array(z.object({ type: z.string().optional() })).optional() })
    .optional(),
});
export type ArchiveTweet = z.infer<typeof archiveTweetSchema>;

/** `data/account.js` entries. */
export const archiveAccountSchema = z.object({
  account: z.object({
    accountId: numericString,
    username: z.string(),
    accountDisplayName: z.string().optional(),
    createdAt: z.string().optional(),
  }),
});
export type ArchiveAccount = z.infer<typeof archiveAccountSchema>;

/** `data/profile.js` entries. */
export const archiveProfileSchema = z.object({
  profile: z.object({
    description: z
      .object({
        bio: z.string().optional(),
        website: z.string().optional(),
        location: z.string().optional(),
      })
      .optional(),
  }),
});
export type ArchiveProfile = z.infer<typeof archiveProfileSchema>;
