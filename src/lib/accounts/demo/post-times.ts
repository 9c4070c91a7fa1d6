/** When a demo account posts: its whole weeks up to the day before the "fetch". */
import type { ArchetypeSpec } from './archetypes.ts';
import { pickIndex } from './random.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Post times (epoch ms, oldest first): a clock schedule, or weighted weekday and hour over the
 * archetype's active weeks. The weeks run Monday to Sunday and end on or before the day before
 * `fetchedAt`.
 */
export function postTimes(spec: ArchetypeSpec, fetchedAt: number, rand: () => number): number[] {
  const end = fetchedAt - DAY;
  const endDay = Math.floor(end / DAY);
  const mondayOfEnd = endDay - ((new Date(end).getUTCDay() + 6) % 7);
  const start = (mondayOfEnd - (spec.weeks - 1) * 7) * DAY;
  const times: number[] = [];
  if (spec.schedule) {
    const { every, from, to, minute } = spec.schedule;
    for (let day = 0; day < spec.weeks * 7; day++) {
      for (let m = from * 60 + minute; m <= to * 60 + minute; m += every) {
        const t = start + day * DAY + m * 60_000;
        if (t <= end) times.push(t);
      }
    }
    return times;
  }
  for (let week = 0; week < spec.weeks; week++) {
    if (week > 0 && week < spec.weeks - 1 && rand() > spec.activeWeek) continue;
    const n = Math.round((spec.postsPerWeek / Math.min(1, spec.activeWeek + 0.25)) * (0.75 + rand() * 0.5));
    for (let i = 0; i < n; i++) {
      const day = pickIndex(spec.weekdays, rand);
      const hour = pickIndex(spec.hours, rand);
      const t = start + (week * 7 + day) * DAY + hour * HOUR + Math.floor(rand() * HOUR);
      if (t <= end) times.push(t);
    }
  }
  return times.sort((a, b) => a - b);
}
