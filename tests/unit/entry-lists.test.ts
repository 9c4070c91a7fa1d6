import { describe, expect, it } from 'vitest';
import { formatMinutes, formatPeople, sentenceCase } from '../../src/lib/format.ts';
import {
  businessTypesForMode,
  current,
  groupByMode,
  inReferenceOrder,
  pickByIds,
  playsForMode,
  sortModes,
  splitByKind,
  titlesById,
  totalMinutes,
  weeklyTime,
} from '../../src/lib/playbook/entry-lists.ts';
import { accountPath, comparePath, indexPath, playsForModePath } from '../../src/lib/playbook/routes.ts';

const modes = [
  { id: 'hybrid', data: { title: 'Hybrid', order: 3 } },
  { id: 'broadcast-only', data: { title: 'Broadcast only', order: 1 } },
  { id: 'conversational', data: { title: 'Conversational', order: 2 } },
];
const businessTypes = [
  { id: 'plumber', data: { title: 'Local trades', mode: 'conversational' } },
  { id: 'maker', data: { title: 'Niche maker', mode: 'broadcast-only' } },
  { id: 'consultancy', data: { title: 'Consultancy', mode: 'conversational' } },
];
const plays = [
  { id: 'thank-buyers', data: { kind: 'play' as const, modes: ['hybrid', 'broadcast-only'] } },
  { id: 'follower-chasing', data: { kind: 'anti-pattern' as const, modes: ['conversational', 'hybrid'] } },
  { id: 'daily-three', data: { kind: 'play' as const, modes: ['conversational'] } },
];

describe('time totals', () => {
  it('adds up the minutes of a routine', () => {
    expect(
      totalMinutes([{ minutes: 40 }, { minutes: 75 }, { minutes: 15 }, { minutes: 15 }, { minutes: 20 }]),
    ).toBe(165);
  });

  it('gives zero minutes for an empty routine', () => {
    expect(totalMinutes([])).toBe(0);
  });

  it('writes minutes under an hour as minutes', () => {
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(45)).toBe('45 min');
  });

  it('writes whole hours without minutes and the rest with both', () => {
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(165)).toBe('2 h 45 min');
    expect(formatMinutes(245)).toBe('4 h 5 min');
  });

  it('calls a play with no weekly time a one-off', () => {
    expect(weeklyTime(0)).toBe('One-off');
    expect(weeklyTime(100)).toBe('1 h 40 min a week');
  });

  it('counts people in words', () => {
    expect(formatPeople(1)).toBe('1 person');
    expect(formatPeople(3)).toBe('3 people');
  });

  it('capitalises the first letter only', () => {
    expect(sentenceCase('easy')).toBe('Easy');
    expect(sentenceCase('leans broadcast')).toBe('Leans broadcast');
  });
});

describe('lookups and grouping', () => {
  it('sorts modes by their stated order', () => {
    expect(sortModes(modes).map((m) => m.id)).toEqual(['broadcast-only', 'conversational', 'hybrid']);
  });

  it('picks entries in the order of the ids and skips unknown ids', () => {
    expect(pickByIds(plays, ['daily-three', 'missing', 'thank-buyers']).map((p) => p.id)).toEqual([
      'daily-three',
      'thank-buyers',
    ]);
  });

  it('puts ids in the order of a reference list, unknown ids last', () => {
    expect(
      inReferenceOrder(['hybrid', 'other', 'broadcast-only'], ['broadcast-only', 'conversational', 'hybrid']),
    ).toEqual(['broadcast-only', 'hybrid', 'other']);
  });

  it('names entries by id', () => {
    expect(titlesById(modes).get('hybrid')).toBe('Hybrid');
  });

  it('leaves withdrawn entries out of recommendations', () => {
    const entries = [
      { id: 'a', data: {} },
      { id: 'b', data: { withdrawn: { date: '2026-10-05', reason: 'replaced' } } },
    ];
    expect(current(entries).map((e) => e.id)).toEqual(['a']);
  });

  it('separates plays from anti-patterns, keeping their order', () => {
    const split = splitByKind(plays);
    expect(split.plays.map((p) => p.id)).toEqual(['thank-buyers', 'daily-three']);
    expect(split.antiPatterns.map((p) => p.id)).toEqual(['follower-chasing']);
  });

  it('finds the plays of either kind that serve a mode', () => {
    expect(playsForMode(plays, 'hybrid').map((p) => p.id)).toEqual(['thank-buyers', 'follower-chasing']);
    expect(playsForMode(plays, 'nothing')).toEqual([]);
  });

  it('finds the business types that recommend a mode', () => {
    expect(businessTypesForMode(businessTypes, 'conversational').map((b) => b.id)).toEqual([
      'plumber',
      'consultancy',
    ]);
  });

  it('groups business types under their mode in mode order and drops modes nobody recommends', () => {
    const groups = groupByMode(modes, businessTypes);
    expect(groups.map((g) => [g.mode.id, g.businessTypes.map((b) => b.id)])).toEqual([
      ['broadcast-only', ['maker']],
      ['conversational', ['plumber', 'consultancy']],
    ]);
  });
});

describe('taxonomy routes', () => {
  it('makes index, comparison, filter and account paths', () => {
    expect(indexPath('plays')).toBe('/plays/');
    expect(indexPath('modes')).toBe('/strategies/');
    expect(comparePath()).toBe('/strategies/compare/');
    expect(playsForModePath('hybrid')).toBe('/plays/#for-hybrid');
    expect(accountPath('amber-heron-3f9a')).toBe('/accounts/amber-heron-3f9a/');
  });
});
