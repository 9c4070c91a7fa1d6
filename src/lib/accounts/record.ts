/**
 * One path from a normalized timeline to the published record: anonymize, measure, classify,
 * audit. Real fetches, archive imports and the shipped examples all go through `buildAccountRecord`.
 */
import { type AccountRecord, accountRecordSchema, type BioChecks } from '../../schemas/account.ts';
import { type AnonymizedTimeline, anonymizeTimeline } from './anonymize.ts';
import { audit, type PlaySummary } from './audit.ts';
import { classify } from './classify.ts';
import { activity, measure } from './measure.ts';
import type { ModeRule } from './mode-rules.ts';
import type { Timeline } from './timeline.ts';

export interface RecordInput {
  timeline: Timeline;
  salt: string;
  businessType: string;
  recommendedMode: string;
  /** Every mode of the playbook, with its account rules (classification and audit targets). */
  modes: readonly ModeRule[];
  plays: readonly PlaySummary[];
  /** The business type's own plays, offered first in the gap report. */
  preferredPlays?: readonly string[];
  label: string;
  archetype?: string;
  illustrative: boolean;
}

export interface BuiltRecord {
  record: AccountRecord;
  anonymized: AnonymizedTimeline;
}

export function buildAccountRecord(input: RecordInput): BuiltRecord {
  const anonymized = anonymizeTimeline(input.timeline, { salt: input.salt });
  return { record: recordFromAnonymized(anonymized, input), anonymized };
}

/** The record for an already anonymized timeline. */
export function recordFromAnonymized(
  anonymized: AnonymizedTimeline,
  input: Omit<RecordInput, 'timeline' | 'salt'>,
): AccountRecord {
  const postCount = anonymized.posts.length;
  const metrics = measure(anonymized);
  const classification = classify(metrics, postCount, input.modes);
  const profile = anonymized.profile;
  const record: AccountRecord = {
    schemaVersion: 1,
    pseudonym: anonymized.pseudonym,
    label: input.label,
    ...(input.archetype ? { archetype: input.archetype } : {}),
    businessType: input.businessType,
    illustrative: input.illustrative,
    provenance: {
      source: anonymized.source,
      fetchedAt: anonymized.fetchedOn,
      postCount,
      window: { from: anonymized.window.from, to: anonymized.window.to },
      weeks: Math.max(1, anonymized.window.weeks.length),
      complete: anonymized.complete,
      timeZone: 'UTC',
    },
    profile,
    metrics,
    classification,
    audit: audit({
      metrics,
      classification,
      profile,
      postCount,
      recommendedMode: input.recommendedMode,
      modes: input.modes,
      plays: input.plays,
      ...(input.preferredPlays ? { preferredPlays: input.preferredPlays } : {}),
    }),
    activity: activity(anonymized),
  };
  return accountRecordSchema.parse(record);
}

/** "last 3,200 posts, fetched 2026-03-02 from the X API" — the provenance line every page shows. */
export function provenanceLine(record: AccountRecord): string {
  const p = record.provenance;
  const count = p.postCount.toLocaleString('en-US');
  const scope = p.complete ? `${count} posts` : `last ${count} posts`;
  const from = p.source === 'api' ? 'fetched from the X API' : "imported from the owner's X archive";
  const window = p.window.from === p.window.to ? p.window.from : `${p.window.from} to ${p.window.to}`;
  const demo = record.illustrative ? ' (illustrative composite, generated)' : '';
  return `${scope} (${window}), ${from} on ${p.fetchedAt}${demo}`;
}

/** The three bio checks as "yes / no / yes", or why they are unknown. */
export function bioChecksText(bio: BioChecks | null): string {
  if (bio === null) return 'unknown (the data holds no profile)';
  return [bio.saysWhat, bio.linksSite, bio.statesObjective].map((b) => (b ? 'yes' : 'no')).join(' / ');
}

/**
 * What the data behind a record cannot tell, each with why, so a page or report says "unknown"
 * rather than letting a reader take a missing figure for a zero.
 */
export function unknownFigures(record: AccountRecord): string[] {
  const fromArchive = record.provenance.source === 'archive';
  const unknown: string[] = [];
  if (record.profile.bio === null)
    unknown.push(
      `the bio and its website link (${fromArchive ? 'the archive has no profile.js' : 'no profile was read'})`,
    );
  if (record.profile.followers === null)
    unknown.push(
      `followers and following (${fromArchive ? 'archives do not hold them' : 'X did not send them'})`,
    );
  if (!record.profile.siteKnown)
    unknown.push("which links go to the account's own site (its address is not known)");
  if (record.metrics.replyLatency === null)
    unknown.push('how fast it replies (too few replies tell when the post answered was written)');
  return unknown;
}
