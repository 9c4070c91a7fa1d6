/**
 * A passage's stance from the lexicon's cues, read the way a careful reader reads them: a cue
 * that is denied counts the other way ("a communication channel, not a broadcast channel"), a
 * cue that is only limited counts the other way at half strength ("don't just push deals"), a
 * cue denied in an "if" sentence is what the author wants ("if you don't reply, you're not
 * social"), a cue denied of a subject from the other side finds fault with the subject
 * ("automated shout-outs are not conversations"), and in a sentence turned by "but" or "instead"
 * the clause after the turn is the one the author stands by. Pure.
 *
 * Why a lexicon and not a small classifier trained on the playbook's own mode-labelled content:
 * both were tried on public articles about Twitter for business, labelled by hand before either
 * ran (texts kept outside the repository). A naive Bayes model trained on the demo playbook's
 * plays and business types (by their `modes:` and `mode:`) and the passages they cite agreed
 * with the reader on 5 of 12 development articles and 4 of 12 calibration articles, mostly
 * answering "conversational": the playbook is written in its own vocabulary (plays, steps,
 * audits), which articles rarely use, and its labelled pages are few. This lexicon agreed on 10
 * and 11 of the same (the old one on 4 and 5), and on 11 of 12 further articles labelled by
 * another reader before it ever ran on them; on sets of short excerpts with more articles that
 * favour neither side it agrees less often (6 of 12, 5 of 8). The lexicon stays one file an
 * editor can extend (`lexicon.ts`), and needs nothing downloaded or trained.
 */
import type { Signals } from '../../../schemas/passage.ts';
import { NEGATION_WINDOW, STANCE_CUES, STANCE_MODIFIERS, type StanceCue } from './lexicon.ts';
import { anyOf, matchStarts, NOT_WORD, wordRegex } from './word-match.ts';

type StanceHit = Signals['cues'][number];

/** How a cue's weight changes when it is denied, limited, conceded or stood by. */
const FACTOR = {
  denied: -0.8,
  limited: -0.5,
  conceded: 0.5,
  stoodBy: 1.5,
  asked: 0.5,
  quoted: 0.5,
  reported: 0.5,
  /** "If you don't reply, you're not social": what the condition lacks is what the author wants. */
  lacking: 0.5,
} as const;

export interface CompiledStance {
  /** Each cue, sticky: tried only where `anyCue` found some cue starting. */
  cues: { definition: StanceCue; regex: RegExp }[];
  /** Any cue at all (global): one scan of a sentence finds where cues can start. */
  anyCue: RegExp;
  negation: RegExp;
  /** Negations that affirm ("no substitute for"), global: removed before looking for a negation. */
  affirmingNegation: RegExp;
  /** Contrast words, global, for finding the last turn before a cue. */
  contrastAll: RegExp;
  limiterAfterNegation: RegExp;
  contrast: RegExp;
  critique: RegExp;
  /** "… is not", "… aren't a": where a cue may be denied of what comes before it (global). */
  copulaDenial: RegExp;
  fault: RegExp;
  attribution: RegExp;
}

/** Compiles the cues and the modifiers once. */
export function compileStance(cues: readonly StanceCue[] = STANCE_CUES): CompiledStance {
  const words = (list: readonly string[], flags: 'iu' | 'giu') => wordRegex(anyOf(list), flags);
  const m = STANCE_MODIFIERS;
  return {
    cues: cues.map((definition) => ({ definition, regex: wordRegex(definition.pattern, 'yiu') })),
    anyCue: wordRegex(anyOf(cues.map((cue) => cue.pattern)), 'giu'),
    negation: words(m.negations, 'iu'),
    affirmingNegation: words(m.affirmingNegations, 'giu'),
    contrastAll: words(m.contrasts, 'giu'),
    limiterAfterNegation: wordRegex(
      `(?:${anyOf(m.negations)})\\s+(?:\\w+\\s+)?(?:${anyOf(m.limiters)})`,
      'iu',
    ),
    contrast: words(m.contrasts, 'iu'),
    critique: words(m.critiques, 'iu'),
    // No word boundary after: the match ends where the denied cue starts.
    copulaDenial: new RegExp(`${NOT_WORD}(?:${anyOf(m.denyingCopulas)})`, 'giu'),
    fault: words(m.faults, 'iu'),
    attribution: words(m.attributions, 'iu'),
  };
}

interface Sentence {
  text: string;
  /** A question asserts less than a statement. */
  question: boolean;
  /** A quotation (a post quoted as an example) is not the author's own claim. */
  quoted: boolean;
  /** "If …" / "Unless …": a denied cue names what is missing in the case the author warns about. */
  conditional: boolean;
}

/** Sentences. Line breaks end sentences too (lists, headings). */
function sentences(text: string): Sentence[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '')
    .map((sentence) => {
      const unmarked = sentence.replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, '');
      return {
        text: sentence,
        question: /\?["”’)]*$/.test(sentence),
        quoted: /^["“]/.test(unmarked),
        conditional: /^(?:if|unless)\s/i.test(unmarked),
      };
    });
}

const CLAUSE_BREAK = /[,;:()"“”—–]|\s-\s/g;

/** Where the last match of a global regex in `text` ends (0 if none). */
function lastMatchEnd(text: string, regex: RegExp): number {
  let end = 0;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text))
    end = match.index + match[0].length;
  return end;
}

/** Where each clause starts: after punctuation that closes a clause, or at a contrast word. */
function clauseStartBefore(sentence: string, index: number, contrastAll: RegExp): number {
  const before = sentence.slice(0, index);
  return Math.max(lastMatchEnd(before, CLAUSE_BREAK), lastMatchEnd(before, contrastAll));
}

/** Whether the words just before a cue, in its clause, deny or limit it. */
function negationOf(clauseBefore: string, compiled: CompiledStance): 'denied' | 'limited' | undefined {
  const words = clauseBefore.trim().split(/\s+/).filter(Boolean);
  const window = words.slice(-NEGATION_WINDOW).join(' ').replace(compiled.affirmingNegation, ' ');
  if (!window.trim()) return undefined;
  if (!compiled.negation.test(window)) return undefined;
  return compiled.limiterAfterNegation.test(window) ? 'limited' : 'denied';
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The weight of the first cue that matches at `start`, if any. */
function cueWeightAt(text: string, start: number, compiled: CompiledStance): number | undefined {
  for (const { definition, regex } of compiled.cues) {
    regex.lastIndex = start;
    if (regex.test(text)) return definition.weight;
  }
  return undefined;
}

/**
 * "Automated shout-outs are not conversations": a cue denied of a subject that carries a cue of
 * the other side finds fault with the subject, and the denied cue is the standard it misses.
 * Returns where the denial starts, or undefined. "Twitter is not a conversational medium" has no
 * cue before the denial: an ordinary denial.
 */
function copulaDenialAt(
  text: string,
  starts: readonly number[],
  compiled: CompiledStance,
): number | undefined {
  compiled.copulaDenial.lastIndex = 0;
  for (let match = compiled.copulaDenial.exec(text); match; match = compiled.copulaDenial.exec(text)) {
    const denied = match.index + match[0].length;
    if (!starts.includes(denied)) continue;
    const deniedWeight = cueWeightAt(text, denied, compiled);
    if (deniedWeight === undefined) continue;
    const subject = starts.filter((start) => start < match.index);
    if (subject.some((start) => (cueWeightAt(text, start, compiled) ?? 0) * deniedWeight < 0))
      return match.index;
  }
  return undefined;
}

/**
 * Stance of a passage: tanh(sum of the cues' effective weights / 2), so one strong cue gives
 * about ±0.46, three give about ±0.9, and it never leaves [-1, 1]. Each cue is counted once per
 * passage in each reading (as said, or denied, or limited), at its strongest occurrence.
 */
export function scoreStance(text: string, compiled: CompiledStance): { stance: number; cues: StanceHit[] } {
  const plain = text.replace(/[*_`~]/g, '').replace(/[’‘]/g, "'");
  const strongest = new Map<string, StanceHit>();
  for (const sentence of sentences(plain)) {
    const starts = matchStarts(sentence.text, compiled.anyCue);
    if (starts.length === 0) continue;
    const turn = compiled.contrast.exec(sentence.text);
    // A sentence that opens with "But" or "And yet" answers the one before; only a turn inside
    // it splits it.
    const opening = turn ? sentence.text.slice(0, turn.index).trim().split(/\s+/).filter(Boolean).length : 0;
    const turnAt = turn && opening > 1 ? turn.index : undefined;
    const denialAt = copulaDenialAt(sentence.text, starts, compiled);
    const critiqueAt = compiled.critique.exec(sentence.text)?.index ?? denialAt;
    const reportedAt = compiled.attribution.exec(sentence.text)?.index;
    // A subject found at fault is known before any cue is weighed: the denied standard after it
    // is not a second claim, whichever cue the loop below meets first.
    let faultedBefore = denialAt !== undefined;
    for (const { definition, regex } of compiled.cues) {
      // Each match of this cue as `matchAll` would give them (leftmost first, not overlapping),
      // trying the sticky cue only where some cue starts: one scan of the sentence, not one per cue.
      let end = 0;
      for (const start of starts) {
        if (start < end) continue;
        regex.lastIndex = start;
        if (!regex.test(sentence.text)) continue;
        end = Math.max(regex.lastIndex, start + 1);
        const clauseStart = clauseStartBefore(sentence.text, start, compiled.contrastAll);
        const clauseBefore = sentence.text.slice(clauseStart, start);
        const negation = negationOf(clauseBefore, compiled);
        const faulted =
          !negation &&
          ((critiqueAt !== undefined && start < critiqueAt) || compiled.fault.test(clauseBefore));
        // "Coupon campaigns tend not to be engaging": the denied words state the fault found with
        // the campaigns; they are not a second claim against engaging.
        if (negation === 'denied' && faultedBefore && critiqueAt !== undefined && start > critiqueAt)
          continue;
        if (faulted) faultedBefore = true;
        const lacking = negation === 'denied' && sentence.conditional;
        let weight = definition.weight;
        if (lacking) weight *= FACTOR.lacking;
        else if (negation) weight *= FACTOR[negation];
        if (faulted) weight *= FACTOR.denied;
        // "not X but Y" corrects X rather than conceding it: the denial already says so.
        if (turnAt !== undefined && !(negation && start < turnAt))
          weight *= start > turnAt ? FACTOR.stoodBy : FACTOR.conceded;
        if (sentence.question) weight *= FACTOR.asked;
        if (sentence.quoted) weight *= FACTOR.quoted;
        if (reportedAt !== undefined && start > reportedAt) weight *= FACTOR.reported;
        const cue = lacking
          ? `${definition.label} (missed when absent)`
          : negation === 'denied' || faulted
            ? `not ${definition.label}`
            : negation === 'limited'
              ? `not just ${definition.label}`
              : definition.label;
        const previous = strongest.get(cue);
        if (!previous || Math.abs(weight) > Math.abs(previous.weight))
          strongest.set(cue, { cue, weight: round(weight) });
      }
    }
  }
  const cues = [...strongest.values()];
  const sum = cues.reduce((total, c) => total + c.weight, 0);
  return { stance: round(Math.tanh(sum / 2)), cues };
}
