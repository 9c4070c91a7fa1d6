/**
 * Drafting a demo account's posts one at a time, as X API v2 would return them: a kind drawn
 * from the archetype's mix (post, reply to someone, reply in its own thread, repost, quote), a
 * text from the phrase banks, and entities whose offsets match the text (post-builder.ts).
 * Everything a post points at (the post it answers, reposts or quotes, and the people it
 * mentions) is recorded in the context, so the pages can carry them in `includes`.
 */
import type { XTweet } from '../../../schemas/x-api.ts';
import type { ArchetypeSpec } from './archetypes.ts';
import { postId } from './ids.ts';
import type { DemoPerson } from './people.ts';
import { aside, PHRASE_BANK, phrase } from './phrases.ts';
import { PostDraft } from './post-builder.ts';
import { pick, pickIndex, pickKey } from './random.ts';

const HOUR = 3_600_000;

/** What one account's drafts share from post to post. */
export interface DraftContext {
  spec: ArchetypeSpec;
  rand: () => number;
  selfId: string;
  /** People the account answers and mentions. */
  people: DemoPerson[];
  /** Accounts it reposts and quotes. */
  celebrities: DemoPerson[];
  /** Posts the drafts point at (answered, reposted, quoted), by id: a page's `includes.tweets`. */
  parents: Map<string, XTweet>;
  /** Everyone mentioned or quoted, by id: a page's `includes.users`. */
  mentioned: Map<string, DemoPerson>;
  /** The account's own posts so far, to thread under and to be answered under. */
  ownOriginals: { id: string; at: number }[];
  /** People answered so far; some are answered again. */
  partners: DemoPerson[];
  /** The next number of the automation account's numbered tips. */
  tipNumber: number;
}

type DraftKind = 'original' | 'replyOther' | 'replySelf' | 'repost' | 'quote';
const KINDS: DraftKind[] = ['original', 'replyOther', 'replySelf', 'repost', 'quote'];

/** Topics whose posts link to the account's own site. */
const OWN_LINK_TOPICS = new Set(['offerSearchable', 'b2bAsset', 'ownArticle', 'serviceLink', 'botLink']);
/** Topics whose posts link to someone else's article. */
const ARTICLE_TOPICS = new Set(['industryNews', 'articleLink']);
/** Topics whose posts always carry a photo. */
const PHOTO_TOPICS = new Set(['offerImage', 'jobPhoto', 'workshop']);

/** The context for a new account's first post. */
export function draftContext(
  spec: ArchetypeSpec,
  rand: () => number,
  cast: { selfId: string; people: DemoPerson[]; celebrities: DemoPerson[] },
): DraftContext {
  return {
    spec,
    rand,
    ...cast,
    parents: new Map(),
    mentioned: new Map(),
    ownOriginals: [],
    partners: [],
    tipNumber: 100,
  };
}

/** One post written at `at` (epoch ms). */
export function draftPost(context: DraftContext, at: number): XTweet {
  const { spec, rand } = context;
  const weights = KINDS.map((k) => spec.mix[k]);
  let kind = KINDS[pickIndex(weights, rand)] as DraftKind;
  if (kind === 'replySelf' && context.ownOriginals.length === 0) kind = 'original';
  const post = new PostDraft(context, postId(at, rand), at);
  if (kind === 'repost') draftRepost(context, post);
  else if (kind === 'replyOther') draftReplyToOther(context, post);
  else if (kind === 'replySelf') draftThreadReply(context, post);
  else draftOwnPost(context, post, kind === 'quote');
  if (spec.varied && kind !== 'repost' && rand() < 0.85) post.addAside(aside(rand));
  return post.finish();
}

/** "RT @someone: …", a repost of a well-known account's post from the last day. */
function draftRepost(context: DraftContext, post: PostDraft): void {
  const { rand } = context;
  const source = pick(context.celebrities, rand);
  const refId = postId(post.at - HOUR * (1 + rand() * 20), rand);
  post.tweet.referenced_tweets = [{ type: 'retweeted', id: refId }];
  const text = post.mention(source, 'RT ').trimEnd();
  post.tweet.text = `${text}: ${phrase(pick(['industryNews', 'motivation', 'articleLink'], rand), rand)}`;
  context.parents.set(refId, {
    id: refId,
    text: 'reposted',
    author_id: source.id,
    created_at: new Date(post.at - HOUR).toISOString(),
    conversation_id: refId,
  });
}

/**
 * An answer to someone's question, after the archetype's typical delay, sometimes to someone
 * answered before and sometimes under one of the account's own recent posts.
 */
function draftReplyToOther(context: DraftContext, post: PostDraft): void {
  const { spec, rand, people, partners, ownOriginals } = context;
  const reuse = partners.length > 0 && rand() < spec.repeat;
  const partner = reuse ? pick(partners, rand) : (people[Math.floor(rand() * people.length)] as DemoPerson);
  if (!reuse) partners.push(partner);
  const [lo, hi] = spec.latency;
  const latency = Math.exp(Math.log(lo) + rand() * (Math.log(hi) - Math.log(lo)));
  const parentAt = post.at - latency * 60_000;
  const parentId = postId(parentAt, rand);
  const underOwn =
    ownOriginals.length > 0 && rand() < spec.ownThread ? pick(ownOriginals.slice(-10), rand) : null;
  post.tweet.conversation_id = underOwn ? underOwn.id : parentId;
  post.tweet.in_reply_to_user_id = partner.id;
  post.tweet.referenced_tweets = [{ type: 'replied_to', id: parentId }];
  context.parents.set(parentId, {
    id: parentId,
    text: 'a question',
    author_id: partner.id,
    created_at: new Date(parentAt).toISOString(),
    conversation_id: underOwn ? underOwn.id : parentId,
  });
  post.tweet.text = post.mention(partner, '') + phrase(pickKey(spec.replies, rand), rand);
}

/** "Part 2: …", a reply to the account's own latest post. */
function draftThreadReply(context: DraftContext, post: PostDraft): void {
  const { spec, rand } = context;
  const root = context.ownOriginals.at(-1) as { id: string; at: number };
  post.tweet.conversation_id = root.id;
  post.tweet.in_reply_to_user_id = context.selfId;
  post.tweet.referenced_tweets = [{ type: 'replied_to', id: root.id }];
  post.tweet.text = `${pick(['More on this:', 'Part 2:', 'And one more thing:', 'Update:'], rand)} ${phrase(pickKey(spec.originals, rand), rand)}`;
}

/** A post of the account's own on one of its topics, or a quote of a well-known account. */
function draftOwnPost(context: DraftContext, post: PostDraft, quote: boolean): void {
  const { rand } = context;
  const text = ownPostText(context, post, pickKey(context.spec.originals, rand));
  post.tagHashtags(text);
  if (quote) {
    const quotedId = postId(post.at - 2 * HOUR, rand);
    const quotedAuthor = pick(context.celebrities, rand);
    post.tweet.referenced_tweets = [{ type: 'quoted', id: quotedId }];
    context.parents.set(quotedId, {
      id: quotedId,
      text: 'quoted',
      author_id: quotedAuthor.id,
      created_at: new Date(post.at - 2 * HOUR).toISOString(),
      conversation_id: quotedId,
    });
    context.mentioned.set(quotedAuthor.id, quotedAuthor);
  } else {
    context.ownOriginals.push({ id: post.id, at: post.at });
  }
  post.tweet.text = text;
}

/** The text of a post on `topic`, with the links, photo and mentions the topic calls for. */
function ownPostText(context: DraftContext, post: PostDraft, topic: string): string {
  const { spec, rand } = context;
  const ownLink = (path: string) =>
    spec.site ? `${spec.site.replace(/\/$/, '')}/${path}` : 'https://elsewhere.example/';
  let text = phrase(topic, rand);
  if (topic === 'botTip') {
    const [lead, tip] = PHRASE_BANK.botTip as [string[], string[]];
    text = `${pick(lead, rand)}${context.tipNumber++}: ${pick(tip, rand)}`;
  }
  if (OWN_LINK_TOPICS.has(topic)) {
    text = post.link(text, ownLink(`${topic.toLowerCase()}/${Math.floor(rand() * 90 + 10)}`));
  }
  if (topic === 'headline') text = post.link(text, ownLink(`news/${Math.floor(rand() * 9000 + 1000)}`));
  if (ARTICLE_TOPICS.has(topic))
    text = post.link(
      text,
      `https://${pick(['trade-journal', 'finance-weekly', 'saas-review', 'pricing-lab'], rand)}.example/a/${Math.floor(rand() * 9000)}`,
    );
  if (PHOTO_TOPICS.has(topic) || (topic === 'execUpdate' && rand() < 0.3)) text = post.photo(text);
  if (topic === 'shoutout' || topic === 'motivation') {
    text += ' ';
    const tags = topic === 'shoutout' ? 5 : 2;
    for (let i = 0; i < tags; i++) text = post.mention(pick(context.people, rand), text);
    text = text.trimEnd();
  }
  if (topic === 'botTip') text += ' #socialmedia #marketing';
  return text;
}
