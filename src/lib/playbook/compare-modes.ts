/**
 * The side-by-side comparison of the modes, built from their data: one column per mode, one row
 * per aspect. Pure, so the page renders whatever modes the playbook holds and tests can check it.
 */

import { stanceLabel } from '../content/signals/signals.ts';
import { pagePath, playsForModePath } from './routes.ts';
import {
  current,
  type Entry,
  formatMinutes,
  type LinkRef,
  playsForMode,
  sentenceCase,
  sortModes,
  splitByKind,
  totalMinutes,
} from './taxonomy.ts';

export type ComparisonCell =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'links'; links: LinkRef[]; empty: string };

export interface ComparisonRow {
  id: string;
  label: string;
  /** One cell per column, in the columns' order. */
  cells: ComparisonCell[];
}

export interface Comparison {
  columns: LinkRef[];
  rows: ComparisonRow[];
}

type ModeData = {
  title: string;
  summary: string;
  order: number;
  stance: number;
  fitsWhen: string[];
  failsWhen: string[];
  weeklyRoutine: { minutes: number }[];
  measures: { name: string }[];
  vanityMeasures: { name: string }[];
  risks: string[];
};

/** A stance as words and a signed number: "Leans broadcast (−0.3)". */
export function stanceWords(stance: number): string {
  const label = stanceLabel(stance);
  const sign = stance > 0 ? '+' : stance < 0 ? '−' : '';
  return `${sentenceCase(label)} (${sign}${Math.abs(stance)})`;
}

/** "1 play", "12 plays". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Columns in the modes' order; withdrawn plays are not counted. */
export function compareModes(
  modes: readonly Entry<ModeData>[],
  businessTypes: readonly Entry<{ title: string; mode: string }>[],
  plays: readonly Entry<{ kind: 'play' | 'anti-pattern'; modes: string[]; withdrawn?: unknown }>[],
): Comparison {
  const ordered = sortModes(modes);
  const livePlays = current(plays);
  const row = (
    id: string,
    label: string,
    cell: (mode: Entry<ModeData>) => ComparisonCell,
  ): ComparisonRow => ({
    id,
    label,
    cells: ordered.map(cell),
  });
  const list = (items: string[]): ComparisonCell => ({ kind: 'list', items });
  return {
    columns: ordered.map((mode) => ({ label: mode.data.title, path: pagePath('modes', mode.id) })),
    rows: [
      row('summary', 'What it is', (m) => ({ kind: 'text', text: m.data.summary })),
      row('stance', 'Stance', (m) => ({ kind: 'text', text: stanceWords(m.data.stance) })),
      row('fits', 'Fits when', (m) => list(m.data.fitsWhen)),
      row('fails', 'Fails when', (m) => list(m.data.failsWhen)),
      row('time', 'Time each week', (m) => ({
        kind: 'text',
        text: formatMinutes(totalMinutes(m.data.weeklyRoutine)),
      })),
      row('measures', 'Measures that matter', (m) => list(m.data.measures.map((x) => x.name))),
      row('vanity', 'Vanity measures', (m) => list(m.data.vanityMeasures.map((x) => x.name))),
      row('risks', 'Risks', (m) => list(m.data.risks)),
      row('business-types', 'Business types', (m) => ({
        kind: 'links',
        links: businessTypes
          .filter((type) => type.data.mode === m.id)
          .map((type) => ({ label: type.data.title, path: pagePath('businessTypes', type.id) }))
          .sort((a, b) => a.label.localeCompare(b.label)),
        empty: 'None yet',
      })),
      row('plays', 'Plays', (m) => {
        const split = splitByKind(playsForMode(livePlays, m.id));
        const label = `${count(split.plays.length, 'play', 'plays')}, ${count(split.antiPatterns.length, 'anti-pattern', 'anti-patterns')}`;
        return { kind: 'links', links: [{ label, path: playsForModePath(m.id) }], empty: 'None yet' };
      }),
    ],
  };
}
