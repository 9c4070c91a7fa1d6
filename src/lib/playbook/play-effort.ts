/**
 * What a play or an anti-pattern costs, in the words its card and its page use. A play is a
 * habit to schedule, so its weekly time leads; an anti-pattern is a habit to stop, so it shows how
 * long the way out takes, once, and the time a week that keeps it from coming back.
 */
import { formatMinutes, formatPeople, sentenceCase } from '../format.ts';
import { weeklyTime } from './entry-lists.ts';

/** The fields of a play that say what it costs. */
export interface PlayEffort {
  kind: 'play' | 'anti-pattern';
  who: string;
  people: number;
  prepMinutes: number;
  /** One run of the steps; for an anti-pattern, the way out. */
  runMinutes: number;
  /** For a play, the time it takes each week; for an anti-pattern, what staying out of it takes. */
  minutesPerWeek: number;
  difficulty: 'easy' | 'medium' | 'hard';
}

/**
 * The effort line of a card in a grid: "Easy · 1 h 30 min a week" for a play, "Medium · the way
 * out takes 50 min" for an anti-pattern, which is nothing to put in a weekly calendar.
 */
export function cardEffort(
  play: Pick<PlayEffort, 'kind' | 'difficulty' | 'minutesPerWeek' | 'runMinutes'>,
): string {
  const time =
    play.kind === 'anti-pattern'
      ? `the way out takes ${formatMinutes(play.runMinutes)}`
      : weeklyTime(play.minutesPerWeek);
  return `${sentenceCase(play.difficulty)} · ${time}`;
}

/** The facts at the top of a play's page, as term and value, in the order shown. */
export function playFacts(play: PlayEffort): [term: string, value: string][] {
  const anti = play.kind === 'anti-pattern';
  return [
    ['Who', play.who],
    ['People', formatPeople(play.people)],
    ['Preparation', play.prepMinutes === 0 ? 'None' : formatMinutes(play.prepMinutes)],
    anti
      ? ['The way out', `${formatMinutes(play.runMinutes)}, once`]
      : ['One run', formatMinutes(play.runMinutes)],
    anti
      ? [
          'Staying out',
          play.minutesPerWeek === 0 ? 'Nothing more' : `${formatMinutes(play.minutesPerWeek)} a week`,
        ]
      : ['Time per week', weeklyTime(play.minutesPerWeek)],
    ['Difficulty', sentenceCase(play.difficulty)],
  ];
}
