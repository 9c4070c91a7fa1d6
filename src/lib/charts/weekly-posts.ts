/** Posts per ISO week across the window: shows bursts and silences at a glance. */
import { paint, rect, svgFrame, text } from './svg.ts';

export function weeklyPostsChart(
  weekly: readonly { week: string; posts: number }[],
  id = 'weekly-posts',
): string {
  const width = 560;
  const height = 110;
  const top = 10;
  const bottom = 24;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...weekly.map((w) => w.posts));
  const slot = width / Math.max(1, weekly.length);
  const barW = Math.max(2, Math.min(28, slot - 3));
  const body: string[] = [
    `<line x1="0" x2="${width}" y1="${top + plotH}" y2="${top + plotH}" ${paint({ stroke: 'border' })}/>`,
  ];
  weekly.forEach((w, i) => {
    const h = (w.posts / max) * plotH;
    const x = i * slot + (slot - barW) / 2;
    body.push(rect(x, top + plotH - h, barW, h, { fill: 'accent' }));
  });
  const first = weekly[0]?.week ?? '';
  const last = weekly.at(-1)?.week ?? '';
  body.push(text(0, height - 6, first, { fill: 'muted', size: 11 }));
  if (last !== first) body.push(text(width, height - 6, last, { anchor: 'end', fill: 'muted', size: 11 }));
  body.push(
    text(width / 2, height - 6, `most in one week: ${max}`, {
      anchor: 'middle',
      fill: 'muted',
      size: 11,
    }),
  );
  const silent = weekly.filter((w) => w.posts === 0).length;
  return svgFrame({
    id,
    width,
    height,
    title: 'Posts per week',
    desc: `${weekly.length} weeks from ${first} to ${last}; at most ${max} posts in a week; ${silent} silent week${silent === 1 ? '' : 's'}.`,
    body: body.join(''),
  });
}
