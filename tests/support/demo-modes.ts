/**
 * The demo playbook's modes with their account rules, read from content/modes/ by the one content
 * reader: the classifier and audit tests run against the very numbers the site publishes.
 */
import path from 'node:path';
import { modeRules } from '../../src/lib/accounts/mode-rules.ts';
import { readPlaybookOrThrow } from '../../src/lib/node/content/read-playbook.ts';

export const DEMO_CONTENT = path.resolve(import.meta.dirname, '../../content');

export const DEMO_MODES = modeRules(readPlaybookOrThrow(DEMO_CONTENT, ['modes']).modes);
