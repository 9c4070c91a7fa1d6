/**
 * Keeps src/lib/accounts/demo/raw-identifiers.json in step with the demo generator: the build's
 * leak check reads that file instead of running the generator (see demo/identifiers.ts).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DemoAccount } from '../../accounts/demo/generate.ts';
import { demoIdentifierList } from '../../accounts/demo/identifiers.ts';
import { formatJson } from '../../accounts/json-format.ts';
import { writeJsonAtomic } from './json-file.ts';

/** Where the list is committed. */
export const DEMO_IDENTIFIERS_FILE = fileURLToPath(
  new URL('../../accounts/demo/raw-identifiers.json', import.meta.url),
);

/**
 * Compares the committed list with the one `demos` give and, unless `check`, writes it
 * (formatted, atomically) when it differs. Says whether it was the same, written or differs.
 */
export function syncDemoIdentifiers(
  demos: readonly DemoAccount[],
  { check }: { check: boolean },
): 'same' | 'written' | 'differs' {
  const list = demoIdentifierList(demos);
  const committed = fs.existsSync(DEMO_IDENTIFIERS_FILE)
    ? fs.readFileSync(DEMO_IDENTIFIERS_FILE, 'utf8')
    : null;
  if (committed === formatJson(list)) return 'same';
  if (check) return 'differs';
  writeJsonAtomic(DEMO_IDENTIFIERS_FILE, list);
  return 'written';
}
