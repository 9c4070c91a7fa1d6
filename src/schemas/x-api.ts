import { z } from 'astro/zod';

/**
 * The X API v2 responses the account fetch reads, as cached under `data/raw/<handle>/`. Only the
 * fields the metrics need are declared; unknown fields are accepted (X adds fields over time)
 * and ignored. Reference: https://docs.x.com/x-api/users/user-lookup-by-username and
 * https://docs.x.com/x-api/posts/user-posts-timeline-by-user-id.
 */

/**
 * An error X puts inside a 200 response. Alone (no `data`): the user asked for does not exist
 * (`Not Found Error`), is suspended (`Forbidden`, "User has been suspended: [...]") or is
 * protected (`Authorization Error`). Beside `data` (partial errors,
 * https://docs.x.com/x-api/fundamentals/response-codes-and-errors): a referenced post that was
 * deleted or is protected, or a mentioned account that is suspended; the page is still good.
 * Every field is optional: the shape has varied, and one odd error must not reject a page.
 */
export const xInlineErrorSchema = z.looseObject({
  title: z.string().optional(),
  detail: z.string().optional(),
  /** A problem URI such as `https://api.twitter.com/2/problems/resource-not-found`. */
  type: z.string().optional(),
  value: z.string().optional(),
  /** `user` or `tweet`. */
  resource_type: z.string().optional(),
  resource_id: z.string().optional(),
  /** Which request parameter or expansion it is about: `id`, `username`, `referenced_tweets.id`… */
  parameter: z.string().optional(),
  /** `data` when it is about the object asked for, `includes` when about an expansion. */
  section: z.string().optional(),
});
export type XInlineError = z.infer<typeof xInlineErrorSchema>;

/** The body of an HTTP error (RFC 7807 problem details); `type` ends in e.g. `usage-capped`. */
export const xProblemSchema = z.looseObject({
  title: z.string().optional(),
  detail: z.string().optional(),
  type: z.string().optional(),
  status: z.number().optional(),
  reason: z.string().optional(),
});
export type XProblem = z.infer<typeof xProblemSchema>;

const xUrlEntitySchema = z.looseObject({
  url: z.string(),
  expanded_url: z.string().optional(),
  unwound_url: z.string().optional(),
  display_url: z.string().optional(),
  media_key: z.string().optional(),
});

/** A user object with the `user.fields` the fetch asks for. */
export const xUserSchema = z.looseObject({
  id: z.string().regex(/^\d+$/),
  username: z.string(),
  name: z.string(),
  description: z.string().optional(),
  url: z.string().optional(),
  created_at: z.string().optional(),
  protected: z.boolean().optional(),
  entities: z
    .looseObject({
      url: z.looseObject({ urls: z.array(xUrlEntitySchema).optional() }).optional(),
      description: z.looseObject({ urls: z.array(xUrlEntitySchema).optional() }).optional(),
    })
    .optional(),
  public_metrics: z
    .looseObject({
      followers_count: z.number(),
      following_count: z.number(),
      tweet_count: z.number(),
    })
    .optional(),
});
export type XUser = z.infer<typeof xUserSchema>;

/** GET /2/users/by/username/:username and GET /2/users/:id. */
export const xUserResponseSchema = z.looseObject({
  data: xUserSchema.optional(),
  errors: z.array(xInlineErrorSchema).optional(),
});
export type XUserResponse = z.infer<typeof xUserResponseSchema>;

/** A post with the `tweet.fields` the fetch asks for. */
export const xTweetSchema = z.looseObject({
  id: z.string().regex(/^\d+$/),
  text: z.string(),
  created_at: z.string().optional(),
  author_id: z.string().optional(),
  conversation_id: z.string().optional(),
  in_reply_to_user_id: z.string().optional(),
  /** `retweeted`, `quoted` or `replied_to` (a string, so a new kind does not reject the page). */
  referenced_tweets: z.array(z.looseObject({ type: z.string(), id: z.string() })).optional(),
  /** Every version's id, oldest first; the timeline returns only the latest version. */
  edit_history_tweet_ids: z.array(z.string()).optional(),
  attachments: z.looseObject({ media_keys: z.array(z.string()).optional() }).optional(),
  entities: z
    .looseObject({
      urls: z.array(xUrlEntitySchema).optional(),
      mentions: z.array(z.looseObject({ username: z.string(), id: z.string().optional() })).optional(),
      hashtags: z.array(z.looseObject({ tag: z.string() })).optional(),
      cashtags: z.array(z.looseObject({ tag: z.string() })).optional(),
    })
    .optional(),
  /**
   * The whole text and entities of a post longer than 280 characters (`text` is cut short), when
   * asked for with `tweet.fields=note_tweet`.
   */
  note_tweet: z
    .looseObject({
      text: z.string(),
      entities: z
        .looseObject({
          urls: z.array(xUrlEntitySchema).optional(),
          mentions: z.array(z.looseObject({ username: z.string(), id: z.string().optional() })).optional(),
          hashtags: z.array(z.looseObject({ tag: z.string() })).optional(),
          cashtags: z.array(z.looseObject({ tag: z.string() })).optional(),
        })
        .optional(),
    })
    .optional(),
});
export type XTweet = z.infer<typeof xTweetSchema>;

/**
 * One page of GET /2/users/:id/tweets. The last page of a timeline may hold no posts at all:
 * `{ "meta": { "result_count": 0 } }`, with no `data` and no `next_token`.
 */
export const xTimelinePageSchema = z.looseObject({
  data: z.array(xTweetSchema).optional(),
  includes: z
    .looseObject({
      users: z
        .array(z.looseObject({ id: z.string(), username: z.string(), name: z.string().optional() }))
        .optional(),
      tweets: z.array(xTweetSchema).optional(),
      media: z.array(z.looseObject({ media_key: z.string(), type: z.string().optional() })).optional(),
    })
    .optional(),
  meta: z.looseObject({
    result_count: z.number().int().nonnegative(),
    newest_id: z.string().optional(),
    oldest_id: z.string().optional(),
    next_token: z.string().optional(),
  }),
  errors: z.array(xInlineErrorSchema).optional(),
});
export type XTimelinePage = z.infer<typeof xTimelinePageSchema>;

/**
 * `state.json` in a raw cache folder: what was asked, which pages are on disk and whether the
 * page set is whole. Written after each page, so a killed run resumes from the last saved page.
 */
export const rawCacheStateSchema = z.strictObject({
  version: z.literal(1),
  /** Lower-cased handle the folder is named after. */
  handle: z.string(),
  userId: z.string().regex(/^\d+$/),
  /** ISO date-time of the first fetch. */
  fetchedAt: z.string(),
  /** The post limit the fetch ran with. */
  maxTweets: z.number().int().positive(),
  /** Set for caches written by `accounts:demo`: the archetype id. */
  demoArchetype: z.string().optional(),
  pages: z.array(
    z.strictObject({
      file: z.string().regex(/^page-\d{4}\.json$/),
      /** The pagination token this page was requested with (null for the first page). */
      requestToken: z.string().nullable(),
      /** `meta.next_token` of the page; null on the last page. */
      nextToken: z.string().nullable(),
      resultCount: z.number().int().nonnegative(),
    }),
  ),
  /** `end`: X had no further page; `limit`: stopped at maxTweets; null: unfinished. */
  stopReason: z.enum(['end', 'limit']).nullable(),
});
export type RawCacheState = z.infer<typeof rawCacheStateSchema>;
