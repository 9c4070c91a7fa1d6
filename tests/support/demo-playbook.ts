/**
 * The demo playbook as the one content reader returns it, read once per test file and handed out
 * as deep copies, so a test can break one field of one real entry and see what the check says.
 */
import type { Playbook } from '../../src/lib/content/playbook.ts';
import { readPlaybookOrThrow } from '../../src/lib/node/content/read-playbook.ts';
import { DEMO_CONTENT } from './demo-modes.ts';

let read: Playbook | undefined;

/** A fresh, deep copy of the demo playbook. */
export function demoPlaybook(): Playbook {
  read ??= readPlaybookOrThrow(DEMO_CONTENT);
  return structuredClone(read);
}

/** The entry with this id, or a test failure naming what is missing. */
export function entry<E extends { id: string }>(entries: E[], id: string): E {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`The demo playbook has no entry "${id}"`);
  return found;
}
