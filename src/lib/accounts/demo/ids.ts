/** Made-up identifiers shaped like X's: numeric ids, snowflake post ids and t.co short links. */
import { SEQUENCE_LIMIT, snowflakeAt } from '../snowflake.ts';
import { pick } from './random.ts';

/** A numeric id of `length` digits (no leading zero). */
export function digits(rand: () => number, length: number): string {
  let out = String(1 + Math.floor(rand() * 9));
  while (out.length < length) out += String(Math.floor(rand() * 10));
  return out;
}

/** A post id made at `ms`, with random worker and sequence bits. */
export function postId(ms: number, rand: () => number): string {
  return snowflakeAt(ms, Math.floor(rand() * (SEQUENCE_LIMIT - 1)));
}

const TCO_CHARS = [...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'];

/** A t.co short link, as X puts in place of every URL in a post. */
export function tcoLink(rand: () => number): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += pick(TCO_CHARS, rand);
  return `https://t.co/${code}`;
}
