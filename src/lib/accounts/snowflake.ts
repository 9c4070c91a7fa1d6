/**
 * X ids are snowflakes (https://docs.x.com/resources/fundamentals/x-ids): 64-bit numbers whose
 * bits above the lowest 22 count milliseconds since X's epoch, 2010-11-04T01:42:54.657Z (the
 * `twepoch` of https://github.com/twitter-archive/snowflake), and whose lowest 22 bits hold the
 * worker and sequence numbers. So every post since then carries its creation time in its id.
 */

/** X's epoch, in Unix milliseconds. */
const EPOCH_MS = 1288834974657;
/** Bits below the time: the worker and sequence numbers. */
const TIME_SHIFT = 22n;
/** What those bits can hold: every `sequence` given to snowflakeAt is below this. */
export const SEQUENCE_LIMIT = 2 ** 22;

/** Creation time of a snowflake id (epoch ms), or null for ids older than snowflakes. */
export function snowflakeTime(id: string | null | undefined): number | null {
  if (!id || !/^\d{15,20}$/.test(id)) return null;
  const ms = Number((BigInt(id) >> TIME_SHIFT) + BigInt(EPOCH_MS));
  return ms > EPOCH_MS && ms < 8.64e15 ? ms : null;
}

/**
 * The id of something created at `ms` (epoch ms, rounded down); `sequence`, below 2^22, fills
 * the worker and sequence bits, so that ids made in the same millisecond differ.
 */
export function snowflakeAt(ms: number, sequence = 0): string {
  return (((BigInt(Math.floor(ms)) - BigInt(EPOCH_MS)) << TIME_SHIFT) + BigInt(sequence)).toString();
}
