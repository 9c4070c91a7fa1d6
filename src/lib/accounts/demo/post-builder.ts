/**
 * A demo post being written: each piece added to its text (a mention, a link, a photo, an aside)
 * records its entity with offsets that match the text, as X API v2 returns them.
 */
import type { XTweet } from '../../../schemas/x-api.ts';
import { digits, tcoLink } from './ids.ts';
import type { DemoPerson } from './people.ts';

/** What a post needs from the account writing it. */
export interface PostAuthor {
  rand: () => number;
  selfId: string;
  spec: { handle: string };
  /** Everyone mentioned so far, by id; each mention adds to it. */
  mentioned: Map<string, DemoPerson>;
}

interface UrlEntity {
  start: number;
  end: number;
  url: string;
  expanded_url: string;
  display_url: string;
  media_key?: string;
}
interface MentionEntity {
  start: number;
  end: number;
  username: string;
  id: string;
}
interface HashtagEntity {
  start: number;
  end: number;
  tag: string;
}

/** A post being written: its text grows while its entities record where each piece sits. */
export class PostDraft {
  readonly id: string;
  readonly at: number;
  readonly tweet: XTweet & Record<string, unknown>;
  private readonly context: PostAuthor;
  private readonly entities: { urls: UrlEntity[]; mentions: MentionEntity[]; hashtags: HashtagEntity[] } = {
    urls: [],
    mentions: [],
    hashtags: [],
  };
  private readonly mediaKeys: string[] = [];

  constructor(context: PostAuthor, id: string, at: number) {
    const { rand } = context;
    this.context = context;
    this.id = id;
    this.at = at;
    this.tweet = {
      id,
      text: '',
      created_at: new Date(at).toISOString(),
      author_id: context.selfId,
      conversation_id: id,
      edit_history_tweet_ids: [id],
      lang: 'en',
      public_metrics: {
        retweet_count: Math.floor(rand() * 5),
        reply_count: Math.floor(rand() * 3),
        like_count: Math.floor(rand() * 30),
        quote_count: 0,
      },
    };
  }

  /** `text` followed by "@handle " for `person`. */
  mention(person: DemoPerson, text: string): string {
    const start = text.length;
    this.entities.mentions.push({
      start,
      end: start + person.username.length + 1,
      username: person.username,
      id: person.id,
    });
    this.context.mentioned.set(person.id, person);
    return `${text}@${person.username} `;
  }

  /** `text` followed by a t.co link to `url`. */
  link(text: string, url: string): string {
    const short = tcoLink(this.context.rand);
    const start = text.length + 1;
    this.entities.urls.push({
      start,
      end: start + short.length,
      url: short,
      expanded_url: url,
      display_url: url.replace(/^https?:\/\//, '').slice(0, 30),
    });
    return `${text} ${short}`;
  }

  /** `text` followed by the t.co link of an attached photo. */
  photo(text: string): string {
    const { rand, spec } = this.context;
    const key = `3_${digits(rand, 18)}`;
    this.mediaKeys.push(key);
    const short = tcoLink(rand);
    const start = text.length + 1;
    this.entities.urls.push({
      start,
      end: start + short.length,
      url: short,
      expanded_url: `https://x.com/${spec.handle}/status/${this.id}/photo/1`,
      display_url: 'pic.x.com/demo',
      media_key: key,
    });
    return `${text} ${short}`;
  }

  /** Records every #hashtag of `text`. */
  tagHashtags(text: string): void {
    for (const match of text.matchAll(/#(\w+)/g)) {
      this.entities.hashtags.push({
        start: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
        tag: match[1] ?? '',
      });
    }
  }

  /** Adds an aside after a reply's mention, or before anything else, moving the entities along. */
  addAside(text: string): void {
    if (this.tweet.text.startsWith('@')) {
      this.tweet.text = `${this.tweet.text} ${text}`;
      return;
    }
    this.tweet.text = `${text} ${this.tweet.text}`;
    for (const list of [this.entities.urls, this.entities.mentions, this.entities.hashtags]) {
      for (const entity of list) {
        entity.start += text.length + 1;
        entity.end += text.length + 1;
      }
    }
  }

  /** The post, with only the entities and attachments it has. */
  finish(): XTweet {
    const { urls, mentions, hashtags } = this.entities;
    if (urls.length || mentions.length || hashtags.length) {
      this.tweet.entities = Object.fromEntries(
        Object.entries(this.entities).filter(([, list]) => list.length > 0),
      );
    }
    if (this.mediaKeys.length) this.tweet.attachments = { media_keys: this.mediaKeys };
    return this.tweet;
  }
}
