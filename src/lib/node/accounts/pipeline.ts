/**
 * The shared steps of the account scripts: raw cache or archive → normalized timeline → record,
 * then the record written to the content folder. Fetch, import, demo and audit all call these,
 * so every example goes through exactly the same path.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AccountRecord } from '../../../schemas/account.ts';
import {
  type AuditContext,
  auditContext,
  type BusinessTypeRef,
  resolveBusinessType,
} from '../../accounts/audit-context.ts';
import { normalizeApiTimeline } from '../../accounts/normalize-api.ts';
import { checkPageSet, pagesWithoutFields } from '../../accounts/page-set.ts';
import {
  collectFromJson,
  emptyIdentifiers,
  identifierList,
  type RawIdentifiers,
} from '../../accounts/raw-identifiers.ts';
import { type BuiltRecord, buildAccountRecord } from '../../accounts/record.ts';
import type { Timeline } from '../../accounts/timeline.ts';
import { PlaybookError } from '../../errors.ts';
import { readPlaybookOrThrow } from '../content/read-playbook.ts';
import { displayPath } from '../files/display-path.ts';
import { type ArchiveNotice, readArchive } from '../x/archive.ts';
import { writeJsonAtomic } from './json-file.ts';
import type { RawCache } from './raw-cache.ts';

/**
 * The playbook's modes, plays and business types as the account scripts need them, read by the
 * one content reader (schema-checked; a playbook without modes cannot classify anything).
 */
export function loadAuditContext(contentDir: string): AuditContext {
  const context = auditContext(readPlaybookOrThrow(contentDir, ['modes', 'businessTypes', 'plays']));
  if (context.modes.length === 0) {
    throw new PlaybookError(
      [
        {
          file: displayPath(path.join(contentDir, 'modes')),
          message: 'holds no modes, so no account can be classified.',
          fix: 'add a mode file per way of using X, each with an `accounts:` block (see content/modes/).',
        },
      ],
      'No modes to classify against',
    );
  }
  return context;
}

/** A business type of the playbook by id, with a message listing the others when it is unknown. */
export function businessTypeFor(contentDir: string, context: AuditContext, id: string): BusinessTypeRef {
  return resolveBusinessType(context, id, displayPath(path.join(contentDir, 'business-types')));
}

export interface RecordContext {
  salt: string;
  /** The playbook's modes, plays and business types. */
  playbook: AuditContext;
  businessType: BusinessTypeRef;
  label: string;
  archetype?: string;
  illustrative: boolean;
}

/** The timeline in a fetch cache; refuses a truncated page set. */
export function timelineFromRawCache(cache: RawCache): Timeline {
  const check = checkPageSet(cache.state, cache.pages, {
    accountPostCount: cache.user.data?.public_metrics?.tweet_count ?? null,
  });
  if (check.status === 'truncated') {
    throw new PlaybookError(
      check.problems.map((message) => ({
        file: displayPath(cache.dir),
        message,
        fix: 'rerun accounts:fetch for this handle: it resumes from the last saved page.',
      })),
      'The cached timeline is not whole, so no figures were computed',
    );
  }
  // Counting such posts as originals would invent an account that never replies.
  const withoutFields = pagesWithoutFields(cache.state, cache.pages);
  if (withoutFields.length > 0) {
    throw new PlaybookError(
      withoutFields.map((message) => ({
        file: displayPath(cache.dir),
        message,
        fix: 'move this cache folder away and run accounts:fetch again: it asks for every field the figures need, and asks again when X leaves them out.',
      })),
      'Mix unknown: X sent posts without the fields that tell originals, replies, reposts and quotes apart, so no figures were computed',
    );
  }
  const user = cache.user.data;
  if (!user) throw new PlaybookError([{ file: cache.dir, field: 'user.json', message: 'has no user.' }]);
  return normalizeApiTimeline({
    user,
    pages: cache.pages,
    fetchedAt: Date.parse(cache.state.fetchedAt),
    complete: check.status === 'whole',
  });
}

export function recordFromTimeline(timeline: Timeline, context: RecordContext): BuiltRecord {
  return buildAccountRecord({
    timeline,
    salt: context.salt,
    businessType: context.businessType.id,
    recommendedMode: context.businessType.mode,
    modes: context.playbook.modes,
    plays: context.playbook.plays,
    preferredPlays: context.businessType.plays,
    label: context.label,
    ...(context.archetype ? { archetype: context.archetype } : {}),
    illustrative: context.illustrative,
  });
}

export function recordFromRawCache(cache: RawCache, context: RecordContext): BuiltRecord {
  return recordFromTimeline(timelineFromRawCache(cache), context);
}

export interface ArchiveRecord extends BuiltRecord {
  identifiers: RawIdentifiers;
  /** What the import noticed and went on from (an unknown bio, an empty file left out…). */
  notices: ArchiveNotice[];
}

/** An archive's record, and the identifiers the leak check must look for. */
export function recordFromArchive(
  archive: string,
  context: RecordContext & { siteUrl: string | null; now?: number },
): ArchiveRecord {
  const { timeline, contents, notices } = readArchive(archive, {
    siteUrl: context.siteUrl,
    ...(context.now ? { now: context.now } : {}),
  });
  const identifiers = emptyIdentifiers();
  collectFromJson(
    { tweets: contents.tweets, account: contents.account, profile: contents.profile, notes: contents.notes },
    identifiers,
  );
  if (context.siteUrl) collectFromJson({ sites: [context.siteUrl] }, identifiers);
  return { ...recordFromTimeline(timeline, context), identifiers, notices };
}

/**
 * Saves an archive's identifiers (never its text) under the raw dir, so that the leak check
 * also guards imported accounts: `data/raw/archive-<pseudonym>/identifiers.json`.
 */
export function writeArchiveIdentifiers(rawDir: string, pseudonym: string, ids: RawIdentifiers): string {
  const file = path.join(rawDir, `archive-${pseudonym}`, 'identifiers.json');
  writeJsonAtomic(file, identifierList(ids));
  return file;
}

/** Removes a record file if it exists; true when one was removed. */
export function removeRecordFile(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  fs.rmSync(file);
  return true;
}

export type { AccountRecord };
