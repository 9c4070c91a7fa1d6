/**
 * The side-by-side comparison of the modes, built from their data: one column per mode, one row
 * per aspect. Pure, so the page renders whatever modes the playbook holds and tests can check it.
 */

import type { Mode } from '../../schemas/mode.ts';
import { stanceLabel } from '../content/signals/signals.ts';
import { countOf, formatMinutes, sentenceCase } from '../format.ts';
import {
  current,
  type Entry,
  type LinkRef,
  playsForMode,
  sortModes,
  splitByKind,
  totalMinutes,
} from './entry-lists.ts';
import { summarise } from './pagination.ts';
import { indexPath, pagePath, playsForModePath } from './routes.ts';
import { signedStance } from './source-stance.ts';

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

/** The fields of a mode the comparison reads. */
type ModeData = Pick<
  Mode,
  | 'title'
  | 'summary'
  | 'order'
  | 'stance'
  | 'fitsWhen'
  | 'failsWhen'
  | 'weeklyRoutine'
  | 'measures'
  | 'vanityMeasures'
  | 'risks'
>;

/** A stance as words and a signed number: "Leans broadcast (−0.3)". */
export function stanceWords(stance: number): string {
  return `${sentenceCase(stanceLabel(stance))} (${signedStance(stance)})`;
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
      row('business-types', 'Business types', (m) => {
        const links = businessTypes
          .filter((type) => type.data.mode === m.id)
          .map((type) => ({ label: type.data.title, path: pagePath('businessTypes', type.id) }))
          .sort((a, b) => a.label.localeCompare(b.label));
        // A cell lists a few and links the rest, so the table does not grow with the playbook.
        const { shown, more } = summarise(links);
        const rest = {
          label: `All ${links.length} business types`,
          path: `${indexPath('businessTypes')}#section-${m.id}`,
        };
        return { kind: 'links', links: more > 0 ? [...shown, rest] : shown, empty: 'None yet' };
      }),
      row('plays', 'Plays', (m) => {
        const split = splitByKind(playsForMode(livePlays, m.id));
        const label = `${countOf(split.plays.length, 'play', 'plays')}, ${countOf(split.antiPatterns.length, 'anti-pattern', 'anti-patterns')}`;
        return { kind: 'links', links: [{ label, path: playsForModePath(m.id) }], empty: 'None yet' };
      }),
    ],
  };
}
