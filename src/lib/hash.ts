/**
 * A small, fast, non-cryptographic string hash (cyrb53), pure so it runs in the loader, in
 * scripts and in the browser alike. Used for passage ids, where stability matters, not secrecy.
 */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A short base-36 digest of `text`, `length` characters long. */
export function shortHash(text: string, length = 7): string {
  return cyrb53(text).toString(36).padStart(length, '0').slice(-length);
}
