import { z } from 'astro/zod';

/**
 * The parts of an X data archive the import reads: `data/tweets.js` (or `tweets-part<N>.js`, or
 * `tweet.js` in older archives), `data/community-tweet.js` (posts made in Communities),
 * `data/note-tweet.js` (the whole text of long posts), `data/account.js`, `data/profile.js`, and
 * `data/manifest.js` to check that no part is missing.
 * Each file is a script, `window.YTD.<name>.part<N> = [ … ]`; counts and ids are strings. Plain
 * `z.object` strips every field not declared here, so the e-mail address in `account.js` never
 * leaves the parser.
 *
 * Ids that only point elsewhere (the post answered, the person mentioned) are plain strings: X
 * writes `-1` for a mentioned account that is gone (https://github.com/karlicoss/HPI,
 * `my/twitter/archive.py`), and one odd id must not make a whole archive unreadable. The
 * normalizer turns anything that is not a number into "unknown".
 */

const numericString = z.string().regex(/^\d+$/, { error: 'expected a numeric string such as "1495"' });
const referenceId = z.string().optional().nullable();

/**
 * Edit history, as archives have written it since edits began (2022): the first version carries
 * `initial.editTweetIds` (every version's id, oldest first); each later version is a post of its
 * own with `edit.initialTweetId`. The import keeps only the latest version, as the API does.
 */
const editInfoSchema = z.object({
  initial: z.object({ editTweetIds: z.array(z.string()).optional() }).optional(),
  edit: z
    .object({
      initialTweetId: z.string().optional(),
      editControlInitial: z.object({ editTweetIds: z.array(z.string()).optional() }).optional(),
    })
    .optional(),
});

/** One post in the archive, as nested under `tweet` (or bare, in some older archives). */
export const archiveTweetSchema = z.object({
  id_str: numericString.optional(),
  id: numericString.optional(),
  /** `Fri Feb 20 09:10:58 +0000 2026`. */
  created_at: z.string(),
  full_text: z.string().optional(),
  text: z.string().optional(),
  in_reply_to_status_id_str: referenceId,
  in_reply_to_user_id_str: referenceId,
  in_reply_to_screen_name: z.string().optional().nullable(),
  edit_info: editInfoSchema.optional(),
  entities: z
    .object({
      user_mentions: z
        .array(
          z.object({
            screen_name: z.string(),
            name: z.string().optional(),
            id_str: referenceId,
          }),
        )
        .optional(),
      urls: z
        .array(
          z.object({
            url: z.string().optional(),
            expanded_url: z.string().optional(),
            display_url: z.string().optional(),
          }),
        )
        .optional(),
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

/**
 * `data/note-tweet.js` entries: the whole text of a post longer than 280 characters. In
 * `tweets.js` such a post is cut short ("… https://t.co/…", linking to itself); the note holds
 * all of it. The note has an id of its own (`noteTweetId`, not the post's id) and the post's
 * creation time (`createdAt`, ISO), so it is joined to its post by time and text
 * (`src/lib/accounts/normalize-archive.ts`). Its text leaves out the leading @names of a reply.
 * Shape as public archive parsers read it (e.g. the Community Archive's and other open-source
 * readers): `{ "noteTweet": { noteTweetId, createdAt, updatedAt, lifecycle, core: { text, urls,
 * mentions, hashtags, cashtags, styletags } } }`.
 */
export const archiveNoteTweetSchema = z.object({
  noteTweetId: z.string().optional(),
  createdAt: z.string().optional(),
  core: z.object({
    text: z.string(),
    urls: z
      .array(
        z.object({
          shortUrl: z.string().optional(),
          expandedUrl: z.string().optional(),
          displayUrl: z.string().optional(),
        }),
      )
      .optional(),
    mentions: z.array(z.object({ screenName: z.string() })).optional(),
    hashtags: z.array(z.unknown()).optional(),
    cashtags: z.array(z.unknown()).optional(),
  }),
});
export type ArchiveNoteTweet = z.infer<typeof archiveNoteTweetSchema>;

/**
 * `data/manifest.js` (`window.__THAR_CONFIG = { … }`): which files the archive was written with,
 * by data type (`tweets`, `communityTweet`, `noteTweet`, `profile`…), each file with the number
 * of entries X wrote into it (`count`, a string). A file listed with a count of 0 may be left
 * out of the archive; one listed with entries must be there.
 */
const manifestFilesSchema = z.object({
  files: z.array(z.object({ fileName: z.string(), count: z.string().optional() })).optional(),
});
export const archiveManifestSchema = z.object({
  dataTypes: z.record(z.string(), manifestFilesSchema).optional(),
});
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;
