import { z } from 'astro/zod';

/** The words for a stance, from broadcasting to conversation (`stanceLabel` turns a score into them). */
export const STANCE_LABELS = [
  'broadcast',
  'leans broadcast',
  'neutral',
  'leans conversational',
  'conversational',
] as const;
export const stanceLabelSchema = z.enum(STANCE_LABELS);
export type StanceLabel = z.infer<typeof stanceLabelSchema>;

/** A cue that moved a passage's stance, with its weight (negative = broadcast). */
export const stanceCueSchema = z.strictObject({ cue: z.string(), weight: z.number() });

/** Signals computed from a passage's text by `src/lib/signals.ts`. */
export const signalsSchema = z.strictObject({
  topics: z.array(z.string()),
  /** -1 broadcast … +1 conversational; 0 when no cue was found. */
  stance: z.number().min(-1).max(1),
  cues: z.array(stanceCueSchema),
});

/** One citable paragraph, list or quote of a source. */
export const passageSchema = z.strictObject({
  /** `<source-slug>/<short-id>`: what pages cite. */
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  sourceSlug: z.string(),
  /** The HTML anchor on the source page. */
  shortId: z.string(),
  /** True when the id was pinned with an explicit `{#id}` marker. */
  pinned: z.boolean(),
  kind: z.enum(['paragraph', 'list', 'quote']),
  /** 1-based position in the source, for "¶ 3" style references. */
  ordinal: z.number().int().positive(),
  /** The nearest heading above the passage, if any. */
  section: z.string().optional(),
  /** The passage's Markdown text without the id marker. Rendered through a safe inline renderer only. */
  text: z.string(),
  /** For lists: the items' text. */
  items: z.array(z.string()).optional(),
  /** 1-based line in the source file where the passage starts. */
  line: z.number().int().positive(),
  signals: signalsSchema,
});

export type Passage = z.infer<typeof passageSchema>;
export type Signals = z.infer<typeof signalsSchema>;
