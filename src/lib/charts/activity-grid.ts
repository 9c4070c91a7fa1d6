/** When the account posts: a weekday-by-hour grid (UTC), darker for more posts. */
import { percent } from '../format.ts';
import { rect, svgFrame, text } from './svg.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The busiest weekday-hour cells, in words, for the description. */
export function busiestSlots(grid: readonly (readonly number[])[], count = 3): string[] {
  const cells = grid.flatMap((row, day) => row.map((share, hour) => ({ day, hour, share })));
  return cells
    .filter((c) => c.share > 0)
    .sort((a, b) => b.share - a.share || a.day - b.day || a.hour - b.hour)
    .slice(0, count)
    .map((c) => `${DAY_NAMES[c.day]} ${String(c.hour).padStart(2, '0')}:00 (${percent(c.share)})`);
}

export function activityGridChart(grid: readonly (readonly number[])[], id = 'activity-grid'): string {
  const cell = 20;
  const gap = 2;
  const left = 36;
  const top = 18;
  const max = Math.max(...grid.flat(), 0);
  const body: string[] = [];
  for (let hour = 0; hour < 24; hour += 3)
    body.push(
      text(left + hour * (cell + gap) + cell / 2, 12, String(hour).padStart(2, '0'), {
        anchor: 'middle',
        fill: 'muted',
        size: 11,
      }),
    );
  grid.forEach((row, day) => {
    const y = top + day * (cell + gap);
    body.push(text(0, y + 14, DAYS[day] ?? '', { fill: 'muted', size: 11 }));
    row.forEach((share, hour) => {
      const x = left + hour * (cell + gap);
      const opacity = max > 0 && share > 0 ? 0.15 + 0.85 * (share / max) : 0;
      body.push(rect(x, y, cell, cell, { fill: 'surface', stroke: 'border', strokeWidth: 0.5 }));
      if (opacity > 0)
        body.push(rect(x, y, cell, cell, { fill: 'accent', opacity: Math.round(opacity * 100) / 100 }));
    });
  });
  const width = left + 24 * (cell + gap);
  const height = top + 7 * (cell + gap) + 4;
  const slots = busiestSlots(grid);
  return svgFrame({
    id,
    width,
    height,
    title: 'When the account posts (UTC)',
    desc:
      slots.length > 0
        ? `Weekday by hour, darker for more posts. Busiest: ${slots.join(', ')}.`
        : 'No posts.',
    body: body.join(''),
  });
}
