import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { lowerThreadPriority } from '../../src/lib/node/build/thread-priority.ts';

describe("the build thread's priority beside Pagefind", () => {
  it("lowers this thread's priority by ten, to 19 at most, and gives it back where the system allows", () => {
    const before = os.getPriority();
    const restore = lowerThreadPriority();
    const lowered = os.getPriority();
    expect(lowered).toBe(Math.min(19, before + 10));
    restore();
    const after = os.getPriority();
    // Raising a priority again needs privilege (root here, as in CI); without it the thread keeps the lower one.
    if (process.getuid?.() === 0) expect(after).toBe(before);
    else expect([before, lowered]).toContain(after);
  });

  it('stops at the lowest priority there is', () => {
    const before = os.getPriority();
    const restoreFirst = lowerThreadPriority(15);
    const restoreSecond = lowerThreadPriority(15);
    expect(os.getPriority()).toBe(19);
    restoreSecond();
    restoreFirst();
    if (process.getuid?.() === 0) expect(os.getPriority()).toBe(before);
  });
});
