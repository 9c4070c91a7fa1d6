/**
 * The gap report: what the account does, against the mode its business type calls for, and
 * which plays would close each gap. The rules are a table (`gaps.ts`); the plays are found by
 * data (each play's `addresses` frontmatter), so adding a play adds it to every report that
 * finds its gap.
 */
import type {
  AccountProfileFacts,
  Classification,
  GapFinding,
  GapReport,
  Metrics,
  PlayRef,
} from '../../schemas/account.ts';
import type { GapId } from '../../schemas/gap.ts';
import { findGaps } from './gaps.ts';
import { type ModeRule, ruleFor } from './mode-rules.ts';

/** A play as the audit needs it: its id, title and the gaps it addresses. */
export interface PlaySummary {
  id: string;
  title: string;
  addresses: readonly string[];
  /** Anti-patterns and withdrawn plays are never offered as a way to close a gap. */
  kind?: 'play' | 'anti-pattern';
  withdrawn?: boolean;
}

export interface AuditInput {
  metrics: Metrics;
  classification: Classification;
  profile: AccountProfileFacts;
  postCount: number;
  recommendedMode: string;
  /** Every mode of the playbook, with its account rules. */
  modes: readonly ModeRule[];
  plays: readonly PlaySummary[];
  /** The business type's own plays, offered first when they close a gap. */
  preferredPlays?: readonly string[];
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export function audit(input: AuditInput): GapReport {
  const findings = findGaps({
    metrics: input.metrics,
    profile: input.profile,
    postCount: input.postCount,
    mode: ruleFor(input.recommendedMode, input.modes),
  });
  const gaps: GapFinding[] = findings
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((finding) => ({ ...finding, plays: playsFor(finding.id, input.plays, input.preferredPlays) }));
  return {
    recommendedMode: input.recommendedMode,
    observedMode: input.classification.mode,
    modeMatches: input.classification.mode === input.recommendedMode,
    gaps,
  };
}

/**
 * Live plays (not anti-patterns, not withdrawn) whose `addresses` include the gap: the business
 * type's own plays first, in its order, then the rest by title.
 */
export function playsFor(
  gap: GapId,
  plays: readonly PlaySummary[],
  preferred: readonly string[] = [],
): PlayRef[] {
  const rank = (id: string) => {
    const index = preferred.indexOf(id);
    return index === -1 ? preferred.length : index;
  };
  return plays
    .filter((play) => play.addresses.includes(gap) && (play.kind ?? 'play') === 'play' && !play.withdrawn)
    .sort((a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title))
    .map((play) => ({ id: play.id, title: play.title }));
}
