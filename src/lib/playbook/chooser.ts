/**
 * The strategy chooser: a few plain questions, scored against each business type's own
 * attributes, so a new business type file is picked up without code changes.
 *
 * Every question has three answers, which keeps every combination prerenderable: the chooser
 * works as plain links without JavaScript, and each result has a shareable URL made of the
 * answers (`/chooser/on-the-spot/product-only/…/`).
 */
import type { BusinessType } from '../../schemas/business-type.ts';
import type { BusinessAttributes } from '../../schemas/fields.ts';
import type { Problem } from '../errors.ts';

type ScaledAttribute = Exclude<keyof BusinessAttributes, 'whoRunsIt'>;

/** Where each attribute value sits on a 0…1 scale; neighbouring values are close. */
export const ATTRIBUTE_SCALES: { [A in ScaledAttribute]: Record<BusinessAttributes[A], number> } = {
  salesCycle: { none: 0, short: 1 / 3, medium: 2 / 3, long: 1 },
  buyersWantRelationship: { no: 0, some: 0.5, yes: 1 },
  audienceOnX: { few: 0, some: 0.5, many: 1 },
  hoursPerWeek: { 'under-1': 0, '1-3': 1 / 3, '3-6': 2 / 3, 'over-6': 1 },
  publicQuestions: { rarely: 0, sometimes: 0.5, often: 1 },
  leaderVoice: { no: 0, maybe: 0.5, yes: 1 },
};

export interface ChooserOption {
  slug: string;
  label: string;
  /** Position on the attribute's 0…1 scale. */
  position: number;
}

export interface ChooserQuestion {
  attribute: ScaledAttribute;
  prompt: string;
  help: string;
  /** How much the question counts; the sales cycle and the buyers' wish decide most. */
  weight: number;
  options: [ChooserOption, ChooserOption, ChooserOption];
}

export const CHOOSER_QUESTIONS: ChooserQuestion[] = [
  {
    attribute: 'salesCycle',
    prompt: 'How long does a sale take, from first contact to purchase?',
    help: 'A product people buy the moment they find it has no sales cycle; a service sold to a committee may take months.',
    weight: 3,
    options: [
      { slug: 'on-the-spot', label: 'They buy on the spot, once they find it', position: 0 },
      { slug: 'days-or-weeks', label: 'Days or weeks', position: 0.5 },
      { slug: 'months', label: 'Months, often with several people deciding', position: 1 },
    ],
  },
  {
    attribute: 'buyersWantRelationship',
    prompt: 'Do your buyers want a relationship with you, or just the product?',
    help: 'Would they choose you because they know and trust you, or because the offer is right?',
    weight: 3,
    options: [
      { slug: 'product-only', label: 'Just the product or the deal', position: 0 },
      { slug: 'some-trust', label: 'Some trust helps', position: 0.5 },
      { slug: 'relationship', label: 'They buy from people they know', position: 1 },
    ],
  },
  {
    attribute: 'publicQuestions',
    prompt: 'Do customers ask you questions or raise problems in public?',
    help: 'Questions, complaints or thanks posted where others can see them.',
    weight: 2,
    options: [
      { slug: 'rarely', label: 'Rarely', position: 0 },
      { slug: 'sometimes', label: 'Sometimes', position: 0.5 },
      { slug: 'often', label: 'Often, and they expect an answer', position: 1 },
    ],
  },
  {
    attribute: 'audienceOnX',
    prompt: 'How many of the people you want to reach are on X?',
    help: 'Even 10–15% can be worth it if they are the right people.',
    weight: 1.5,
    options: [
      { slug: 'few', label: 'Few of them', position: 0 },
      { slug: 'some', label: 'A useful share', position: 0.5 },
      { slug: 'many', label: 'Many, and they use it daily', position: 1 },
    ],
  },
  {
    attribute: 'leaderVoice',
    prompt: 'Will a leader of the business speak on X in their own voice?',
    help: 'Writing and answering personally, not through a press office.',
    weight: 1.5,
    options: [
      { slug: 'no-leader', label: 'No', position: 0 },
      { slug: 'leader-maybe', label: 'Perhaps, now and then', position: 0.5 },
      { slug: 'leader-yes', label: 'Yes, they will answer people themselves', position: 1 },
    ],
  },
  {
    attribute: 'hoursPerWeek',
    prompt: 'How much time can whoever runs the account give it each week?',
    help: 'Conversation takes steady time; broadcasting can be planned in batches.',
    weight: 1,
    options: [
      { slug: 'under-an-hour', label: 'Under an hour', position: 0 },
      { slug: 'a-few-hours', label: 'One to three hours', position: 1 / 3 },
      { slug: 'half-a-day-or-more', label: 'Half a day or more', position: 5 / 6 },
    ],
  },
];

/** Answers by attribute, each an option slug. */
export type Answers = Partial<Record<ScaledAttribute, string>>;

/** A business type as the chooser scores it. */
export type ChooserBusinessType = { id: string } & Pick<
  BusinessType,
  'title' | 'mode' | 'attributes' | 'plays'
>;

export interface AttributeMatch {
  attribute: ScaledAttribute;
  question: string;
  answer: string;
  /** 0…1: how close the answer is to this business type. */
  similarity: number;
}

export interface RankedBusinessType {
  businessType: ChooserBusinessType;
  /** Weighted similarity over the answered questions, 0…1. */
  score: number;
  matches: AttributeMatch[];
}

export interface Recommendation {
  mode: string;
  /** The lead of the best match over the best business type of another mode, 0…1. */
  margin: number;
  /** The closest business types (CLOSEST_KEPT of them), closest first, with their matches. */
  ranked: RankedBusinessType[];
  /** Answers that agree with the closest business type (similarity ≥ 0.75), strongest first. */
  agreeing: AttributeMatch[];
  /** Answers that pull away from it (similarity ≤ 0.5). */
  differing: AttributeMatch[];
  firstPlays: string[];
}

const optionFor = (question: ChooserQuestion, slug: string | undefined) =>
  question.options.find((o) => o.slug === slug);

/** How many of the closest business types a recommendation keeps, with their matches. */
export const CLOSEST_KEPT = 3;

/** One collator for every tie, much cheaper than `localeCompare` per comparison. */
const byTitle = new Intl.Collator('en').compare;

/** The answered questions with the position of each answer: worked out once per ranking. */
function answered(answers: Answers) {
  return CHOOSER_QUESTIONS.flatMap((question) => {
    const option = optionFor(question, answers[question.attribute]);
    return option
      ? [{ question, option, scale: ATTRIBUTE_SCALES[question.attribute] as Record<string, number> }]
      : [];
  });
}

type Answered = ReturnType<typeof answered>;

function similarityOf(entry: Answered[number], businessType: ChooserBusinessType): number {
  const position = entry.scale[businessType.attributes[entry.question.attribute]] ?? 0;
  return 1 - Math.abs(entry.option.position - position);
}

/** Weighted similarity over the answered questions, 0…1 (0 when none is answered). */
function scoreOf(given: Answered, businessType: ChooserBusinessType): number {
  let weighted = 0;
  let totalWeight = 0;
  for (const entry of given) {
    weighted += similarityOf(entry, businessType) * entry.question.weight;
    totalWeight += entry.question.weight;
  }
  return totalWeight === 0 ? 0 : weighted / totalWeight;
}

function matchesOf(given: Answered, businessType: ChooserBusinessType): AttributeMatch[] {
  return given.map((entry) => ({
    attribute: entry.question.attribute,
    question: entry.question.prompt,
    answer: entry.option.label,
    similarity: similarityOf(entry, businessType),
  }));
}

/** Business types by score, ties by title; scores only, no match details. */
function scored(given: Answered, businessTypes: readonly ChooserBusinessType[]) {
  return businessTypes
    .map((businessType) => ({ businessType, score: scoreOf(given, businessType) }))
    .sort((a, b) => b.score - a.score || byTitle(a.businessType.title, b.businessType.title));
}

/** Ranks every business type by how closely its attributes match the answers given. */
export function rankBusinessTypes(
  answers: Answers,
  businessTypes: ChooserBusinessType[],
): RankedBusinessType[] {
  const given = answered(answers);
  return scored(given, businessTypes).map((r) => ({ ...r, matches: matchesOf(given, r.businessType) }));
}

/**
 * The recommended mode: that of the closest business type, with the reasons for it. It keeps
 * the CLOSEST_KEPT closest business types with their matches; the margin is measured against the
 * best business type of another mode, among all of them.
 */
export function recommend(
  answers: Answers,
  businessTypes: ChooserBusinessType[],
): Recommendation | undefined {
  const given = answered(answers);
  const all = scored(given, businessTypes);
  const first = all[0];
  if (!first) return undefined;
  const ranked = all.slice(0, CLOSEST_KEPT).map((r) => ({ ...r, matches: matchesOf(given, r.businessType) }));
  const best = ranked[0] ?? { ...first, matches: [] };
  const rival = all.find((r) => r.businessType.mode !== best.businessType.mode);
  const weightOf = (m: AttributeMatch) =>
    CHOOSER_QUESTIONS.find((q) => q.attribute === m.attribute)?.weight ?? 0;
  return {
    mode: best.businessType.mode,
    margin: rival ? Math.round((best.score - rival.score) * 100) / 100 : 1,
    ranked,
    agreeing: best.matches.filter((m) => m.similarity >= 0.75).sort((a, b) => weightOf(b) - weightOf(a)),
    differing: best.matches.filter((m) => m.similarity <= 0.5).sort((a, b) => weightOf(b) - weightOf(a)),
    firstPlays: best.businessType.plays.slice(0, 3),
  };
}

/** `/chooser/<answer>/<answer>/…/` for answers given in question order (stops at the first gap). */
export function answersToSegments(answers: Answers): string[] {
  const segments: string[] = [];
  for (const question of CHOOSER_QUESTIONS) {
    const slug = answers[question.attribute];
    if (!slug) break;
    segments.push(slug);
  }
  return segments;
}

/** Reads answers from URL segments, reporting any that is not an answer to its question. */
export function segmentsToAnswers(segments: string[]): { answers: Answers; problems: Problem[] } {
  const answers: Answers = {};
  const problems: Problem[] = [];
  segments.forEach((segment, index) => {
    const question = CHOOSER_QUESTIONS[index];
    if (!question) {
      problems.push({
        file: 'chooser URL',
        field: `segment ${index + 1}`,
        message: `"${segment}" is one answer too many.`,
        fix: 'remove it.',
      });
      return;
    }
    if (!optionFor(question, segment)) {
      problems.push({
        file: 'chooser URL',
        field: question.attribute,
        message: `"${segment}" is not an answer to "${question.prompt}"`,
        fix: `use one of ${question.options.map((o) => o.slug).join(', ')}.`,
      });
      return;
    }
    answers[question.attribute] = segment;
  });
  return { answers, problems };
}

/** Every prefix of every answer combination, for prerendering: [] then [a], [a, b], … */
export function allAnswerPaths(): string[][] {
  let level: string[][] = [[]];
  const all: string[][] = [[]];
  for (const question of CHOOSER_QUESTIONS) {
    level = level.flatMap((prefix) => question.options.map((option) => [...prefix, option.slug]));
    all.push(...level);
  }
  return all;
}
