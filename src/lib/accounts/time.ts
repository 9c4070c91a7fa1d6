/** Calendar helpers in UTC: weekday (Monday = 0), hour, ISO week and day numbers. */

const DAY_MS = 86_400_000;

/** Monday = 0 … Sunday = 6. */
export function weekdayUtc(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}

export function hourUtc(ms: number): number {
  return new Date(ms).getUTCHours();
}

export function minuteUtc(ms: number): number {
  return new Date(ms).getUTCMinutes();
}

/** Whole days since the Unix epoch (UTC). */
export function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** ISO 8601 week of a moment, e.g. `2026-W09`. */
export function isoWeek(ms: number): string {
  const date = new Date(ms);
  const day = (date.getUTCDay() + 6) % 7;
  // The Thursday of this week decides the year.
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const firstThursday = Date.UTC(year, 0, 4);
  const firstDay = (new Date(firstThursday).getUTCDay() + 6) % 7;
  const week1Monday = firstThursday - firstDay * DAY_MS;
  const week = Math.floor((thursday - 3 * DAY_MS - week1Monday) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of the week containing `ms`. */
export function weekStart(ms: number): number {
  const day = dayNumber(ms);
  return (day - weekdayUtc(ms)) * DAY_MS;
}

/** Every ISO week from the one containing `from` to the one containing `to`, in order. */
export function weeksBetween(from: number, to: number): string[] {
  const weeks: string[] = [];
  for (let t = weekStart(from); t <= to; t += 7 * DAY_MS) weeks.push(isoWeek(t));
  return weeks;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

export { DAY_MS };
