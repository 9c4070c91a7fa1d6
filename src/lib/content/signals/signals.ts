/** Computes a passage's signals (topics and stance) from its text with the lexicon. Pure. */
import type { Signals, StanceLabel } from '../../../schemas/passage.ts';
import { STANCE_CUES, type StanceCue, TOPICS, type TopicDefinition } from './lexicon.ts';
import { compileStance, scoreStance } from './stance.ts';
import { anyOf, matchesAtAny, matchStarts, wordRegex } from './word-match.ts';

interface Compiled<T> {
  definition: T;
  /** Any of the definition's patterns, sticky: tried only where `anyTopic` found a start. */
  regex: RegExp;
}

/** Compiles a lexicon once; `computeSignals` takes the result so tests can pass their own lexicon. */
export function compileLexicon(topics: TopicDefinition[] = TOPICS, cues: StanceCue[] = STANCE_CUES) {
  return {
    topics: topics.map(
      (definition): Compiled<TopicDefinition> => ({
        definition,
        regex: wordRegex(anyOf(definition.patterns), 'yiu'),
      }),
    ),
    /** Any pattern of any topic (global): one scan of a passage finds where topics can start. */
    anyTopic: wordRegex(anyOf(topics.flatMap((topic) => topic.patterns)), 'giu'),
    stance: compileStance(cues),
  };
}

export type CompiledLexicon = ReturnType<typeof compileLexicon>;
const defaultLexicon = compileLexicon();

/**
 * Topics are those with at least one matching pattern. Stance and the cues that produced it
 * come from `scoreStance` (negation and contrast included; see `stance.ts`).
 */
export function computeSignals(text: string, lexicon: CompiledLexicon = defaultLexicon): Signals {
  const plain = text.replace(/[*_`~]/g, '');
  const starts = matchStarts(plain, lexicon.anyTopic);
  const topics =
    starts.length === 0
      ? []
      : lexicon.topics.filter((t) => matchesAtAny(plain, t.regex, starts)).map((t) => t.definition.id);
  return { topics, ...scoreStance(plain, lexicon.stance) };
}

/** Label for a topic id, falling back to the id for topics no longer in the lexicon. */
export function topicLabel(id: string): string {
  return TOPICS.find((t) => t.id === id)?.label ?? id;
}

/** Words for a stance score, for readers. */
export function stanceLabel(stance: number): StanceLabel {
  if (stance <= -0.5) return 'broadcast';
  if (stance < -0.15) return 'leans broadcast';
  if (stance <= 0.15) return 'neutral';
  if (stance < 0.5) return 'leans conversational';
  return 'conversational';
}

/** Topic ids touched by any of the passages, the most frequent first (ties by id). */
export function rankTopics(passages: readonly { signals: Signals }[]): string[] {
  const counts = new Map<string, number>();
  for (const passage of passages) {
    for (const topic of passage.signals.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([topic]) => topic);
}

/** Mean stance of the passages, to two decimals; 0 when there are none. */
export function meanStance(passages: readonly { signals: Signals }[]): number {
  if (passages.length === 0) return 0;
  const mean = passages.reduce((sum, p) => sum + p.signals.stance, 0) / passages.length;
  return Math.round(mean * 100) / 100;
}

/**
 * The title an article's stance counts as one more passage: a headline states the article's
 * thesis; a descriptive title is the playbook's own words and says nothing of the article's side.
 */
export function thesisTitle(article: { title: string; titleIsDescriptive?: boolean }): string | undefined {
  return article.titleIsDescriptive ? undefined : article.title;
}

/** The title counts as one more passage when it is the article's own headline. */
function speakingSignals(
  passages: readonly { signals: Signals }[],
  title: string | undefined,
  lexicon: CompiledLexicon,
): Signals[] {
  const speaking = passages.map((p) => p.signals);
  if (title) speaking.push(computeSignals(title, lexicon));
  return speaking;
}

/**
 * The cues that moved an article's stance most: each cue's weights summed over the passages (and
 * the headline), strongest first, at most `limit`. What a reader checks the stance against.
 */
export function strongestCues(
  passages: readonly { signals: Signals }[],
  title?: string,
  limit = 5,
  lexicon: CompiledLexicon = defaultLexicon,
): Signals['cues'] {
  const totals = new Map<string, number>();
  for (const signals of speakingSignals(passages, title, lexicon))
    for (const { cue, weight } of signals.cues) totals.set(cue, (totals.get(cue) ?? 0) + weight);
  return [...totals]
    .map(([cue, weight]) => ({ cue, weight: Math.round(weight * 100) / 100 }))
    .filter((c) => c.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.cue.localeCompare(b.cue))
    .slice(0, limit);
}

/**
 * An article's stance: the mean of the stances of the passages that say something about it,
 * each weighed by how much it says (the sum of its cues' weights, in absolute value), with the
 * title counted as one more passage. Passages without a cue (an anecdote, a statistic) are
 * silent, not neutral, so they do not pull a clear article towards 0; a passage that names one
 * weak cue in passing counts less than one that argues the point. No cue at all gives 0.
 */
export function articleStance(
  passages: readonly { signals: Signals }[],
  title?: string,
  lexicon: CompiledLexicon = defaultLexicon,
): number {
  const speaking = speakingSignals(passages, title, lexicon);
  let weighted = 0;
  let total = 0;
  for (const signals of speaking) {
    const strength = Math.abs(signals.cues.reduce((sum, c) => sum + c.weight, 0));
    weighted += signals.stance * strength;
    total += strength;
  }
  return total === 0 ? 0 : Math.round((weighted / total) * 100) / 100;
}
