/**
 * Numbers and words as readers see them, in one place so every page, chart, report and message
 * writes a share, a duration or a count the same way. Pure.
 */

/** A 0–1 share as a whole percentage: 0.425 → "43%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A share that may be unknown: null → `unknown` (default "unknown"). */
export function percentOr(share: number | null, unknown = 'unknown'): string {
  return share === null ? unknown : percent(share);
}

/** Minutes in words a reader scans quickly: "45 min", "1 h", "2 h 15 min", and "3 days" from 48 h. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = Math.round(minutes % 60);
    return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  }
  return `${Math.round(minutes / 1440)} days`;
}

/** "1 play", "12 plays". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 person", "3 people". */
export function formatPeople(count: number): string {
  return countOf(count, 'person', 'people');
}

/** First letter in capitals: "easy" → "Easy". */
export function sentenceCase(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
