/** Today's date (YYYY-MM-DD, UTC) for review notices and import stamps: the one place that reads the clock. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
