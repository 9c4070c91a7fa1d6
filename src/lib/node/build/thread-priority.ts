/**
 * Priorities (nice values) in the build: its own thread stepping back while a child process it
 * waits for works (on Linux a priority belongs to one thread, so lowering it leaves the child,
 * Astro's other threads and the rest of the machine as they were), and a helper process that
 * should only use what the build leaves.
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

/**
 * Gives the process `pid` (a child that works ahead of need) the lowest priority: it then runs on
 * whatever processor time the build leaves and never slows the build's own work. An unprivileged
 * user cannot raise it again, so a caller that ends up waiting for the child should not wait long
 * (see src/integrations/share-files.ts). False where the system does not allow it.
 */
export function lowestPriority(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    os.setPriority(pid, LOWEST);
    return true;
  } catch {
    return false;
  }
}
