/**
 * npm run accounts:demo [-- --check]
 *
 * Writes the shipped illustrative examples: for each archetype the guidance describes, a
 * deterministic generator writes X API-shaped responses into the raw cache
 * (data/raw/demo-<archetype>/, the same layout a real fetch writes), and each is imported from
 * there through exactly the same path as real data, with the public demo salt. The demo
 * accounts' raw identifiers are kept in src/lib/accounts/demo/raw-identifiers.json for the
 * build's leak check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateDemoAccounts } from '../src/lib/accounts/demo/generate.ts';
import { formatJson } from '../src/lib/accounts/json-format.ts';
import { DEMO_IDENTIFIERS_FILE, syncDemoIdentifiers } from '../src/lib/node/accounts/demo-identifiers.ts';
import {
  businessTypeFor,
  loadAuditContext,
  recordFromRawCache,
  removeRecordFile,
} from '../src/lib/node/accounts/pipeline.ts';
import {
  readRawCache,
  resolveRawDir,
  writeRawPage,
  writeRawState,
  writeRawUser,
} from '../src/lib/node/accounts/raw-cache.ts';
import { readAccountRecords, recordFile, writeAccountRecord } from '../src/lib/node/accounts/records.ts';
import { resolveSalt } from '../src/lib/node/accounts/salt.ts';
import { note, parseCli, runCli, say } from '../src/lib/node/cli.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';
import { displayPath } from '../src/lib/node/files/display-path.ts';

const HELP = `
Generate the illustrative example accounts and import them like real ones.

Usage: npm run accounts:demo [-- --check]

  --check       write nothing; fail if content/accounts/ or the identifier list differs from
                what would be written
  -h, --help    show this help

Each archetype's raw responses go to data/raw/demo-<archetype>/ (git-ignored) and its
record to content/accounts/<pseudonym>.json, labelled an illustrative composite.
Older illustrative records that this run does not produce are removed. The demo accounts'
raw identifiers go to src/lib/accounts/demo/raw-identifiers.json, which the build's leak
check reads (data/raw/ is empty on a fresh clone).
Exit codes: 0 done, 1 an archetype was not classified as expected or --check found a difference.
`;

await runCli(
  'accounts:demo',
  async () => {
    const { values } = parseCli(process.argv.slice(2), {
      check: { type: 'boolean', default: false },
    });
    const contentDir = resolveContentDir();
    const rawDir = resolveRawDir();
    const playbook = loadAuditContext(contentDir);
    const salt = resolveSalt({ demo: true });
    const written = new Set<string>();
    let failures = 0;

    const demos = generateDemoAccounts();
    for (const demo of demos) {
      const { archetype } = demo;
      const businessType = businessTypeFor(contentDir, playbook, archetype.businessType);
      const dir = path.join(rawDir, `demo-${archetype.id}`);
      fs.rmSync(dir, { recursive: true, force: true });
      writeRawUser(dir, demo.user);
      demo.pages.forEach((page, index) => {
        writeRawPage(dir, demo.state.pages[index]?.file ?? '', page);
      });
      writeRawState(dir, demo.state);

      const { record } = recordFromRawCache(readRawCache(dir), {
        salt,
        playbook,
        businessType,
        label: archetype.label,
        archetype: archetype.id,
        illustrative: true,
      });
      const ok = record.classification.mode === archetype.expectedMode;
      if (!ok) failures++;
      const file = recordFile(contentDir, record.pseudonym);
      written.add(path.resolve(file));
      const line = `${ok ? '✓' : '✗'} ${archetype.label.padEnd(36)} ${record.pseudonym.padEnd(22)} ${record.classification.mode} (expected ${archetype.expectedMode}), ${record.provenance.postCount} posts, ${record.audit.gaps.length} gap(s)`;
      if (values.check) {
        const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === formatJson(record);
        if (!same) failures++;
        say(`${line}${same ? '' : '  ← differs from the committed record'}`);
      } else {
        writeAccountRecord(contentDir, record);
        say(line);
      }
    }
    for (const { file, record } of readAccountRecords(contentDir)) {
      if (!record.illustrative || written.has(path.resolve(file))) continue;
      if (values.check) {
        failures++;
        note(`  ${file} is an illustrative record this generator no longer produces.`);
      } else {
        removeRecordFile(file);
        note(`  Removed the stale illustrative record ${file}.`);
      }
    }
    const identifiers = syncDemoIdentifiers(demos, { check: values.check });
    const shown = displayPath(DEMO_IDENTIFIERS_FILE);
    if (identifiers === 'differs') {
      failures++;
      note(`  ${shown} is not the demo accounts' raw identifiers this generator produces.`);
    }
    if (identifiers === 'written')
      note(`  Wrote the demo accounts' raw identifiers for the leak check to ${shown}.`);
    if (failures > 0) {
      note(
        values.check
          ? 'Rerun npm run accounts:demo and commit the result.'
          : 'Some archetypes were not classified as expected.',
      );
      return 1;
    }
    return 0;
  },
  { help: HELP },
);
