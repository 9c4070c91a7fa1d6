/** The audit as terminal text: classification, reasons, key figures and the gap report. */
import type { AccountRecord } from '../../schemas/account.ts';
import { GAP_DESCRIPTIONS } from '../../schemas/gap.ts';
import { formatMinutes, percent, percentOr } from '../format.ts';
import { bioChecksText, provenanceLine, unknownFigures } from './record.ts';

export function formatAuditReport(record: AccountRecord, businessTitle: string): string {
  const m = record.metrics;
  const c = record.classification;
  const a = record.audit;
  const lines: string[] = [];
  lines.push(`Account audit: ${record.label} (${record.pseudonym})`);
  lines.push(`Data: ${provenanceLine(record)}. Hours in UTC.`);
  lines.push('');
  lines.push(`Business type: ${businessTitle} → recommended mode: ${a.recommendedMode}`);
  lines.push(
    `Observed mode: ${c.mode} (confidence ${percent(c.confidence)})${a.modeMatches ? ' ✓ matches' : ' ✗ differs'}`,
  );
  for (const reason of c.reasons) lines.push(`  • ${reason.text}`);
  lines.push('');
  lines.push('Figures');
  const rows: [string, string][] = [
    [
      'Mix (original / reply / repost / quote)',
      `${percent(m.mix.original)} / ${percent(m.mix.reply)} / ${percent(m.mix.repost)} / ${percent(m.mix.quote)}`,
    ],
    ['Replies to other people', percent(m.replyToOthersShare)],
    ['People replied to', `${m.distinctPeopleRepliedTo} (${m.distinctPeoplePer100Posts} per 100 posts)`],
    ['Replies in threads others started', percent(m.repliesInOthersThreadsShare)],
    [
      'Reply time (median)',
      m.replyLatency
        ? `${formatMinutes(m.replyLatency.medianMinutes)} over ${m.replyLatency.sampleSize} replies`
        : 'unknown',
    ],
    ['Posts with links / to own site', `${percent(m.linkShare)} / ${percentOr(m.selfPromotionShare)}`],
    ['Mentions per post', m.mentionsPerPost.toFixed(2)],
    ['Posts per active day / active days per week', `${m.postsPerActiveDay} / ${m.activeDaysPerWeek}`],
    ['Weeks active / longest silence', `${percent(m.activeWeeksShare)} / ${m.longestSilenceDays} days`],
    ['Offers / findable by search', `${percent(m.offerShare)} / ${percentOr(m.searchableOfferShare)}`],
    ['Thanks or support', percent(m.thanksOrSupportShare)],
    ['Bio: says what / links site / states objective', bioChecksText(record.profile.bio)],
    [
      'Followers ÷ following (context only)',
      record.profile.followerRatio === null ? 'unknown' : String(record.profile.followerRatio),
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(width)}  ${value}`);
  const unknown = unknownFigures(record);
  if (unknown.length > 0) {
    lines.push('');
    lines.push('Unknown from this data (no gap is raised on an unknown)');
    for (const item of unknown) lines.push(`  • ${item}`);
  }
  lines.push('');
  if (a.gaps.length === 0) {
    lines.push('Gaps: none found against the recommended mode.');
  } else {
    lines.push(`Gaps (${a.gaps.length})`);
    for (const gap of a.gaps) {
      lines.push(`  [${gap.severity}] ${gap.id}: ${GAP_DESCRIPTIONS[gap.id]}`);
      lines.push(`      ${gap.evidence}`);
      lines.push(
        gap.plays.length > 0
          ? `      Plays: ${gap.plays.map((p) => `${p.title} (/plays/${p.id}/)`).join('; ')}`
          : '      Plays: none in the playbook address this gap yet.',
      );
    }
  }
  return lines.join('\n');
}
