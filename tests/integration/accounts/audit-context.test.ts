import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaybookError } from '../../../src/lib/errors.ts';
import { businessTypeFor, loadAuditContext } from '../../../src/lib/node/accounts/pipeline.ts';
import { accountsContent } from '../../fixtures/accounts/run-script.ts';
import { DEMO_CONTENT } from '../../support/demo-modes.ts';

const CONTENT = accountsContent(fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-accounts-content-')));

describe('the taxonomy the account scripts read', () => {
  it('reads each business type’s title and recommended mode from its frontmatter', () => {
    const context = loadAuditContext(CONTENT);
    expect(businessTypeFor(CONTENT, context, 'local-trades')).toMatchObject({
      id: 'local-trades',
      title: 'Local trades and home services',
      mode: 'conversational',
    });
    expect(context.businessTypes).toHaveLength(9);
  });

  it('lists the valid ids when an unknown business type is asked for', () => {
    expect(() => businessTypeFor(CONTENT, loadAuditContext(CONTENT), 'bakery')).toThrow(
      /has no business type "bakery"[\s\S]*use one of: b2b-sales-team, broadcast-to-support/,
    );
  });

  it('treats a missing folder as no business types yet and says how to add one', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-empty-'));
    fs.cpSync(path.join(DEMO_CONTENT, 'modes'), path.join(empty, 'modes'), { recursive: true });
    const context = loadAuditContext(empty);
    expect(context.businessTypes).toEqual([]);
    expect(() => businessTypeFor(empty, context, 'local-trades')).toThrow(
      /no business types yet: add .*local-trades\.md/,
    );
  });

  it('refuses a content folder without modes: nothing could be classified', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-no-modes-'));
    expect(() => loadAuditContext(empty)).toThrow(/holds no modes/);
  });

  it('reads which gaps each play addresses', () => {
    const { plays } = loadAuditContext(CONTENT);
    expect(plays.find((p) => p.id === 'a-person-at-home')).toEqual({
      id: 'a-person-at-home',
      title: 'Keep a person behind the schedule',
      addresses: ['automation-signals', 'reply-share-low'],
      kind: 'play',
      withdrawn: false,
    });
    expect(plays.find((p) => p.id === 'weekly-review')?.addresses).toEqual([]);
  });

  it('rejects a play that addresses a gap id the audit does not know, naming the file and field', () => {
    const dir = accountsContent(fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-plays-')));
    const file = path.join(dir, 'plays', 'odd.mdx');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(path.join(dir, 'plays', 'weekly-review.mdx'), 'utf8')
        .replace('addresses: []', 'addresses: [too-many-emojis]'),
    );
    expect(() => loadAuditContext(dir)).toThrow(PlaybookError);
    expect(() => loadAuditContext(dir)).toThrow(
      /odd\.mdx \[addresses\[0\]\] unknown gap id "too-many-emojis"/,
    );
  });

  it('reads a play kept in a sub-folder the same way the site does', () => {
    const dir = accountsContent(fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-nested-')));
    fs.mkdirSync(path.join(dir, 'plays', 'extra'));
    fs.renameSync(
      path.join(dir, 'plays', 'weekly-review.mdx'),
      path.join(dir, 'plays', 'extra', 'weekly-review.mdx'),
    );
    expect(loadAuditContext(dir).plays.map((p) => p.id)).toContain('weekly-review');
  });

  it('reads the real content’s business types with modes that the real content defines', () => {
    const real = loadAuditContext(DEMO_CONTENT);
    const modes = real.modes.map((m) => m.id);
    for (const type of real.businessTypes) expect(modes).toContain(type.mode);
  });
});
