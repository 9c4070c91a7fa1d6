/**
 * A demo timeline cut into pages as GET /2/users/:id/tweets returns them: newest first, 100 a
 * page, each with the users and posts it refers to in `includes` and chained by `next_token`,
 * plus the fetch state that lists them, as accounts:fetch would have written it.
 */
import type { RawCacheState, XTimelinePage, XTweet } from '../../../schemas/x-api.ts';
import type { DemoPerson } from './people.ts';

const PAGE_SIZE = 100;

/** Who and what the posts refer to. */
export interface PageIncludes {
  /** Posts answered, reposted or quoted, by id. */
  parents: Map<string, XTweet>;
  /** People mentioned or quoted, by id. */
  mentioned: Map<string, DemoPerson>;
  /** Everyone the account may answer (the authors of the posts it answers). */
  people: DemoPerson[];
}

/** The pages of `tweets` (oldest first) and the state entries that list them. */
export function pageTimeline(
  tweets: readonly XTweet[],
  refs: PageIncludes,
  seed: number,
): { pages: XTimelinePage[]; entries: RawCacheState['pages'] } {
  const newestFirst = [...tweets].reverse();
  const pages: XTimelinePage[] = [];
  const entries: RawCacheState['pages'] = [];
  for (let index = 0; index * PAGE_SIZE < newestFirst.length; index++) {
    const data = newestFirst.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE);
    const more = (index + 1) * PAGE_SIZE < newestFirst.length;
    const nextToken = more ? `demo${seed}p${index + 2}` : null;
    pages.push({
      data,
      includes: includesOf(data, refs),
      meta: {
        result_count: data.length,
        newest_id: data[0]?.id ?? '',
        oldest_id: data.at(-1)?.id ?? '',
        ...(nextToken ? { next_token: nextToken } : {}),
      },
    });
    entries.push({
      file: `page-${String(index + 1).padStart(4, '0')}.json`,
      requestToken: index === 0 ? null : `demo${seed}p${index + 1}`,
      nextToken,
      resultCount: data.length,
    });
  }
  return { pages, entries };
}

/** A page's `includes`: the users its posts mention or answer, the posts they point at, media. */
function includesOf(data: readonly XTweet[], refs: PageIncludes): XTimelinePage['includes'] {
  const users = new Map<string, DemoPerson>();
  const tweets: XTweet[] = [];
  for (const t of data) {
    for (const m of t.entities?.mentions ?? []) {
      const person = m.id ? refs.mentioned.get(m.id) : undefined;
      if (person) users.set(person.id, person);
    }
    for (const r of t.referenced_tweets ?? []) {
      const parent = refs.parents.get(r.id);
      if (parent) tweets.push(parent);
      const author = parent?.author_id
        ? (refs.mentioned.get(parent.author_id) ?? refs.people.find((p) => p.id === parent.author_id))
        : undefined;
      if (author) users.set(author.id, author);
    }
  }
  const media = data.flatMap((t) =>
    (t.attachments?.media_keys ?? []).map((key) => ({ media_key: key, type: 'photo' })),
  );
  return {
    users: [...users.values()].map((u) => ({ id: u.id, username: u.username, name: u.name })),
    ...(tweets.length ? { tweets } : {}),
    ...(media.length ? { media } : {}),
  };
}
