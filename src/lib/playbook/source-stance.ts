/**
 * What a source page says about its article's stance: the editor's reading when the source file
 * gives one (`editorStance`), else the detected one, with the cues that moved it most (found
 * when the source is read: src/lib/content/sources.ts). Pure.
 */
import type { Signals, StanceLabel } from '../../schemas/passage.ts';
import type { Source } from '../../schemas/source.ts';
import { stanceLabel } from '../content/signals/signals.ts';

export interface SourceStance {
  /** What the site shows. */
  label: StanceLabel;
  /** True when the editor set it: the detected stance is then shown beside it. */
  setByEditor: boolean;
  detected: { label: StanceLabel; stance: number };
  /** The cues that moved the detected stance most, strongest first. */
  cues: Signals['cues'];
}

/** A stance score with its sign, as readers see it: "+0.41", "−0.3", "0". */
export function signedStance(stance: number): string {
  const sign = stance > 0 ? '+' : stance < 0 ? '−' : '';
  return `${sign}${Math.abs(stance)}`;
}

/** Cues with their signed weights, as readers see them: "conversation (+2.5), deals (−1)". */
export function cueList(cues: Signals['cues']): string {
  return cues.map((c) => `${c.cue} (${signedStance(c.weight)})`).join(', ');
}

/** The stance a list shows for a source: the editor's reading, else the detected one. */
export function shownStance(source: Pick<Source, 'stance' | 'editorStance'>): StanceLabel {
  return source.editorStance ?? stanceLabel(source.stance);
}

export function sourceStance(source: Pick<Source, 'stance' | 'stanceCues' | 'editorStance'>): SourceStance {
  return {
    label: shownStance(source),
    setByEditor: source.editorStance !== undefined,
    detected: { label: stanceLabel(source.stance), stance: source.stance },
    cues: source.stanceCues,
  };
}
