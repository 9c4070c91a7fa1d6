import { describe, expect, it } from 'vitest';
import { hourUtc, isoWeek, weekdayUtc, weeksBetween } from '../../../src/lib/accounts/time.ts';

describe('calendar helpers', () => {
  it('numbers ISO weeks across year boundaries as ISO 8601 does', () => {
    expect(isoWeek(Date.UTC(2026, 0, 1))).toBe('2026-W01'); // a Thursday
    expect(isoWeek(Date.UTC(2024, 11, 30))).toBe('2025-W01'); // Monday of week 1 of 2025
    expect(isoWeek(Date.UTC(2021, 0, 3))).toBe('2020-W53'); // Sunday of the 53rd week
    expect(isoWeek(Date.UTC(2026, 1, 20, 23, 59))).toBe('2026-W08');
  });

  it('counts weekdays from Monday = 0 and hours in UTC', () => {
    expect(weekdayUtc(Date.UTC(2026, 1, 16))).toBe(0);
    expect(weekdayUtc(Date.UTC(2026, 1, 22))).toBe(6);
    expect(hourUtc(Date.UTC(2026, 1, 16, 23, 30))).toBe(23);
  });

  it('lists every week between two moments, silent ones included', () => {
    expect(weeksBetween(Date.UTC(2026, 1, 20), Date.UTC(2026, 2, 9))).toEqual([
      '2026-W08',
      '2026-W09',
      '2026-W10',
      '2026-W11',
    ]);
  });
});
