/**
 * A helper process that works ahead of need (the share-files drawing, src/integrations/
 * share-files.ts): stopped, not waited for, when the build reaches the point where it needed the
 * work, so that the build never waits on a process it gave the lowest priority.
 */
import type { ChildProcess } from 'node:child_process';
import { removeTempFilesOf } from '../files/atomic-write.ts';

/**
 * Stops `child` if it is still running and removes the temp files it left in `tempFilesIn` (see
 * `writeFileAtomic`: each file it renamed into place is whole and stays). Whether it was still
 * running; false at once for a child that never started or has exited.
 */
export async function stopHelper(child: ChildProcess | undefined, tempFilesIn: string): Promise<boolean> {
  if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return false;
  const { pid } = child;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  child.kill('SIGTERM');
  await exit;
  removeTempFilesOf(tempFilesIn, pid);
  return true;
}
