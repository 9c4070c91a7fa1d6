/**
 * The build's own thread stepping back while a child process it waits for works: on Linux a
 * priority (nice value) belongs to one thread, so lowering it here leaves the child, Astro's other
 * threads and the rest of the machine as they were.
 */
import os from 'node:os';

/** The lowest priority there is (the highest nice value). */
const LOWEST = 19;

/**
 * Lowers the calling thread's priority by `by` (nice +10) and returns what restores it. Where the
 * system does not let a process raise its priority again (an unprivileged user), the restore does
 * nothing: the thread then keeps the lower priority, which matters only while something competes.
 */
export function lowerThreadPriority(by = 10): () => void {
  let before: number;
  try {
    before = os.getPriority();
    os.setPriority(Math.min(LOWEST, before + by));
  } catch {
    return () => {};
  }
  return () => {
    try {
      os.setPriority(before);
    } catch {
      // Not allowed to raise it again: see above.
    }
  };
}
