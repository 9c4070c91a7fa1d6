/**
 * What the presenter view shows for a play, a business type or a mode: a short deck of slides,
 * each a title and a few points in type large enough for the back of a room. A deck is made only
 * from the entry's own data (its steps, stages, measures…), so its length never grows with the
 * rest of the site. Pure: plain data in, plain data out; src/components/present/ lays it out.
 */
import type { BusinessType } from '../../schemas/business-type.ts';
import type { RoutineTask } from '../../schemas/fields.ts';
import type { Mode } from '../../schemas/mode.ts';
import type { Play } from '../../schemas/play.ts';
import { formatMinutes, formatPeople } from '../format.ts';
import { type Entry, pickByIds, totalMinutes } from './entry-lists.ts';

/** One line of a slide, with an optional second line in smaller type (why, when, how long). */
export interface SlidePoint {
  text: string;
  detail?: string;
}

export interface Slide {
  /** A short label above the title: "Play card", "Step 2 of 4 · 10 min". */
  kicker?: string;
  title: string;
  /** One or two sentences under the title. */
  lead?: string;
  points: SlidePoint[];
  /** A play step's time box: the presenter shows a countdown for it, named by `label` ("Step 2"). */
  timer?: { minutes: number; label: string };
}

export type PlaySlideData = Pick<
  Play,
  | 'kind'
  | 'title'
  | 'summary'
  | 'who'
  | 'people'
  | 'prepMinutes'
  | 'runMinutes'
  | 'needs'
  | 'steps'
  | 'measures'
>;

export type BusinessTypeSlideData = Pick<
  BusinessType,
  | 'title'
  | 'summary'
  | 'examples'
  | 'mode'
  | 'modeReason'
  | 'first30Days'
  | 'weeklyRoutine'
  | 'plays'
  | 'antiPatterns'
  | 'measures'
  | 'switchWhen'
>;

export type ModeSlideData = Pick<
  Mode,
  | 'title'
  | 'summary'
  | 'fitsWhen'
  | 'failsWhen'
  | 'behaviourSignals'
  | 'weeklyRoutine'
  | 'measures'
  | 'vanityMeasures'
  | 'risks'
>;

/** What a business type's slides need to name its mode and its plays: titles by id. */
export interface SlideTitles {
  modeTitles: ReadonlyMap<string, string>;
  plays: ReadonlyMap<string, Entry<{ title: string }>>;
}

/** A slide without the optional fields that are empty, as `exactOptionalPropertyTypes` wants. */
function slide(
  title: string,
  points: SlidePoint[],
  extra: { kicker?: string; lead?: string | undefined } = {},
): Slide {
  return {
    ...(extra.kicker ? { kicker: extra.kicker } : {}),
    title,
    ...(extra.lead ? { lead: extra.lead } : {}),
    points,
  };
}

const texts = (items: readonly string[]): SlidePoint[] => items.map((text) => ({ text }));

const measurePoints = (measures: readonly { name: string; why: string }[]): SlidePoint[] =>
  measures.map((measure) => ({ text: measure.name, detail: measure.why }));

function routineSlide(tasks: readonly RoutineTask[]): Slide {
  return slide(
    'Weekly routine',
    tasks.map((task) => ({
      text: task.task,
      detail: task.when ? `${formatMinutes(task.minutes)} · ${task.when}` : formatMinutes(task.minutes),
    })),
    { lead: `About ${formatMinutes(totalMinutes(tasks))} a week.` },
  );
}

/**
 * A play or anti-pattern: its card (who, how many, how long), what it needs, one slide per step
 * with the step's time box, and what to measure.
 */
export function slidesForPlay(play: PlaySlideData): Slide[] {
  const anti = play.kind === 'anti-pattern';
  const steps = play.steps.length;
  const facts: SlidePoint[] = [
    { text: `Who: ${play.who}` },
    { text: `${formatPeople(play.people)} · ${formatMinutes(play.runMinutes)} in ${steps} steps` },
    ...(play.prepMinutes > 0 ? [{ text: `Preparation: ${formatMinutes(play.prepMinutes)}` }] : []),
  ];
  return [
    slide(play.title, facts, {
      kicker: anti ? 'Anti-pattern: stop doing this' : 'Play card',
      lead: play.summary,
    }),
    ...(play.needs.length > 0 ? [slide('What you need', texts(play.needs))] : []),
    ...play.steps.map((step, index) => ({
      ...slide(step.title, [], {
        kicker: `${anti ? 'The way out: step' : 'Step'} ${index + 1} of ${steps} · ${formatMinutes(step.minutes)}`,
        lead: step.detail,
      }),
      timer: { minutes: step.minutes, label: `Step ${index + 1}` },
    })),
    slide('What to measure', measurePoints(play.measures)),
  ];
}

/**
 * A business type: who it is for, the recommended mode and why, one slide per stage of its first
 * 30 days, its weekly routine, the plays and anti-patterns it names, what to measure and when to
 * switch. Plays it names that do not exist are skipped (the build check reports them).
 */
export function slidesForBusinessType(type: BusinessTypeSlideData, titles: SlideTitles): Slide[] {
  const modeTitle = (id: string) => titles.modeTitles.get(id) ?? id;
  const playTitles = (ids: readonly string[]) =>
    texts(pickByIds(titles.plays, ids).map((play) => play.data.title));
  return [
    slide(type.title, [{ text: `For example: ${type.examples.join(', ')}` }], {
      kicker: 'Business type',
      lead: type.summary,
    }),
    slide(modeTitle(type.mode), [], { kicker: 'Recommended mode', lead: type.modeReason }),
    ...type.first30Days.map((stage) =>
      slide(`Days ${stage.days}`, texts(stage.tasks), { kicker: 'Your first 30 days' }),
    ),
    routineSlide(type.weeklyRoutine),
    slide('Plays to run', playTitles(type.plays)),
    slide('Anti-patterns to stop', playTitles(type.antiPatterns)),
    slide('What to measure', measurePoints(type.measures)),
    ...(type.switchWhen.length > 0
      ? [
          slide(
            'Signs it is time to switch',
            type.switchWhen.map((item) => ({ text: item.when, detail: `Move to ${modeTitle(item.to)}` })),
          ),
        ]
      : []),
  ];
}

/**
 * A strategy mode: what it is, when it fits and fails, what an audit would see, its risks, its
 * weekly routine and the measures that matter and do not. The business types and plays that use
 * the mode are left out: those lists grow with the site.
 */
export function slidesForMode(mode: ModeSlideData): Slide[] {
  return [
    slide(mode.title, [{ text: `About ${formatMinutes(totalMinutes(mode.weeklyRoutine))} a week` }], {
      kicker: 'Strategy mode',
      lead: mode.summary,
    }),
    slide('It fits when', texts(mode.fitsWhen)),
    slide('It fails when', texts(mode.failsWhen)),
    slide(
      'What an audit of the account would see',
      mode.behaviourSignals.map((item) => ({ text: item.signal, detail: item.typical })),
    ),
    slide('Risks to watch', texts(mode.risks)),
    routineSlide(mode.weeklyRoutine),
    slide('Measures that matter', measurePoints(mode.measures)),
    slide('Vanity measures to ignore', measurePoints(mode.vanityMeasures)),
  ];
}
