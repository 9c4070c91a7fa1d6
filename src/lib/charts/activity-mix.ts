/** The activity mix: one stacked bar of original posts, replies, reposts and quotes. */
import type { ActivityMix } from '../../schemas/account.ts';
import { percent } from '../format.ts';
import { type ChartColor, rect, svgFrame, text } from './svg.ts';

const PARTS: { key: keyof ActivityMix; label: string; color: ChartColor }[] = [
  { key: 'original', label: 'Own posts', color: 'broadcast' },
  { key: 'quote', label: 'Quotes', color: 'hybrid' },
  { key: 'reply', label: 'Replies', color: 'conversational' },
  { key: 'repost', label: 'Reposts', color: 'muted' },
];

export function activityMixChart(mix: ActivityMix, id = 'activity-mix'): string {
  const width = 560;
  const barX = 0;
  const barY = 8;
  const barW = width;
  const barH = 28;
  let x = barX;
  const segments: string[] = [];
  const total = PARTS.reduce((sum, part) => sum + mix[part.key], 0) || 1;
  for (const part of PARTS) {
    const w = (mix[part.key] / total) * barW;
    segments.push(rect(x, barY, w, barH, { fill: part.color, stroke: 'bg', strokeWidth: 1 }));
    if (w >= 34)
      segments.push(
        text(x + w / 2, barY + 18.5, percent(mix[part.key]), {
          anchor: 'middle',
          fill: 'bg',
          weight: 600,
        }),
      );
    x += w;
  }
  const legend = PARTS.map((part, index) => {
    const lx = index * 140;
    return `${rect(lx, 52, 12, 12, { fill: part.color })}${text(lx + 18, 62, `${part.label} ${percent(mix[part.key])}`)}`;
  }).join('');
  const desc = PARTS.map((part) => `${part.label.toLowerCase()} ${percent(mix[part.key])}`).join(', ');
  return svgFrame({
    id,
    width,
    height: 72,
    title: 'Activity mix',
    desc: `Share of posts by kind: ${desc}.`,
    body: segments.join('') + legend,
  });
}
