/** Computes a passage's signals (topics and stance) from its text with the lexicon. Pure. */
import type { Signals } from '../../../schemas/passage.ts';
import { STANCE_CUES, type StanceCue, TOPICS, type TopicDefinition } from './lexicon.ts';

const wordRegex = (pattern: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');

interface Compiled<T> {
  definition: T;
  regexes: RegExp[];
}

/** Compiles a lexicon once; `computeSignals` takes the result so tests can pass their own lexicon. */
export function compileLexicon(topics: TopicDefinition[] = TOPICS, cues: StanceCue[] = STANCE_CUES) {
  return {
    topics: topics.map(
      (definition): Compiled<TopicDefinition> => ({
        definition,
        regexes: definition.patterns.map(wordRegex),
      }),
    ),
    cues: cues.map(
      (definition): Compiled<StanceCue> => ({ definition, regexes: [wordRegex(definition.pattern)] }),
    ),
  };
}

export type CompiledLexicon = ReturnType<typeof compileLexicon>;
const defaultLexicon = compileLexicon();

/**
 * Topics are those with at least one matching pattern. Stance is tanh(sum of cue weights / 2),
 * so one strong cue gives about ±0.46, three give about ±0.9, and it never leaves [-1, 1].
 */
export function computeSignals(text: string, lexicon: CompiledLexicon = defaultLexicon): Signals {
  const plain = text.replace(/[*_`~]/g, '');
  const topics = lexicon.topics
    .filter((t) => t.regexes.some((r) => r.test(plain)))
    .map((t) => t.definition.id);
  const cues = lexicon.cues
    .filter((c) => c.regexes.some((r) => r.test(plain)))
    .map((c) => ({ cue: c.definition.label, weight: c.definition.weight }));
  const sum = cues.reduce((total, c) => total + c.weight, 0);
  return { topics, stance: Math.round(Math.tanh(sum / 2) * 100) / 100, cues };
}

/** Label for a topic id, falling back to the id for topics no longer in the lexicon. */
export function topicLabel(id: string): string {
  return TOPICS.find((t) => t.id === id)?.label ?? id;
}

/** Words for a stance score, for readers. */
export function stanceLabel(stance: number): string {
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
