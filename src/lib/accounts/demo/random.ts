/**
 * Seeded randomness for the demo generator and the tests' synthetic data: the same seed gives
 * the same sequence on every machine, so generated examples can be committed and checked.
 */
import type { Weights } from './archetypes.ts';

/** Small, fast, seedable PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index drawn with the given weights. */
export function pickIndex(weights: readonly number[], rand: () => number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** One of `items`, each as likely. */
export function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** A key of `weights`, drawn by its weight. */
export function pickKey(weights: Weights, rand: () => number): string {
  const keys = Object.keys(weights);
  return keys[
    pickIndex(
      keys.map((k) => weights[k] as number),
      rand,
    )
  ] as string;
}
