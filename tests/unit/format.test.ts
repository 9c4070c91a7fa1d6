import { describe, expect, it } from 'vitest';
import { countOf, formatMinutes, percent, percentOr } from '../../src/lib/format.ts';

describe('numbers as readers see them', () => {
  it('writes a share as a whole percentage, and an unknown one as a word', () => {
    expect(percent(0.425)).toBe('43%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    expect(percentOr(null)).toBe('unknown');
    expect(percentOr(null, '–')).toBe('–');
    expect(percentOr(0.1)).toBe('10%');
  });

  it('writes durations in minutes, hours and, from two days, days', () => {
    expect(formatMinutes(12.4)).toBe('12 min');
    expect(formatMinutes(95)).toBe('1 h 35 min');
    expect(formatMinutes(47 * 60)).toBe('47 h');
    expect(formatMinutes(2880)).toBe('2 days');
  });

  it('counts in the singular and the plural', () => {
    expect(countOf(1, 'play', 'plays')).toBe('1 play');
    expect(countOf(0, 'play', 'plays')).toBe('0 plays');
  });
});
