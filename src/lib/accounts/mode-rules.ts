/**
 * The modes as the accounts pipeline sees them: each mode file's `accounts` block (see
 * `src/schemas/mode.ts`) turned into reply-share bands for the classifier and targets for the
 * audit. A playbook with a fourth mode gets a fourth band without a code change. Pure.
 */
import type { Mode } from '../../schemas/mode.ts';
import type { Problem } from '../errors.ts';
import { percent } from '../format.ts';

/** What the pipeline needs of a mode. */
export interface ModeRule {
  id: string;
  title: string;
  accounts: Mode['accounts'];
}

/** One band of the reply-share scale: `from` ≤ share < `to` (the top band includes 1). */
export interface ReplyShareBand {
  mode: string;
  title: string;
  from: number;
  to: number;
}

/** Mode rules from collection-style entries (`{ id, data }`). */
export function modeRules(
  modes: readonly { id: string; data: Pick<Mode, 'title' | 'accounts'> }[],
): ModeRule[] {
  return modes.map((mode) => ({ id: mode.id, title: mode.data.title, accounts: mode.data.accounts }));
}

/** The bands in reply-share order; each ends where the next begins. */
export function replyShareBands(rules: readonly ModeRule[]): ReplyShareBand[] {
  const sorted = [...rules].sort((a, b) => a.accounts.replyShareFrom - b.accounts.replyShareFrom);
  return sorted.map((rule, index) => ({
    mode: rule.id,
    title: rule.title,
    from: rule.accounts.replyShareFrom,
    to: sorted[index + 1]?.accounts.replyShareFrom ?? 1,
  }));
}

/** The band a reply share falls in. */
export function bandFor(share: number, bands: readonly ReplyShareBand[]): ReplyShareBand {
  const band = [...bands].reverse().find((b) => share >= b.from) ?? bands[0];
  if (!band) throw new Error('No modes to classify against: the playbook needs at least one mode file.');
  return band;
}

/** A mode whose band starts above 0 expects the account to answer people. */
export function expectsReplies(rule: ModeRule): boolean {
  return rule.accounts.replyShareFrom > 0;
}

/** The rule of a mode id, or an error naming the modes that exist. */
export function ruleFor(id: string, rules: readonly ModeRule[]): ModeRule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    throw new Error(
      `The mode "${id}" is not in this playbook (modes: ${rules.map((r) => r.id).join(', ') || 'none'}).`,
    );
  }
  return rule;
}

/** "broadcast-only under 10%, hybrid 10–40%, conversational from 40%". */
export function describeBands(bands: readonly ReplyShareBand[]): string {
  return bands
    .map((band, index) => {
      if (bands.length === 1) return `${band.mode} at any share`;
      if (index === 0) return `${band.mode} under ${percent(band.to)}`;
      if (index === bands.length - 1) return `${band.mode} from ${percent(band.from)}`;
      return `${band.mode} ${Math.round(band.from * 100)}–${percent(band.to)}`;
    })
    .join(', ');
}

/**
 * Problems with the modes' account rules, for the integrity check: the bands must start at 0
 * exactly once and not repeat a boundary, and a breadth fallback must name another existing mode.
 */
export function modeRuleProblems(
  modes: readonly { id: string; file: string; data: Pick<Mode, 'accounts'> }[],
): Problem[] {
  if (modes.length === 0) return [];
  const problems: Problem[] = [];
  const ids = new Set(modes.map((m) => m.id));
  const byStart = new Map<number, string>();
  for (const mode of modes) {
    const from = mode.data.accounts.replyShareFrom;
    const twin = byStart.get(from);
    if (twin) {
      problems.push({
        file: mode.file,
        field: 'accounts.replyShareFrom',
        message: `is ${from}, the same as ${twin}: two modes cannot start their reply-share band at the same point.`,
        fix: 'give each mode its own lower bound (for example 0, 0.10 and 0.40).',
      });
    }
    byStart.set(from, mode.file);
    const breadth = mode.data.accounts.breadth;
    if (breadth && (!ids.has(breadth.otherwise) || breadth.otherwise === mode.id)) {
      problems.push({
        file: mode.file,
        field: 'accounts.breadth.otherwise',
        message: `names "${breadth.otherwise}", which is ${breadth.otherwise === mode.id ? 'this mode itself' : 'not a mode of this playbook'}.`,
        fix: `name another mode: ${[...ids].filter((id) => id !== mode.id).join(', ')}.`,
      });
    }
  }
  if (!byStart.has(0)) {
    problems.push({
      file: modes[0]?.file ?? 'modes/',
      field: 'accounts.replyShareFrom',
      message: 'no mode starts at 0, so accounts that never reply would have no mode.',
      fix: 'set `replyShareFrom: 0` on the mode for accounts that only broadcast.',
    });
  }
  return problems;
}
