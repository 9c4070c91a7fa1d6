/**
 * Runs `task` on every item, at most `parallel` at a time; fails with the first failure. Pure,
 * so the build (many small files written at once) and the service worker (pages fetched at once)
 * share it.
 */
export async function inParallel<T>(
  items: readonly T[],
  parallel: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, lane));
}
