/**
 * The shipped examples, made honestly: with no live API here, this deterministic generator
 * writes X API v2-shaped responses (a user lookup and timeline pages) for each archetype the
 * guidance describes. `scripts/accounts-demo.ts` caches them exactly as a real fetch would and
 * imports them through the same normalize → anonymize → measure → classify path. Every handle
 * starts with `xpb`, every site is under the reserved `.example` domain, and the records are
 * labelled illustrative composites.
 *
 * The parts: archetypes.ts (the recipes), post-times.ts (when), draft-post.ts (what, with
 * phrases.ts, people.ts and ids.ts), pages.ts (paged as X returns them); random.ts seeds it all.
 */
import type { RawCacheState, XTimelinePage, XUserResponse } from '../../../schemas/x-api.ts';
import { ARCHETYPES, type ArchetypeSpec } from './archetypes.ts';
import { draftContext, draftPost } from './draft-post.ts';
import { digits, tcoLink } from './ids.ts';
import { pageTimeline } from './pages.ts';
import { makePerson } from './people.ts';
import { postTimes } from './post-times.ts';
import { mulberry32 } from './random.ts';

/** "Now" for the examples, so the output never depends on the day the script runs. */
export const DEMO_FETCHED_AT = Date.UTC(2026, 2, 2, 9, 0, 0);
/** Well-known accounts each demo account reposts and quotes. */
const CELEBRITIES = 12;
/** Posts the profile counts beyond the timeline (older ones X no longer returns). */
const UNLISTED_POSTS = 40;

/** One archetype's raw responses, as accounts:fetch would cache them. */
export interface DemoAccount {
  archetype: ArchetypeSpec;
  user: XUserResponse;
  pages: XTimelinePage[];
  state: RawCacheState;
}

/** Generates one archetype's user response and timeline pages (newest first, 100 a page). */
export function generateDemoAccount(spec: ArchetypeSpec): DemoAccount {
  const rand = mulberry32(spec.seed);
  const selfId = digits(rand, 18);
  const siteTco = tcoLink(rand);
  const people = Array.from({ length: spec.people }, () => makePerson(rand));
  const celebrities = Array.from({ length: CELEBRITIES }, () => makePerson(rand));
  const context = draftContext(spec, rand, { selfId, people, celebrities });
  const tweets = postTimes(spec, DEMO_FETCHED_AT, rand).map((at) => draftPost(context, at));
  const user = demoUser(spec, selfId, siteTco, tweets.length + UNLISTED_POSTS);
  const { pages, entries } = pageTimeline(tweets, context, spec.seed);
  const state: RawCacheState = {
    version: 1,
    handle: spec.handle.toLowerCase(),
    userId: selfId,
    fetchedAt: new Date(DEMO_FETCHED_AT).toISOString(),
    maxTweets: 3200,
    demoArchetype: spec.id,
    pages: entries,
    stopReason: 'end',
  };
  return { archetype: spec, user, pages, state };
}

/** The user lookup: the archetype's profile, with its site behind a t.co link as X shows it. */
function demoUser(spec: ArchetypeSpec, selfId: string, siteTco: string, postCount: number): XUserResponse {
  const siteHost = spec.site ? new URL(spec.site).hostname : null;
  return {
    data: {
      id: selfId,
      username: spec.handle,
      name: spec.name,
      description: spec.bio,
      created_at: '2019-05-14T10:00:00.000Z',
      protected: false,
      ...(spec.site
        ? {
            url: siteTco,
            entities: {
              url: { urls: [{ url: siteTco, expanded_url: spec.site, display_url: siteHost ?? '' }] },
            },
          }
        : {}),
      public_metrics: {
        followers_count: spec.followers,
        following_count: spec.following,
        tweet_count: postCount,
      },
    },
  };
}

/** Every archetype's generated account. */
export function generateDemoAccounts(): DemoAccount[] {
  return ARCHETYPES.map(generateDemoAccount);
}
