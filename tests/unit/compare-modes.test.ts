import { describe, expect, it } from 'vitest';
import { compareModes, stanceWords } from '../../src/lib/playbook/compare-modes.ts';

const mode = (id: string, order: number, stance: number, minutes: number[]) => ({
  id,
  data: {
    title: id === 'broadcast-only' ? 'Broadcast only' : 'Conversational',
    summary: `${id} in one line`,
    order,
    stance,
    fitsWhen: [`${id} fits`],
    failsWhen: [`${id} fails`],
    weeklyRoutine: minutes.map((m, i) => ({ task: `task ${i + 1}`, minutes: m })),
    measures: [{ name: `${id} measure`, why: 'it matters' }],
    vanityMeasures: [{ name: 'Follower count', why: 'it does not' }],
    risks: [`${id} risk`],
  },
});

const modes = [
  mode('conversational', 2, 0.8, [100, 50, 40, 15, 20, 20]),
  mode('broadcast-only', 1, -0.8, [45, 30, 20]),
];
const businessTypes = [
  { id: 'local-trades', data: { title: 'Local trades', mode: 'conversational' } },
  { id: 'consultancy', data: { title: 'Consultancy', mode: 'conversational' } },
];
const plays = [
  { id: 'a', data: { kind: 'play' as const, modes: ['conversational', 'broadcast-only'] } },
  { id: 'b', data: { kind: 'anti-pattern' as const, modes: ['conversational'] } },
  { id: 'c', data: { kind: 'play' as const, modes: ['conversational'], withdrawn: { date: '2026-10-05' } } },
];

describe('the mode comparison', () => {
  const comparison = compareModes(modes, businessTypes, plays);
  const row = (id: string) => comparison.rows.find((r) => r.id === id);

  it('has one column per mode in the modes’ order, linked to each mode page', () => {
    expect(comparison.columns).toEqual([
      { label: 'Broadcast only', path: '/strategies/broadcast-only/' },
      { label: 'Conversational', path: '/strategies/conversational/' },
    ]);
  });

  it('has the rows a reader compares, in a fixed order', () => {
    expect(comparison.rows.map((r) => r.id)).toEqual([
      'summary',
      'stance',
      'fits',
      'fails',
      'time',
      'measures',
      'vanity',
      'risks',
      'business-types',
      'plays',
    ]);
  });

  it('totals each weekly routine', () => {
    expect(row('time')?.cells).toEqual([
      { kind: 'text', text: '1 h 35 min' },
      { kind: 'text', text: '4 h 5 min' },
    ]);
  });

  it('lists business types under the mode they recommend, by title, and says when there are none', () => {
    expect(row('business-types')?.cells).toEqual([
      { kind: 'links', links: [], empty: 'None yet' },
      {
        kind: 'links',
        links: [
          { label: 'Consultancy', path: '/business-types/consultancy/' },
          { label: 'Local trades', path: '/business-types/local-trades/' },
        ],
        empty: 'None yet',
      },
    ]);
  });

  it('counts plays and anti-patterns per mode without withdrawn ones, linking to the filtered index', () => {
    expect(row('plays')?.cells).toEqual([
      {
        kind: 'links',
        links: [{ label: '1 play, 0 anti-patterns', path: '/plays/#for-broadcast-only' }],
        empty: 'None yet',
      },
      {
        kind: 'links',
        links: [{ label: '1 play, 1 anti-pattern', path: '/plays/#for-conversational' }],
        empty: 'None yet',
      },
    ]);
  });

  it('shows measures by name only', () => {
    expect(row('vanity')?.cells[0]).toEqual({ kind: 'list', items: ['Follower count'] });
  });
});

describe('stance in words', () => {
  it('names the stance and shows its signed value', () => {
    expect(stanceWords(-0.8)).toBe('Broadcast (−0.8)');
    expect(stanceWords(0.1)).toBe('Neutral (+0.1)');
    expect(stanceWords(0)).toBe('Neutral (0)');
    expect(stanceWords(0.3)).toBe('Leans conversational (+0.3)');
  });
});
