import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaybookError } from '../../../src/lib/errors.ts';
import {
  loadBusinessTypes,
  loadPlaySummaries,
  resolveBusinessType,
} from '../../../src/lib/node/accounts/taxonomy.ts';

const CONTENT = path.join(import.meta.dirname, '../../fixtures/accounts/content');

describe('taxonomy-fs', () => {
  it('reads each business type’s title and recommended mode from its frontmatter', () => {
    expect(resolveBusinessType(CONTENT, 'local-trades')).toMatchObject({
      id: 'local-trades',
      title: 'Local trades',
      mode: 'conversational',
    });
    expect(loadBusinessTypes(CONTENT)).toHaveLength(9);
  });

  it('lists the valid ids when an unknown business type is asked for', () => {
    expect(() => resolveBusinessType(CONTENT, 'bakery')).toThrow(
      /has no business type "bakery"[\s\S]*use one of: b2b-sales-team, broadcast-to-support/,
    );
  });

  it('treats a missing folder as no business types yet and says how to add one', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-empty-'));
    expect(loadBusinessTypes(empty)).toEqual([]);
    expect(() => resolveBusinessType(empty, 'local-trades')).toThrow(
      /no business types yet: add .*local-trades\.mdx/,
    );
  });

  it('reads which gaps each play addresses', () => {
    const plays = loadPlaySummaries(CONTENT);
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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xpb-plays-'));
    fs.mkdirSync(path.join(dir, 'plays'));
    fs.writeFileSync(
      path.join(dir, 'plays', 'odd.mdx'),
      '---\ntitle: Odd\naddresses: [too-many-emojis]\n---\n',
    );
    expect(() => loadPlaySummaries(dir)).toThrow(PlaybookError);
    expect(() => loadPlaySummaries(dir)).toThrow(/odd\.mdx \[addresses\]/);
  });

  it('reads the real content’s business types with modes from the fixed vocabulary', () => {
    const real = loadBusinessTypes(path.join(import.meta.dirname, '../../../content'));
    for (const type of real) expect(['broadcast-only', 'conversational', 'hybrid']).toContain(type.mode);
  });
});
